import { ApplicationStage } from '../entities/enums';
import type { Decision } from '../workflow/decisions/decision';
import { acceptDecision } from '../workflow/decisions/accept.decision';
import { approveAtFederationDecision } from '../workflow/decisions/approve-at-federation.decision';
import { cancelInterviewDecision } from '../workflow/decisions/cancel-interview.decision';
import { closeNoticeToFederationReviewDecision } from '../workflow/decisions/close-notice-to-federation-review.decision';
import { closeNoticeToRegistrationDecision } from '../workflow/decisions/close-notice-to-registration.decision';
import { confirmRegistrationDecision } from '../workflow/decisions/confirm-registration.decision';
import { decideRegisterDecision } from '../workflow/decisions/decide-register.decision';
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

/** Who may take an action (relations to the application) and in which stages; a relation or stage missing denies. */
export interface ApplicationReadRule {
  who: readonly ApplicationRelation[];
  stages: readonly ApplicationStage[];
}

/**
 * One outcome of a mutation: a decision of the procedure (src/workflow/decisions) the runner applies, named by the
 * kind of history entry it writes. Where the outcome differs from its row, it says so: fewer relations, fewer
 * stages, its own guards (which then replace the row's).
 */
export interface ApplicationOutcome {
  decision: Decision;
  who?: readonly ApplicationRelation[];
  stages?: readonly ApplicationStage[];
  guards?: readonly GuardName[];
  guardsIn?: Partial<Record<ApplicationStage, readonly GuardName[]>>;
}

/**
 * One row of the application action table, keyed by its mutation: who may call it (relations to the application),
 * in which stages, and which named guards must find nothing. A relation or stage missing from a row denies.
 */
