import { ApplicationStage } from '../entities/enums';
import type { Decision } from '../workflow/decisions/decision';
import { acceptDecision } from '../workflow/decisions/accept.decision';
import { approveAtFederationDecision } from '../workflow/decisions/approve-at-federation.decision';
import { closeNoticeToFederationReviewDecision } from '../workflow/decisions/close-notice-to-federation-review.decision';
import { closeNoticeToRegistrationDecision } from '../workflow/decisions/close-notice-to-registration.decision';
import { confirmRegistrationDecision } from '../workflow/decisions/confirm-registration.decision';
import { decideNotRegisteredDecision } from '../workflow/decisions/decide-not-registered.decision';
import { lapseDecision } from '../workflow/decisions/lapse.decision';
import { passBasicConditionsDecision } from '../workflow/decisions/pass-basic-conditions.decision';
import { passFormCheckDecision } from '../workflow/decisions/pass-form-check.decision';
import { proceedFromExamToComprehensiveReviewDecision } from '../workflow/decisions/proceed-from-exam-to-comprehensive-review.decision';
import { proceedFromExamToInterviewDecision } from '../workflow/decisions/proceed-from-exam-to-interview.decision';
import { proceedToComprehensiveReviewDecision } from '../workflow/decisions/proceed-to-comprehensive-review.decision';
import { proceedToInterviewDecision } from '../workflow/decisions/proceed-to-interview.decision';
import { proceedToWrittenExamDecision } from '../workflow/decisions/proceed-to-written-exam.decision';
import { publishInNoticeDecision } from '../workflow/decisions/publish-in-notice.decision';
import { reassessInterviewDecision } from '../workflow/decisions/reassess-interview.decision';
import { reassessMaterialsDecision } from '../workflow/decisions/reassess-materials.decision';
import { reassessWrittenExamDecision } from '../workflow/decisions/reassess-written-exam.decision';
import { recordRegistrationDecisionDecision } from '../workflow/decisions/record-registration-decision.decision';
import { registerTraineeDecision } from '../workflow/decisions/register-trainee.decision';
import { rejectNotAcceptedDecision } from '../workflow/decisions/reject-not-accepted.decision';
import { requestSupplementDecision } from '../workflow/decisions/request-supplement.decision';
import { resubmitClarifiedDecision } from '../workflow/decisions/resubmit-clarified.decision';
import { resubmitCompletedDecision } from '../workflow/decisions/resubmit-completed.decision';
import { returnForClarificationDecision } from '../workflow/decisions/return-for-clarification.decision';
import { returnForCompletionDecision } from '../workflow/decisions/return-for-completion.decision';
import { returnFromFederationDecision } from '../workflow/decisions/return-from-federation.decision';
import { simplifiedToComprehensiveReviewDecision } from '../workflow/decisions/simplified-to-comprehensive-review.decision';
import { startMaterialReviewDecision } from '../workflow/decisions/start-material-review.decision';
import { submitDecision } from '../workflow/decisions/submit.decision';
import { submitSupplementsDecision } from '../workflow/decisions/submit-supplements.decision';
import { upholdObjectionNotRegisteredDecision } from '../workflow/decisions/uphold-objection-not-registered.decision';
import { upholdObjectionRereviewDecision } from '../workflow/decisions/uphold-objection-rereview.decision';
import { withdrawDecision } from '../workflow/decisions/withdraw.decision';
import type { GuardName } from '../workflow/guard-names';
import { ALL_STAGES, OPEN_STAGES, stagesWhere } from '../workflow/stages';
import type { ApplicationRelation } from './relations';

const S = ApplicationStage;

/**
 * One row of the application action table: who may take the action (relations to the application), in which
 * stages, and which named guards must find nothing. A relation or stage missing from a row denies.
 */
