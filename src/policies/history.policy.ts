import { ApplicationStage } from '../entities/enums';
import type { DecisionName } from './application.actions';
import type { DEADLINE_MOVED_ACTION } from '../workflow/reschedule-deadlines';
import type { RegistrationHistoryAction } from '../registration/registration-history';
import type { ApplicationRelation } from './relations';
import { canSee, type DossierPartName } from './visibility-matrix';

/**
 * Every kind of history entry: the procedure's steps, and the steps commands record without moving the stage
 * (assignments, the membership mark, a decision to register).
 */
export type HistoryEntryKind =
  // Every decision writes an entry of its own name (decideRegister among them).
  | DecisionName
  | 'start'
  | 'markSocietyMembership'
  | 'assignMaterialReviewers'
  | 'addMaterialReviewers'
  | 'assignPaperJudges'
  | 'scheduleInterview'
  | 'formReviewGroup'
  | 'requestVerification'
  | 'recordVerificationResult'
  | 'barApplicant'
  | RegistrationHistoryAction
  | typeof DEADLINE_MOVED_ACTION;

/** The dossier parts one history entry reveals: its reason (and listed items), and who took the step. */
export interface HistoryEntryParts {
  /** Of the step's reason and items; a function where the same step follows different assessments. */
  reason: DossierPartName | ((fromStage: ApplicationStage) => DossierPartName);
  /** Of the actor's name. */
  actor: DossierPartName;
}

// The applicant's own steps: their name is who applied (identity); their words are part of their dossier.
const APPLICANT_STEP: HistoryEntryParts = { reason: 'dossierContent', actor: 'identity' };
// The society's requests and decisions on the dossier (returns, refusal, the consolidated supplement request,
// the simplified path…): about the dossier's content, told to the applicant; who decided is known only to those
// who may know the assessors.
const SOCIETY_DECISION: HistoryEntryParts = { reason: 'dossierContent', actor: 'assessors' };
// Who assesses whom, and any note on it.
const ASSIGNMENT: HistoryEntryParts = { reason: 'assessors', actor: 'assessors' };
// The review group's (and the federation's, and an upheld objection's) conclusion: reasons go to the applicant
// (seed 000: 书面通知并说明理由), never to those §7 keeps from the conclusion; the members stay unnamed to the applicant.
const REVIEW_CONCLUSION: HistoryEntryParts = { reason: 'reviewConclusion', actor: 'assessors' };
// Moving on after the material review: a note on it sums up the reviews.
const AFTER_MATERIAL_REVIEW: HistoryEntryParts = { reason: 'materialReviews', actor: 'assessors' };
// Moving on after the written exam: a note on it speaks of the marks.
const AFTER_WRITTEN_EXAM: HistoryEntryParts = { reason: 'writtenExam', actor: 'assessors' };

// Verification of authenticity: what was doubted, whom the society asked and the answer are the verification part
// (the assessors', never the applicant's); who asked or recorded it, like any assessor's name, only for those who
// may know the assessors (a material reviewer does not learn which other examiner doubted what).
const VERIFICATION: HistoryEntryParts = { reason: 'verification', actor: 'assessors' };

// A deadline the calendar moved: the dates are the procedure part, and so is the calendar change behind them; the
// federation admin who changed the calendar acted on no one's dossier.
const DEADLINE_MOVED: HistoryEntryParts = { reason: 'procedure', actor: 'procedure' };

// Decisions on a registered member's standing and on a re-registration (suspend, restore, cancel, revoke, grant,
// refuse): the member is told why (seed 000: 应告知其结果), like a review conclusion; who decided is known to those
// who may know the assessors (staff, the federation), never named to the member.
const REGISTRATION_DECISION: HistoryEntryParts = { reason: 'reviewConclusion', actor: 'assessors' };

/**
 * History entries are dossier parts too: each kind of entry, as data, mapped to the parts of the visibility
 * matrix its reason and its actor's name reveal. The action, stages and time are the procedure part (the
 * field policy of ApplicationEvent); an entry kind missing here shows neither reason nor actor.
 */
