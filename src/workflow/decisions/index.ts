import type { ProcedureAction } from '../../policies/application.actions';
import type { Decision } from './decision';
import { submitDecision } from './submit.decision';
import { resubmitCompletedDecision } from './resubmit-completed.decision';
import { resubmitClarifiedDecision } from './resubmit-clarified.decision';
import { passFormCheckDecision } from './pass-form-check.decision';
import { returnForCompletionDecision } from './return-for-completion.decision';
import { passBasicConditionsDecision } from './pass-basic-conditions.decision';
import { returnForClarificationDecision } from './return-for-clarification.decision';
import { rejectNotAcceptedDecision } from './reject-not-accepted.decision';
import { acceptDecision } from './accept.decision';
import { lapseDecision } from './lapse.decision';
import { withdrawDecision } from './withdraw.decision';
import { startMaterialReviewDecision } from './start-material-review.decision';
import { requestSupplementDecision } from './request-supplement.decision';
import { submitSupplementsDecision } from './submit-supplements.decision';
import { proceedToWrittenExamDecision } from './proceed-to-written-exam.decision';
import { proceedToInterviewDecision } from './proceed-to-interview.decision';
import { proceedToComprehensiveReviewDecision } from './proceed-to-comprehensive-review.decision';
import { decideNotRegisteredDecision } from './decide-not-registered.decision';
import { reassessMaterialsDecision } from './reassess-materials.decision';
import { reassessInterviewDecision } from './reassess-interview.decision';
import { reassessWrittenExamDecision } from './reassess-written-exam.decision';
import { publishInNoticeDecision } from './publish-in-notice.decision';
import { upholdObjectionNotRegisteredDecision } from './uphold-objection-not-registered.decision';
import { upholdObjectionRereviewDecision } from './uphold-objection-rereview.decision';
import { closeNoticeToFederationReviewDecision } from './close-notice-to-federation-review.decision';
import { closeNoticeToRegistrationDecision } from './close-notice-to-registration.decision';
import { approveAtFederationDecision } from './approve-at-federation.decision';
import { returnFromFederationDecision } from './return-from-federation.decision';
import { confirmRegistrationDecision } from './confirm-registration.decision';
import { registerTraineeDecision } from './register-trainee.decision';
import { proceedFromExamToInterviewDecision } from './proceed-from-exam-to-interview.decision';
import { proceedFromExamToComprehensiveReviewDecision } from './proceed-from-exam-to-comprehensive-review.decision';
import { simplifiedToComprehensiveReviewDecision } from './simplified-to-comprehensive-review.decision';

/** Every decision, by action: a table row marked `decision: true` without its file here does not compile. */
export const DECISIONS: { readonly [A in ProcedureAction]: Decision<A> } = {
  submit: submitDecision,
  resubmitCompleted: resubmitCompletedDecision,
  resubmitClarified: resubmitClarifiedDecision,
  passFormCheck: passFormCheckDecision,
  returnForCompletion: returnForCompletionDecision,
  passBasicConditions: passBasicConditionsDecision,
  returnForClarification: returnForClarificationDecision,
  rejectNotAccepted: rejectNotAcceptedDecision,
  accept: acceptDecision,
  lapse: lapseDecision,
  withdraw: withdrawDecision,
  startMaterialReview: startMaterialReviewDecision,
  requestSupplement: requestSupplementDecision,
  submitSupplements: submitSupplementsDecision,
  proceedToWrittenExam: proceedToWrittenExamDecision,
  proceedToInterview: proceedToInterviewDecision,
  proceedToComprehensiveReview: proceedToComprehensiveReviewDecision,
  decideNotRegistered: decideNotRegisteredDecision,
  reassessMaterials: reassessMaterialsDecision,
  reassessInterview: reassessInterviewDecision,
  reassessWrittenExam: reassessWrittenExamDecision,
  publishInNotice: publishInNoticeDecision,
  upholdObjectionNotRegistered: upholdObjectionNotRegisteredDecision,
  upholdObjectionRereview: upholdObjectionRereviewDecision,
  closeNoticeToFederationReview: closeNoticeToFederationReviewDecision,
  closeNoticeToRegistration: closeNoticeToRegistrationDecision,
  approveAtFederation: approveAtFederationDecision,
  returnFromFederation: returnFromFederationDecision,
  confirmRegistration: confirmRegistrationDecision,
  registerTrainee: registerTraineeDecision,
  proceedFromExamToInterview: proceedFromExamToInterviewDecision,
  proceedFromExamToComprehensiveReview: proceedFromExamToComprehensiveReviewDecision,
  simplifiedToComprehensiveReview: simplifiedToComprehensiveReviewDecision,
};