export interface ApplicationActionRule {
  /** The mutations that perform the action (their shield rule is generated from `who`). */
  mutations: readonly string[];
  who: readonly ApplicationRelation[];
  stages: readonly ApplicationStage[];
  /** Guards the command runs (and viewerCan asks) in every stage of the row… */
  guards?: readonly GuardName[];
  /** …unless the stage has guards of its own. */
  guardsIn?: Partial<Record<ApplicationStage, readonly GuardName[]>>;
  /** A step of the procedure: its decision (src/workflow/decisions) is applied by the runner, which writes the event. */
  decision?: Decision;
  /** Not listed in viewerCan: it answers a sub-object (a verification request), not the application. */
  offered?: false;
}

/** Everyone with any relation to the application (the public has none). */
const ANYONE_RELATED: readonly ApplicationRelation[] = [
  'APPLICANT', 'SOCIETY_STAFF', 'MATERIAL_REVIEWER', 'PAPER_JUDGE', 'INTERVIEW_PANEL', 'INTERVIEW_CHIEF', 'REVIEW_GROUP',
  'FEDERATION_COMMITTEE', 'FEDERATION_SECRETARIAT', 'FEDERATION_ADMIN', 'QUALITY_SUPERVISION', 'RECOMMENDING_ENTERPRISE',
];
/** The examiners standing on the case in any role. */
const ASSESSORS: readonly ApplicationRelation[] = ['MATERIAL_REVIEWER', 'PAPER_JUDGE', 'INTERVIEW_PANEL', 'INTERVIEW_CHIEF'];

/** Stages in which an interview may lie behind the applicant. */
const AFTER_INTERVIEW = [S.INTERVIEW, S.COMPREHENSIVE_REVIEW, S.PUBLIC_NOTICE, S.FEDERATION_REVIEW, S.AWAITING_REGISTRATION];
/**
 * Stages in which staff mark society membership: at initial review (seed 000 "初审环节将对申请人是否为学会会员予以标注"),
 * and again until registration, when a non-member's membership application ("同时申请成为所在获授权学会会员") is granted.
 */
const MEMBERSHIP_MARKING = stagesWhere((stage, name) => !stage.terminal && name !== S.DRAFT && name !== S.RETURNED_FOR_COMPLETION && name !== S.RETURNED_FOR_CLARIFICATION);
/** Stages from which an applicant may still withdraw: everything before registration that has not ended. */
const WITHDRAWABLE = OPEN_STAGES.filter((stage) => stage !== S.AWAITING_REGISTRATION);
/** Where the material review's consolidation decides the next assessment. */
const CONSOLIDATION: readonly GuardName[] = ['allReviewsIn', 'consolidationFollowsReviewsOrReasoned'];
const EDIT_MUTATIONS = [
  'saveBasicInformation', 'saveEducation', 'saveWorkHistory', 'saveSelfStatement', 'saveCareerPlan', 'saveCompetencyClaims', 'saveAchievements',
  'saveInternationalTitle', 'saveCategoryFields', 'attachFile', 'detachFile',
];

/**
 * The application action table (DOMAIN.md §5–§6): every permission on an application is one row here. The
 * shield rule of each mutation, viewerCan, the procedure's transitions (with the decisions' outcomes) and the
 * committed `relation × stage → actions` snapshot (test/unit/action-table.test.ts) are generated from it.
 * The order of the rows is the order of viewerCan and of the ApplicationAction enum.
 */