export const HISTORY_ENTRY_PARTS: Record<HistoryEntryKind, HistoryEntryParts> = {
  start: APPLICANT_STEP,
  submit: APPLICANT_STEP,
  resubmitCompleted: APPLICANT_STEP,
  resubmitClarified: APPLICANT_STEP,
  submitSupplements: APPLICANT_STEP,
  withdraw: APPLICANT_STEP,

  passFormCheck: SOCIETY_DECISION,
  returnForCompletion: SOCIETY_DECISION,
  passBasicConditions: SOCIETY_DECISION,
  returnForClarification: SOCIETY_DECISION,
  rejectNotAccepted: SOCIETY_DECISION,
  markSocietyMembership: SOCIETY_DECISION,
  accept: SOCIETY_DECISION,
  lapse: SOCIETY_DECISION,
  requestSupplement: SOCIETY_DECISION,
  simplifiedToComprehensiveReview: SOCIETY_DECISION,
  publishInNotice: SOCIETY_DECISION,
  closeNoticeToFederationReview: SOCIETY_DECISION,
  closeNoticeToRegistration: SOCIETY_DECISION,
  confirmRegistration: SOCIETY_DECISION,
  registerTrainee: SOCIETY_DECISION,

  assignMaterialReviewers: ASSIGNMENT,
  addMaterialReviewers: ASSIGNMENT,
  startMaterialReview: ASSIGNMENT,
  assignPaperJudges: ASSIGNMENT,
  scheduleInterview: ASSIGNMENT,
  // Why a notified interview is called off is told to the applicant, like the society's other decisions on the case.
  cancelInterview: SOCIETY_DECISION,
  formReviewGroup: ASSIGNMENT,

  proceedToWrittenExam: AFTER_MATERIAL_REVIEW,
  proceedToInterview: AFTER_MATERIAL_REVIEW,
  // The same step closes the material review or the interview: a note on an interview is the interview record.
  proceedToComprehensiveReview: {
    reason: (fromStage) => (fromStage === ApplicationStage.INTERVIEW ? 'interviewRecord' : 'materialReviews'),
    actor: 'assessors',
  },
  proceedFromExamToInterview: AFTER_WRITTEN_EXAM,
  proceedFromExamToComprehensiveReview: AFTER_WRITTEN_EXAM,

  decideRegister: REVIEW_CONCLUSION,
  decideNotRegistered: REVIEW_CONCLUSION,
  reassessMaterials: REVIEW_CONCLUSION,
  reassessInterview: REVIEW_CONCLUSION,
  reassessWrittenExam: REVIEW_CONCLUSION,
  upholdObjectionNotRegistered: REVIEW_CONCLUSION,
  upholdObjectionRereview: REVIEW_CONCLUSION,
  approveAtFederation: REVIEW_CONCLUSION,
  returnFromFederation: REVIEW_CONCLUSION,

  moveDeadline: DEADLINE_MOVED,

  requestVerification: VERIFICATION,
  recordVerificationResult: VERIFICATION,

  // A false dossier found before registration: the applicant is told why they are barred, as a conclusion.
  barApplicant: REGISTRATION_DECISION,
  applyForRestoration: APPLICANT_STEP,
  requestReregistration: APPLICANT_STEP,
  suspendRegistration: REGISTRATION_DECISION,
  restoreRegistration: REGISTRATION_DECISION,
  cancelRegistration: REGISTRATION_DECISION,
  // Written by app_cancel_lapsed_registrations: the platform's own step, reason and actor for all who see the procedure.
  cancelRegistrationAutomatically: { reason: 'procedure', actor: 'procedure' },
  revokeRegistration: REGISTRATION_DECISION,
  grantReregistration: REGISTRATION_DECISION,
  refuseReregistration: REGISTRATION_DECISION,
};

/** Every kind of history entry, in the table's order (the HistoryAction enum of the schema). */
export const HISTORY_ENTRY_KINDS = Object.keys(HISTORY_ENTRY_PARTS) as HistoryEntryKind[];

/** What the schema calls a stored entry of a kind this table does not know (deny by default: neither reason nor actor). */
export const UNRECOGNIZED_HISTORY_ACTION = 'unrecognized';

/** The name a stored entry's kind is listed under: its own, or `unrecognized`. */
export function historyActionName(action: string): HistoryEntryKind | typeof UNRECOGNIZED_HISTORY_ACTION {
  return Object.prototype.hasOwnProperty.call(HISTORY_ENTRY_PARTS, action) ? (action as HistoryEntryKind) : UNRECOGNIZED_HISTORY_ACTION;
}

/** One history entry as the policy sees it. */
export interface HistoryEntryFacts {
  action: string;
  fromStage: ApplicationStage;
}

/** What of one history entry a viewer may see: the part each shown field reveals, undefined where withheld. */
export interface HistoryEntryVisibility {
  reasonPart?: DossierPartName;
  actorPart?: DossierPartName;
}

/**
 * Decides, for a viewer's relations to an application in its current stage, whether an entry's reason (and
 * items) and its actor's name may be shown. Deny by default: an unknown kind of entry shows neither.
 */
export function historyEntryVisibility(
  relations: ReadonlySet<ApplicationRelation>,
  stage: ApplicationStage,
  entry: HistoryEntryFacts,
): HistoryEntryVisibility {
  const parts = Object.prototype.hasOwnProperty.call(HISTORY_ENTRY_PARTS, entry.action) ? HISTORY_ENTRY_PARTS[entry.action as HistoryEntryKind] : undefined;
  if (!parts) return {};
  const reasonPart = typeof parts.reason === 'function' ? parts.reason(entry.fromStage) : parts.reason;
  return {
    reasonPart: canSee(relations, reasonPart, stage) ? reasonPart : undefined,
    actorPart: canSee(relations, parts.actor, stage) ? parts.actor : undefined,
  };
}