export interface ApplicationActionRule extends ApplicationReadRule {
  /** Guards the command runs (and viewerCan asks) in every stage of the row… */
  guards?: readonly GuardName[];
  /** …unless the stage has guards of its own. */
  guardsIn?: Partial<Record<ApplicationStage, readonly GuardName[]>>;
  /**
   * The decisions the mutation takes, by the history kind each writes: one for a plain step, several where the
   * input chooses (concludeComprehensiveReview) or the application does (closeNotice by grade). The runner applies
   * the one chosen and writes its one event.
   */
  decisions?: Readonly<Record<string, ApplicationOutcome>>;
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
/** A full edit of the dossier: the applicant, while the stage allows full editing (each section is its own mutation). */
const EDIT_DOSSIER = { who: ['APPLICANT'], stages: stagesWhere((stage) => stage.editing === 'FULL') } as const satisfies ApplicationActionRule;
/** Resubmitting after a return: before its deadline, consenting again, the dossier complete. */
const RESUBMISSION: readonly GuardName[] = ['applicantNotBarred', 'stageDeadlineNotPassed', 'verificationConsented', 'dossierComplete'];
/** The review group decides once per round. */
const REVIEW_GROUP_ROUND = { who: ['REVIEW_GROUP'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['roundUndecided'] } as const satisfies ApplicationReadRule & { guards: readonly GuardName[] };

/** What may be read of an application (no mutation): viewerCan lists these too. */
export const APPLICATION_READ_ACTIONS = {
  read: { who: ANYONE_RELATED, stages: ALL_STAGES },
  readHistory: { who: ANYONE_RELATED, stages: ALL_STAGES },
  // "Society staff and the federation can query" who read a dossier (issue 4); the applicant cannot.
  readAccessLog: { who: ['SOCIETY_STAFF', 'FEDERATION_COMMITTEE', 'FEDERATION_SECRETARIAT', 'FEDERATION_ADMIN', 'QUALITY_SUPERVISION'], stages: ALL_STAGES },
} as const satisfies Record<string, ApplicationReadRule>;

/**
 * The application action table (DOMAIN.md §5–§6): every mutation on an application is one row here, keyed by the
 * mutation's name. The shield rule of each mutation, viewerCan, the procedure's transitions (from the rows'
 * decisions) and the committed `relation × stage → actions` snapshot (test/unit/action-table.test.ts) are
 * generated from it. The order of the rows is the order of viewerCan and of the ApplicationAction enum.
 */
export const APPLICATION_MUTATION_ACTIONS = {
  saveBasicInformation: EDIT_DOSSIER,
  saveEducation: EDIT_DOSSIER,
  saveWorkHistory: EDIT_DOSSIER,
  saveSelfStatement: EDIT_DOSSIER,
  saveCareerPlan: EDIT_DOSSIER,
  saveCompetencyClaims: EDIT_DOSSIER,
  saveAchievements: EDIT_DOSSIER,
  saveInternationalTitle: EDIT_DOSSIER,
  saveCategoryFields: EDIT_DOSSIER,
  attachFile: EDIT_DOSSIER,
  detachFile: EDIT_DOSSIER,
  addSupplement: { who: ['APPLICANT'], stages: stagesWhere((stage) => stage.editing === 'SUPPLEMENT_ONLY') },
  markSocietyMembership: { who: ['SOCIETY_STAFF'], stages: MEMBERSHIP_MARKING },
  // Staff assign the first material reviewers (which starts the review), or add reviewers during it.
  assignMaterialReviewers: {
    who: ['SOCIETY_STAFF'], stages: [S.ACCEPTED, S.MATERIAL_REVIEW],
    decisions: { startMaterialReview: { stages: [S.ACCEPTED], decision: startMaterialReviewDecision } },
  },
  recordConflictOfInterest: { who: ['SOCIETY_STAFF'], stages: OPEN_STAGES },
  // A false dossier found before registration bars the person for life (seed 000); after registration it is a
  // revocation of the registration instead (registration.policy.ts).
  barApplicant: { who: ['SOCIETY_STAFF', 'FEDERATION_SECRETARIAT'], stages: ALL_STAGES.filter((stage) => stage !== S.DRAFT && stage !== S.REGISTERED), offered: false },
  declareConflictOfInterest: { who: ['MATERIAL_REVIEWER', 'INTERVIEW_PANEL'], stages: OPEN_STAGES },
  // Independent review: each reviewer submits once per round, while the material review runs.
  submitMaterialReview: { who: ['MATERIAL_REVIEWER'], stages: [S.MATERIAL_REVIEW], guards: ['ownReviewOutstanding'] },
  scheduleInterview: { who: ['SOCIETY_STAFF'], stages: [S.INTERVIEW], guards: ['noInterviewPanelStanding'] },
  // A notified interview that cannot be held as notified is called off, with a reason; a new one can then be scheduled.
  cancelInterview: { who: ['SOCIETY_STAFF'], stages: [S.INTERVIEW], guards: ['interviewUnrecorded'], decisions: { cancelInterview: { decision: cancelInterviewDecision } } },
  // The chief records the interview (and checks identity at its opening).
  recordInterview: { who: ['INTERVIEW_CHIEF'], stages: [S.INTERVIEW], guards: ['interviewUnrecorded'] },
  formReviewGroup: { who: ['SOCIETY_STAFF'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['noReviewGroupThisRound'] },
  // The review group decides once per round: register (the stage stays until staff list it in a public notice),
  // not register, or re-assess (back to the assessment named).
  concludeComprehensiveReview: {
    ...REVIEW_GROUP_ROUND,
    decisions: {
      decideRegister: { decision: decideRegisterDecision },
      decideNotRegistered: { decision: decideNotRegisteredDecision },
      reassessMaterials: { decision: reassessMaterialsDecision },
      reassessInterview: { guards: ['roundUndecided', 'gradeRouteHasInterview'], decision: reassessInterviewDecision },
      reassessWrittenExam: { guards: ['roundUndecided', 'gradeRouteHasWrittenExam'], decision: reassessWrittenExamDecision },
    },
  },
  assignPaperJudges: { who: ['SOCIETY_STAFF'], stages: [S.WRITTEN_EXAM] },
  recordWrittenExamSitting: { who: ['SOCIETY_STAFF'], stages: [S.WRITTEN_EXAM] },
  scorePaper: { who: ['PAPER_JUDGE'], stages: [S.WRITTEN_EXAM], guards: ['ownPaperUnmarked'] },
  // Seed 003 8.3: the examiners of a scored grade fill in the score sheets — material reviewers where the grade is scored on
  // the materials, the interview panel where it is scored at the interview (the command checks which, from the category).
  submitScoreSheet: { who: ['MATERIAL_REVIEWER', 'INTERVIEW_PANEL', 'INTERVIEW_CHIEF'], stages: [S.MATERIAL_REVIEW, S.INTERVIEW], guards: ['ownScoringAssignment'] },
  // After the interview, whatever came of it, while the application is still open.
  answerInterviewQuestionnaire: { who: ['APPLICANT'], stages: AFTER_INTERVIEW, guards: ['questionnaireOpen'] },
  // Verification of authenticity (seed 000): an examiner who assesses the applicant now asks the society to check a
  // claim; the society records what it found. Only while the application is open.
  requestVerification: { who: ASSESSORS, stages: OPEN_STAGES },

  // The procedure's steps: each takes a decision of src/workflow/decisions (its target stage, reason, effects).
  // Seed 000: submitting the dossier is consenting to its verification (即同意…查询); every submission records it anew.
  submitApplication: {
    who: ['APPLICANT'], stages: [S.DRAFT], guards: ['applicantNotBarred', 'verificationConsented', 'dossierComplete'],
    decisions: { submit: { decision: submitDecision } },
  },
  resubmitCompletedApplication: { who: ['APPLICANT'], stages: [S.RETURNED_FOR_COMPLETION], guards: RESUBMISSION, decisions: { resubmitCompleted: { decision: resubmitCompletedDecision } } },
  resubmitClarifiedApplication: { who: ['APPLICANT'], stages: [S.RETURNED_FOR_CLARIFICATION], guards: RESUBMISSION, decisions: { resubmitClarified: { decision: resubmitClarifiedDecision } } },
  passFormCheck: { who: ['SOCIETY_STAFF'], stages: [S.SUBMITTED], decisions: { passFormCheck: { decision: passFormCheckDecision } } },
  returnForCompletion: { who: ['SOCIETY_STAFF'], stages: [S.SUBMITTED], decisions: { returnForCompletion: { decision: returnForCompletionDecision } } },
  passBasicConditions: { who: ['SOCIETY_STAFF'], stages: [S.FORM_CHECKED], decisions: { passBasicConditions: { decision: passBasicConditionsDecision } } },
  returnForClarification: { who: ['SOCIETY_STAFF'], stages: [S.FORM_CHECKED], guards: ['noEarlierClarification'], decisions: { returnForClarification: { decision: returnForClarificationDecision } } },
  rejectApplication: { who: ['SOCIETY_STAFF'], stages: [S.FORM_CHECKED], decisions: { rejectNotAccepted: { decision: rejectNotAcceptedDecision } } },
  acceptApplication: { who: ['SOCIETY_STAFF'], stages: [S.BASIC_CONDITIONS_MET], guards: ['membershipMarked'], decisions: { accept: { decision: acceptDecision } } },
  lapseApplication: { who: ['SOCIETY_STAFF'], stages: [S.RETURNED_FOR_COMPLETION, S.RETURNED_FOR_CLARIFICATION], guards: ['stageDeadlinePassed'], decisions: { lapse: { decision: lapseDecision } } },
  withdrawApplication: { who: ['APPLICANT'], stages: WITHDRAWABLE, decisions: { withdraw: { decision: withdrawDecision } } },
  // Material review: staff consolidate the reviews into one request, or the next assessment.
  requestSupplement: { who: ['SOCIETY_STAFF'], stages: [S.MATERIAL_REVIEW], guards: ['allReviewsIn'], decisions: { requestSupplement: { decision: requestSupplementDecision } } },
  submitSupplements: { who: ['APPLICANT'], stages: [S.SUPPLEMENT_REQUESTED], guards: ['supplementAdded'], decisions: { submitSupplements: { decision: submitSupplementsDecision } } },
  proceedToWrittenExam: { who: ['SOCIETY_STAFF'], stages: [S.MATERIAL_REVIEW], guards: [...CONSOLIDATION, 'gradeRouteHasWrittenExam'], decisions: { proceedToWrittenExam: { decision: proceedToWrittenExamDecision } } },
  proceedToInterview: { who: ['SOCIETY_STAFF'], stages: [S.MATERIAL_REVIEW], guards: [...CONSOLIDATION, 'gradeRouteHasInterview'], decisions: { proceedToInterview: { decision: proceedToInterviewDecision } } },
  // A step other than the one every reviewer asks for needs a reason (kept in the history); after the interview,
  // the interview must be recorded.
  proceedToComprehensiveReview: {
    who: ['SOCIETY_STAFF'], stages: [S.MATERIAL_REVIEW, S.INTERVIEW], guards: CONSOLIDATION, guardsIn: { [S.INTERVIEW]: ['interviewRecorded'] },
    decisions: { proceedToComprehensiveReview: { decision: proceedToComprehensiveReviewDecision } },
  },
  // Public notice (publishNotice batches them): objections upheld end or re-open the review; closing hands over.
  publishNotice: { who: ['SOCIETY_STAFF'], stages: [S.COMPREHENSIVE_REVIEW], guards: ['registrationDecided', 'namePinyinPresent'], decisions: { publishInNotice: { decision: publishInNoticeDecision } } },
  resolveObjection: {
    who: ['SOCIETY_STAFF'], stages: [S.PUBLIC_NOTICE], guards: ['objectionOpen'],
    decisions: { upholdObjectionNotRegistered: { decision: upholdObjectionNotRegisteredDecision }, upholdObjectionRereview: { decision: upholdObjectionRereviewDecision } },
  },
  // The grade's route (its category plug-in) says who registers: grades the federation registers go to its review;
  // the others are the society's own registrations (seed 000 for the general ladder's lowest grade; seed 003 for all automotive grades).
  closeNotice: {
    who: ['SOCIETY_STAFF'], stages: [S.PUBLIC_NOTICE],
    decisions: {
      closeNoticeToFederationReview: { guards: ['noticeClosable', 'gradeNeedsFederationReview'], decision: closeNoticeToFederationReviewDecision },
      closeNoticeToRegistration: { guards: ['noticeClosable', 'gradeRegisteredBySociety'], decision: closeNoticeToRegistrationDecision },
    },
  },
  // Federation review (grades the federation registers): the committee approves or returns to the society with reasons.
  decideAtFederation: {
    who: ['FEDERATION_COMMITTEE'], stages: [S.FEDERATION_REVIEW],
    decisions: { approveAtFederation: { decision: approveAtFederationDecision }, returnFromFederation: { decision: returnFromFederationDecision } },
  },
  // Registration: the secretariat confirms the grades the federation registers; the society registers its own, and
  // only society members are registered (a non-member applies for membership alongside, seed 000).
  registerMember: {
    who: ['FEDERATION_SECRETARIAT', 'SOCIETY_STAFF'], stages: [S.AWAITING_REGISTRATION],
    decisions: {
      confirmRegistration: { who: ['FEDERATION_SECRETARIAT'], guards: ['gradeNeedsFederationReview', 'societyMembershipConfirmed', 'namePinyinPresent'], decision: confirmRegistrationDecision },
      registerTrainee: { who: ['SOCIETY_STAFF'], guards: ['gradeRegisteredBySociety', 'societyMembershipConfirmed', 'namePinyinPresent'], decision: registerTraineeDecision },
    },
  },
  // Written exam: once every judge has marked the paper, staff move on. A failed paper does not lead to the
  // interview: a resit (a new sitting) or the comprehensive review (seed 000).
  proceedFromExamToInterview: {
    who: ['SOCIETY_STAFF'], stages: [S.WRITTEN_EXAM], guards: ['papersJudged', 'writtenExamNotFailed', 'gradeRouteHasInterview'],
    decisions: { proceedFromExamToInterview: { decision: proceedFromExamToInterviewDecision } },
  },
  proceedFromExamToComprehensiveReview: {
    who: ['SOCIETY_STAFF'], stages: [S.WRITTEN_EXAM], guards: ['papersJudged'],
    decisions: { proceedFromExamToComprehensiveReview: { decision: proceedFromExamToComprehensiveReviewDecision } },
  },
  // Simplified path (seed 000, 001): for international title holders the society may skip the assessment stages it
  // decides to skip; the reason is recorded in the history as such.
  takeSimplifiedPath: {
    who: ['SOCIETY_STAFF'], stages: [S.ACCEPTED, S.MATERIAL_REVIEW, S.WRITTEN_EXAM, S.INTERVIEW], guards: ['holdsInternationalTitle', 'societyMembershipConfirmed'],
    decisions: { simplifiedToComprehensiveReview: { decision: simplifiedToComprehensiveReviewDecision } },
  },
  // It answers one verification request, and is there to take exactly when verificationRequests lists one without an answer.
  recordVerificationResult: { who: ['SOCIETY_STAFF'], stages: OPEN_STAGES, offered: false },
} as const satisfies Record<string, ApplicationActionRule>;

/** The mutations on an application: the names of the table's rows. */
export type ApplicationMutation = keyof typeof APPLICATION_MUTATION_ACTIONS;
/** What may be read of an application. */
export type ApplicationReadAction = keyof typeof APPLICATION_READ_ACTIONS;
/** Everything one can do with an application: a read, or a mutation (by its name). */
export type ApplicationAction = ApplicationReadAction | ApplicationMutation;

type MutationRows = typeof APPLICATION_MUTATION_ACTIONS;
/** The decisions of the procedure: the outcomes the rows list, each named by the history entry it writes. */
export type DecisionName = {
  [A in ApplicationMutation]: MutationRows[A] extends { decisions: infer D } ? Extract<keyof D, string> : never;
}[ApplicationMutation];

/** The mutations that take a decision of the procedure. */
export type ProcedureMutation = {
  [A in ApplicationMutation]: MutationRows[A] extends { decisions: object } ? A : never;
}[ApplicationMutation];

/** The whole table, reads first, for generic code. */
export const APPLICATION_ACTION_TABLE: Readonly<Record<ApplicationAction, ApplicationActionRule>> = { ...APPLICATION_READ_ACTIONS, ...APPLICATION_MUTATION_ACTIONS };

/** A row of the table, typed loosely for generic code. */
export function applicationActionRule(action: ApplicationAction): ApplicationActionRule {
  return APPLICATION_ACTION_TABLE[action];
}

/** Every action of the table, in its order: the reads, then the mutations. */
export const ALL_APPLICATION_ACTIONS = Object.keys(APPLICATION_ACTION_TABLE) as ApplicationAction[];

/** Every mutation of the table, in its order. */
export const APPLICATION_MUTATIONS = Object.keys(APPLICATION_MUTATION_ACTIONS) as ApplicationMutation[];

/** The mutations that edit the dossier in full (a refusal in another stage is DOSSIER_LOCKED). */
export const DOSSIER_EDITS = APPLICATION_MUTATIONS.filter((action) => APPLICATION_MUTATION_ACTIONS[action] === EDIT_DOSSIER);
/** A full edit of the dossier, by its mutation. */
export type DossierEdit = { [A in ApplicationMutation]: MutationRows[A] extends typeof EDIT_DOSSIER ? A : never }[ApplicationMutation];

/** The actions viewerCan may list (and the ApplicationAction enum holds): every row not marked `offered: false`. */
export const OFFERED_APPLICATION_ACTIONS: readonly ApplicationAction[] = ALL_APPLICATION_ACTIONS.filter((action) => applicationActionRule(action).offered !== false);

/** One decision with the mutation whose row lists it. */
export interface DecisionEntry {
  name: DecisionName;
  mutation: ProcedureMutation;
  outcome: ApplicationOutcome;
}

/** The procedure's decisions, in the table's order. */
export const DECISIONS: readonly DecisionEntry[] = APPLICATION_MUTATIONS.flatMap((mutation) =>
  Object.entries(applicationActionRule(mutation).decisions ?? {}).map(([name, outcome]) => ({ name: name as DecisionName, mutation: mutation as ProcedureMutation, outcome })));

const DECISION_INDEX = new Map<string, DecisionEntry>(DECISIONS.map((entry) => [entry.name, entry]));

/** The decision of that name, with its mutation. */
export function decisionEntry(name: DecisionName): DecisionEntry {
  const entry = DECISION_INDEX.get(name);
  if (!entry) throw new Error(`no decision ${name} in the action table`);
  return entry;
}

/** The names of the procedure's decisions, in the table's order. */
export const DECISION_NAMES: readonly DecisionName[] = DECISIONS.map((entry) => entry.name);

/** Who may take a decision: its own relations, or its row's. */
export function decisionWho(name: DecisionName): readonly ApplicationRelation[] {
  const { mutation, outcome } = decisionEntry(name);
  return outcome.who ?? applicationActionRule(mutation).who;
}

/** The stages a decision may be taken in: its own, or its row's. */
export function decisionStages(name: DecisionName): readonly ApplicationStage[] {
  const { mutation, outcome } = decisionEntry(name);
  return outcome.stages ?? applicationActionRule(mutation).stages;
}

/** The guards an action's command runs in a stage (none outside the row's stages). */
export function guardsOf(action: ApplicationAction, stage: ApplicationStage): readonly GuardName[] {
  const rule = applicationActionRule(action);
  if (!rule.stages.includes(stage)) return [];
  return rule.guardsIn?.[stage] ?? rule.guards ?? [];
}

/** The guards a decision runs in a stage: its own where it has them, else its row's (none outside its stages). */
export function decisionGuardsOf(name: DecisionName, stage: ApplicationStage): readonly GuardName[] {
  const { mutation, outcome } = decisionEntry(name);
  if (!decisionStages(name).includes(stage)) return [];
  return outcome.guardsIn?.[stage] ?? outcome.guards ?? guardsOf(mutation, stage);
}