export const APPLICATION_ACTION_TABLE = {
  read: { mutations: [], who: ANYONE_RELATED, stages: ALL_STAGES },
  readHistory: { mutations: [], who: ANYONE_RELATED, stages: ALL_STAGES },
  // "Society staff and the federation can query" who read a dossier (issue 4); the applicant cannot.
  readAccessLog: { mutations: [], who: ['SOCIETY_STAFF', 'FEDERATION_COMMITTEE', 'FEDERATION_SECRETARIAT', 'FEDERATION_ADMIN', 'QUALITY_SUPERVISION'], stages: ALL_STAGES },
  editDossier: { mutations: EDIT_MUTATIONS, who: ['APPLICANT'], stages: stagesWhere((stage) => stage.editing === 'FULL') },
  addSupplement: { mutations: ['addSupplement'], who: ['APPLICANT'], stages: stagesWhere((stage) => stage.editing === 'SUPPLEMENT_ONLY') },
  markSocietyMembership: { mutations: ['markSocietyMembership'], who: ['SOCIETY_STAFF'], stages: MEMBERSHIP_MARKING },
  // Before assessment ends: staff assign or add material reviewers.
  assignMaterialReviewers: { mutations: ['assignMaterialReviewers'], who: ['SOCIETY_STAFF'], stages: [S.ACCEPTED, S.MATERIAL_REVIEW] },
  recordConflictOfInterest: { mutations: ['recordConflictOfInterest'], who: ['SOCIETY_STAFF'], stages: OPEN_STAGES },
  // A false dossier found before registration bars the person for life (seed 000); after registration it is a
  // revocation of the registration instead (registration.policy.ts).
  barApplicant: { mutations: ['barApplicant'], who: ['SOCIETY_STAFF', 'FEDERATION_SECRETARIAT'], stages: ALL_STAGES.filter((stage) => stage !== S.DRAFT && stage !== S.REGISTERED), offered: false },
  declareConflictOfInterest: { mutations: ['declareConflictOfInterest'], who: ['MATERIAL_REVIEWER', 'INTERVIEW_PANEL'], stages: OPEN_STAGES },
  // Independent review: each reviewer submits once per round, while the material review runs.
  submitMaterialReview: { mutations: ['submitMaterialReview'], who: ['MATERIAL_REVIEWER'], stages: [S.MATERIAL_REVIEW], guards: ['ownReviewOutstanding'] },
  scheduleInterview: { mutations: ['scheduleInterview'], who: ['SOCIETY_STAFF'], stages: [S.INTERVIEW], guards: ['noInterviewPanelStanding'] },
  // The chief records the interview (and checks identity at its opening).
  recordInterview: { mutations: ['recordInterview'], who: ['INTERVIEW_CHIEF'], stages: [S.INTERVIEW], guards: ['interviewUnrecorded'] },
  formReviewGroup: { mutations: ['formReviewGroup'], who: ['SOCIETY_STAFF'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['noReviewGroupThisRound'] },
  // The group's decision to register: the stage stays until staff list it in a public notice.
  recordRegistrationDecision: { mutations: ['concludeComprehensiveReview'], who: ['REVIEW_GROUP'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['roundUndecided'], decision: recordRegistrationDecisionDecision },
  assignPaperJudges: { mutations: ['assignPaperJudges'], who: ['SOCIETY_STAFF'], stages: [S.WRITTEN_EXAM] },
  recordWrittenExamSitting: { mutations: ['recordWrittenExamSitting'], who: ['SOCIETY_STAFF'], stages: [S.WRITTEN_EXAM] },
  scorePaper: { mutations: ['scorePaper'], who: ['PAPER_JUDGE'], stages: [S.WRITTEN_EXAM], guards: ['ownPaperUnmarked'] },
  // Seed 003 8.3: the examiners of a scored grade fill in the score sheets — material reviewers where the grade is scored on
  // the materials, the interview panel where it is scored at the interview (the command checks which, from the category).
  submitScoreSheet: { mutations: ['submitScoreSheet'], who: ['MATERIAL_REVIEWER', 'INTERVIEW_PANEL', 'INTERVIEW_CHIEF'], stages: [S.MATERIAL_REVIEW, S.INTERVIEW], guards: ['scoredHereByViewer'] },
  // After the interview, whatever came of it, while the application is still open.
  answerInterviewQuestionnaire: { mutations: ['answerInterviewQuestionnaire'], who: ['APPLICANT'], stages: AFTER_INTERVIEW, guards: ['questionnaireOpen'] },
  // Verification of authenticity (seed 000): an examiner who assesses the applicant now asks the society to check a
  // claim; the society records what it found. Only while the application is open.
  requestVerification: { mutations: ['requestVerification'], who: ASSESSORS, stages: OPEN_STAGES },

  // The procedure's steps: each has a decision in src/workflow/decisions (its target stage, reason, effects).
  // Seed 000: submitting the dossier is consenting to its verification (即同意…查询); every submission records it anew.
  submit: { mutations: ['submitApplication'], who: ['APPLICANT'], stages: [S.DRAFT], guards: ['applicantNotBarred', 'verificationConsented', 'dossierComplete'], decision: submitDecision },
  resubmitCompleted: {
    mutations: ['resubmitCompletedApplication'], who: ['APPLICANT'], stages: [S.RETURNED_FOR_COMPLETION],
    guards: ['applicantNotBarred', 'stageDeadlineNotPassed', 'verificationConsented', 'dossierComplete'], decision: resubmitCompletedDecision,
  },
  resubmitClarified: {
    mutations: ['resubmitClarifiedApplication'], who: ['APPLICANT'], stages: [S.RETURNED_FOR_CLARIFICATION],
    guards: ['applicantNotBarred', 'stageDeadlineNotPassed', 'verificationConsented', 'dossierComplete'], decision: resubmitClarifiedDecision,
  },
  passFormCheck: { mutations: ['passFormCheck'], who: ['SOCIETY_STAFF'], stages: [S.SUBMITTED], decision: passFormCheckDecision },
  returnForCompletion: { mutations: ['returnForCompletion'], who: ['SOCIETY_STAFF'], stages: [S.SUBMITTED], decision: returnForCompletionDecision },
  passBasicConditions: { mutations: ['passBasicConditions'], who: ['SOCIETY_STAFF'], stages: [S.FORM_CHECKED], decision: passBasicConditionsDecision },
  returnForClarification: { mutations: ['returnForClarification'], who: ['SOCIETY_STAFF'], stages: [S.FORM_CHECKED], guards: ['noEarlierClarification'], decision: returnForClarificationDecision },
  rejectNotAccepted: { mutations: ['rejectApplication'], who: ['SOCIETY_STAFF'], stages: [S.FORM_CHECKED], decision: rejectNotAcceptedDecision },
  accept: { mutations: ['acceptApplication'], who: ['SOCIETY_STAFF'], stages: [S.BASIC_CONDITIONS_MET], guards: ['membershipMarked'], decision: acceptDecision },
  lapse: { mutations: ['lapseApplication'], who: ['SOCIETY_STAFF'], stages: [S.RETURNED_FOR_COMPLETION, S.RETURNED_FOR_CLARIFICATION], guards: ['stageDeadlinePassed'], decision: lapseDecision },
  withdraw: { mutations: ['withdrawApplication'], who: ['APPLICANT'], stages: WITHDRAWABLE, decision: withdrawDecision },
  // Material review: staff assign ≥ 2 examiners (assignMaterialReviewers starts it), then consolidate their reviews.
  startMaterialReview: { mutations: ['assignMaterialReviewers'], who: ['SOCIETY_STAFF'], stages: [S.ACCEPTED], decision: startMaterialReviewDecision },
  requestSupplement: { mutations: ['requestSupplement'], who: ['SOCIETY_STAFF'], stages: [S.MATERIAL_REVIEW], guards: ['allReviewsIn'], decision: requestSupplementDecision },
  submitSupplements: { mutations: ['submitSupplements'], who: ['APPLICANT'], stages: [S.SUPPLEMENT_REQUESTED], guards: ['supplementAdded'], decision: submitSupplementsDecision },
  proceedToWrittenExam: { mutations: ['proceedToWrittenExam'], who: ['SOCIETY_STAFF'], stages: [S.MATERIAL_REVIEW], guards: CONSOLIDATION, decision: proceedToWrittenExamDecision },
  proceedToInterview: { mutations: ['proceedToInterview'], who: ['SOCIETY_STAFF'], stages: [S.MATERIAL_REVIEW], guards: CONSOLIDATION, decision: proceedToInterviewDecision },
  // A step other than the one every reviewer asks for needs a reason (kept in the history); after the interview,
  // the interview must be recorded.
  proceedToComprehensiveReview: {
    mutations: ['proceedToComprehensiveReview'], who: ['SOCIETY_STAFF'], stages: [S.MATERIAL_REVIEW, S.INTERVIEW],
    guards: CONSOLIDATION, guardsIn: { [S.INTERVIEW]: ['interviewRecorded'] }, decision: proceedToComprehensiveReviewDecision,
  },
  // Comprehensive review: the review group decides once per round (concludeComprehensiveReview).
  decideNotRegistered: { mutations: ['concludeComprehensiveReview'], who: ['REVIEW_GROUP'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['roundUndecided'], decision: decideNotRegisteredDecision },
  reassessMaterials: { mutations: ['concludeComprehensiveReview'], who: ['REVIEW_GROUP'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['roundUndecided'], decision: reassessMaterialsDecision },
  reassessInterview: { mutations: ['concludeComprehensiveReview'], who: ['REVIEW_GROUP'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['roundUndecided'], decision: reassessInterviewDecision },
  reassessWrittenExam: { mutations: ['concludeComprehensiveReview'], who: ['REVIEW_GROUP'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['roundUndecided'], decision: reassessWrittenExamDecision },
  // Public notice (publishNotice batches them): objections upheld end or re-open the review; closing hands over.
  publishInNotice: { mutations: ['publishNotice'], who: ['SOCIETY_STAFF'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['registrationDecided', 'namePinyinPresent'], decision: publishInNoticeDecision },
  upholdObjectionNotRegistered: { mutations: ['resolveObjection'], who: ['SOCIETY_STAFF'], stages: [S.PUBLIC_NOTICE], guards: ['objectionOpen'], decision: upholdObjectionNotRegisteredDecision },
  upholdObjectionRereview: { mutations: ['resolveObjection'], who: ['SOCIETY_STAFF'], stages: [S.PUBLIC_NOTICE], guards: ['objectionOpen'], decision: upholdObjectionRereviewDecision },
  // The grade's route (its category plug-in) says who registers: grades the federation registers go to its review;
  // the others are the society's own registrations (seed 000 for the general ladder's lowest grade; seed 003 for all automotive grades).
  closeNoticeToFederationReview: { mutations: ['closeNotice'], who: ['SOCIETY_STAFF'], stages: [S.PUBLIC_NOTICE], guards: ['noticeClosable', 'gradeNeedsFederationReview'], decision: closeNoticeToFederationReviewDecision },
  closeNoticeToRegistration: { mutations: ['closeNotice'], who: ['SOCIETY_STAFF'], stages: [S.PUBLIC_NOTICE], guards: ['noticeClosable', 'gradeRegisteredBySociety'], decision: closeNoticeToRegistrationDecision },
  // Federation review (grades the federation registers): the committee approves or returns to the society with reasons.
  approveAtFederation: { mutations: ['decideAtFederation'], who: ['FEDERATION_COMMITTEE'], stages: [S.FEDERATION_REVIEW], decision: approveAtFederationDecision },
  returnFromFederation: { mutations: ['decideAtFederation'], who: ['FEDERATION_COMMITTEE'], stages: [S.FEDERATION_REVIEW], decision: returnFromFederationDecision },
  // Registration: the secretariat confirms the grades the federation registers; the society registers its own, and
  // only society members are registered (a non-member applies for membership alongside, seed 000).
  confirmRegistration: {
    mutations: ['registerMember'], who: ['FEDERATION_SECRETARIAT'], stages: [S.AWAITING_REGISTRATION],
    guards: ['gradeNeedsFederationReview', 'societyMembershipConfirmed', 'namePinyinPresent'], decision: confirmRegistrationDecision,
  },
  registerTrainee: {
    mutations: ['registerMember'], who: ['SOCIETY_STAFF'], stages: [S.AWAITING_REGISTRATION],
    guards: ['gradeRegisteredBySociety', 'societyMembershipConfirmed', 'namePinyinPresent'], decision: registerTraineeDecision,
  },
  // Written exam: once every judge has marked the paper, staff move on. A failed paper does not lead to the
  // interview: a resit (a new sitting) or the comprehensive review (seed 000).
  proceedFromExamToInterview: { mutations: ['proceedFromExamToInterview'], who: ['SOCIETY_STAFF'], stages: [S.WRITTEN_EXAM], guards: ['papersJudged', 'writtenExamNotFailed'], decision: proceedFromExamToInterviewDecision },
  proceedFromExamToComprehensiveReview: { mutations: ['proceedFromExamToComprehensiveReview'], who: ['SOCIETY_STAFF'], stages: [S.WRITTEN_EXAM], guards: ['papersJudged'], decision: proceedFromExamToComprehensiveReviewDecision },
  // Simplified path (seed 000, 001): for international title holders the society may skip the assessment stages it
  // decides to skip; the reason is recorded in the history as such.
  simplifiedToComprehensiveReview: {
    mutations: ['takeSimplifiedPath'], who: ['SOCIETY_STAFF'], stages: [S.ACCEPTED, S.MATERIAL_REVIEW, S.WRITTEN_EXAM, S.INTERVIEW],
    guards: ['holdsInternationalTitle', 'societyMembershipConfirmed'], decision: simplifiedToComprehensiveReviewDecision,
  },
  // It answers one verification request, and is there to take exactly when verificationRequests lists one without an answer.
  recordVerificationResult: { mutations: ['recordVerificationResult'], who: ['SOCIETY_STAFF'], stages: OPEN_STAGES, offered: false },
} as const satisfies Record<string, ApplicationActionRule>;

/** Everything one can do with an application: the names of the table's rows. */
export type ApplicationAction = keyof typeof APPLICATION_ACTION_TABLE;

/** The actions a decision takes (each with a decision file): the procedure's steps, and those that keep the stage. */
export type ProcedureAction = {
  [A in ApplicationAction]: (typeof APPLICATION_ACTION_TABLE)[A] extends { decision: Decision } ? A : never;
}[ApplicationAction];

/** A row of the table, typed loosely for generic code. */
export function applicationActionRule(action: ApplicationAction): ApplicationActionRule {
  return APPLICATION_ACTION_TABLE[action];
}

/** Every action of the table, in its order. */
export const ALL_APPLICATION_ACTIONS = Object.keys(APPLICATION_ACTION_TABLE) as ApplicationAction[];

/** The actions viewerCan may list (and the ApplicationAction enum holds): every row not marked `offered: false`. */
export const OFFERED_APPLICATION_ACTIONS: readonly ApplicationAction[] = ALL_APPLICATION_ACTIONS.filter((action) => applicationActionRule(action).offered !== false);

/** The procedure's steps, in the table's order. */
export const PROCEDURE_ACTIONS = ALL_APPLICATION_ACTIONS.filter((action): action is ProcedureAction => applicationActionRule(action).decision !== undefined);

/** The guards an action's command runs in a stage (none outside the row's stages). */
export function guardsOf(action: ApplicationAction, stage: ApplicationStage): readonly GuardName[] {
  const rule = applicationActionRule(action);
  if (!rule.stages.includes(stage)) return [];
  return rule.guardsIn?.[stage] ?? rule.guards ?? [];
}
