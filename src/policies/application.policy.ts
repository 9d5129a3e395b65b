import { ApplicationStage, GrantRole } from '../entities/enums';
import { COMMAND_GUARDS, findTransition, STAGES, type ApplicationAction as ProcedureAction, type GuardName } from '../workflow/procedure';
import type { PolicySubject } from './policy-subject';
import type { ApplicationRelation } from './relations';

/** Everything one can do with an application: the procedure's steps and the dossier actions. */
export type ApplicationAction =
  | ProcedureAction
  | 'read'
  | 'readHistory'
  | 'readAccessLog'
  | 'editDossier'
  | 'addSupplement'
  | 'markSocietyMembership'
  | 'assignMaterialReviewers'
  | 'recordConflictOfInterest'
  | 'declareConflictOfInterest'
  | 'submitMaterialReview'
  | 'scheduleInterview'
  | 'recordInterview'
  | 'formReviewGroup'
  | 'recordRegistrationDecision'
  | 'assignPaperJudges'
  | 'recordWrittenExamSitting'
  | 'scorePaper'
  | 'answerInterviewQuestionnaire'
  | 'requestVerification'
  | 'recordVerificationResult';

/**
 * Every action, for viewerCan. Not recordVerificationResult: it answers one verification request, not the
 * application, and is there to take exactly when verificationRequests lists one without an answer.
 */
export const APPLICATION_ACTIONS: readonly ApplicationAction[] = [
  'read', 'readHistory', 'readAccessLog', 'editDossier', 'addSupplement', 'markSocietyMembership',
  'assignMaterialReviewers', 'recordConflictOfInterest', 'declareConflictOfInterest', 'submitMaterialReview', 'scheduleInterview', 'recordInterview', 'formReviewGroup', 'recordRegistrationDecision', 'assignPaperJudges', 'recordWrittenExamSitting', 'scorePaper', 'answerInterviewQuestionnaire',
  'requestVerification',
  'submit', 'resubmitCompleted', 'resubmitClarified', 'passFormCheck', 'returnForCompletion', 'passBasicConditions',
  'returnForClarification', 'rejectNotAccepted', 'accept', 'lapse', 'withdraw',
  'startMaterialReview', 'requestSupplement', 'submitSupplements', 'proceedToWrittenExam', 'proceedToInterview', 'proceedToComprehensiveReview',
  'decideNotRegistered', 'reassessMaterials', 'reassessInterview', 'reassessWrittenExam',
  'publishInNotice', 'upholdObjectionNotRegistered', 'upholdObjectionRereview', 'closeNoticeToFederationReview', 'closeNoticeToRegistration',
  'approveAtFederation', 'returnFromFederation', 'confirmRegistration', 'registerTrainee',
  'proceedFromExamToInterview', 'proceedFromExamToComprehensiveReview', 'simplifiedToComprehensiveReview',
];

/** Stages in which an interview may lie behind the applicant. */
const AFTER_INTERVIEW_STAGES: ReadonlySet<ApplicationStage> = new Set([
  ApplicationStage.INTERVIEW, ApplicationStage.COMPREHENSIVE_REVIEW, ApplicationStage.PUBLIC_NOTICE,
  ApplicationStage.FEDERATION_REVIEW, ApplicationStage.AWAITING_REGISTRATION,
]);

/** Stages before assessment ends in which staff may assign or add material reviewers. */
const REVIEWER_ASSIGNMENT_STAGES: ReadonlySet<ApplicationStage> = new Set([ApplicationStage.ACCEPTED, ApplicationStage.MATERIAL_REVIEW]);

/**
 * Stages in which staff mark society membership: at initial review (seed 000 "初审环节将对申请人是否为学会会员予以标注"),
 * and again until registration, when a non-member's membership application ("同时申请成为所在获授权学会会员") is granted.
 */
const MEMBERSHIP_MARKING_STAGES: ReadonlySet<ApplicationStage> = new Set([
  ApplicationStage.SUBMITTED, ApplicationStage.FORM_CHECKED, ApplicationStage.BASIC_CONDITIONS_MET,
  ApplicationStage.ACCEPTED, ApplicationStage.MATERIAL_REVIEW, ApplicationStage.SUPPLEMENT_REQUESTED, ApplicationStage.WRITTEN_EXAM,
  ApplicationStage.INTERVIEW, ApplicationStage.COMPREHENSIVE_REVIEW, ApplicationStage.PUBLIC_NOTICE, ApplicationStage.FEDERATION_REVIEW,
  ApplicationStage.AWAITING_REGISTRATION,
]);

type Rule = (relations: ReadonlySet<ApplicationRelation>, stage: ApplicationStage) => boolean;

const DOSSIER_RULES: Record<Exclude<ApplicationAction, ProcedureAction>, Rule> = {
  read: (relations) => relations.size > 0,
  readHistory: (relations) => relations.size > 0,
  // "Society staff and the federation can query" who read a dossier (issue 4); the applicant cannot.
  readAccessLog: (relations) => [...relations].some((relation) => relation === 'SOCIETY_STAFF' || relation.startsWith('FEDERATION_') || relation === 'QUALITY_SUPERVISION'),
  editDossier: (relations, stage) => relations.has('APPLICANT') && STAGES[stage].editing === 'FULL',
  addSupplement: (relations, stage) => relations.has('APPLICANT') && STAGES[stage].editing === 'SUPPLEMENT_ONLY',
  markSocietyMembership: (relations, stage) => relations.has('SOCIETY_STAFF') && MEMBERSHIP_MARKING_STAGES.has(stage),
  assignMaterialReviewers: (relations, stage) => relations.has('SOCIETY_STAFF') && REVIEWER_ASSIGNMENT_STAGES.has(stage),
  recordConflictOfInterest: (relations, stage) => relations.has('SOCIETY_STAFF') && !STAGES[stage].terminal,
  declareConflictOfInterest: (relations, stage) => (relations.has('MATERIAL_REVIEWER') || relations.has('INTERVIEW_PANEL')) && !STAGES[stage].terminal,
  // Independent review: each reviewer submits once per round, while the material review runs.
  submitMaterialReview: (relations, stage) => relations.has('MATERIAL_REVIEWER') && stage === ApplicationStage.MATERIAL_REVIEW,
  scheduleInterview: (relations, stage) => relations.has('SOCIETY_STAFF') && stage === ApplicationStage.INTERVIEW,
  // The chief records the interview (and checks identity at its opening).
  recordInterview: (relations, stage) => relations.has('INTERVIEW_CHIEF') && stage === ApplicationStage.INTERVIEW,
  assignPaperJudges: (relations, stage) => relations.has('SOCIETY_STAFF') && stage === ApplicationStage.WRITTEN_EXAM,
  recordWrittenExamSitting: (relations, stage) => relations.has('SOCIETY_STAFF') && stage === ApplicationStage.WRITTEN_EXAM,
  scorePaper: (relations, stage) => relations.has('PAPER_JUDGE') && stage === ApplicationStage.WRITTEN_EXAM,
  // After the interview, whatever came of it, while the application is still open.
  answerInterviewQuestionnaire: (relations, stage) => relations.has('APPLICANT') && AFTER_INTERVIEW_STAGES.has(stage),
  // Verification of authenticity (seed 000): an examiner who assesses the applicant now asks the society to check a
  // claim; the society records what it found. Only while the application is open.
  requestVerification: (relations, stage) =>
    (relations.has('MATERIAL_REVIEWER') || relations.has('PAPER_JUDGE') || relations.has('INTERVIEW_PANEL') || relations.has('INTERVIEW_CHIEF')) && !STAGES[stage].terminal,
  recordVerificationResult: (relations, stage) => relations.has('SOCIETY_STAFF') && !STAGES[stage].terminal,
  formReviewGroup: (relations, stage) => relations.has('SOCIETY_STAFF') && stage === ApplicationStage.COMPREHENSIVE_REVIEW,
  // The group's decision to register (the others are steps of the procedure table).
  recordRegistrationDecision: (relations, stage) => relations.has('REVIEW_GROUP') && stage === ApplicationStage.COMPREHENSIVE_REVIEW,
};

/** Decides an action on an application in its current stage; deny unless a rule allows. */
export function allowApplicationAction(relations: ReadonlySet<ApplicationRelation>, action: ApplicationAction, stage: ApplicationStage): boolean {
  if (action in DOSSIER_RULES) return DOSSIER_RULES[action as keyof typeof DOSSIER_RULES](relations, stage);
  const transition = findTransition(action as ProcedureAction, stage);
  return transition !== undefined && relations.has(transition.actor);
}

/** Starting an application: only an applicant of the (active) society in scope. */
export function allowStartApplication(subject: PolicySubject): boolean {
  return subject.principal !== undefined && subject.scope.society !== undefined && subject.scope.roles.has(GrantRole.APPLICANT);
}

/** The guards an action's command runs in a stage, besides the policy: the procedure table's, or the command's own. */
export function guardsOf(action: ApplicationAction, stage: ApplicationStage): readonly GuardName[] {
  if (action in COMMAND_GUARDS) return COMMAND_GUARDS[action as keyof typeof COMMAND_GUARDS];
  return findTransition(action as ProcedureAction, stage)?.guards ?? [];
}

/** Answers whether the named guards all pass for the application in question. */
export type GuardCheck = (names: readonly GuardName[]) => Promise<boolean>;

/**
 * The actions the viewer may take now, for frontends to show or hide: allowed by the policy, and refused by none
 * of the guards the command runs (each guard asked once). What is left can only fail on the input itself.
 */
export async function viewerCan(relations: ReadonlySet<ApplicationRelation>, stage: ApplicationStage, passes: GuardCheck): Promise<ApplicationAction[]> {
  const allowed = APPLICATION_ACTIONS.filter((action) => allowApplicationAction(relations, action, stage));
  const known = new Map<GuardName, Promise<boolean>>();
  const guardPasses = (name: GuardName) => {
    if (!known.has(name)) known.set(name, passes([name]));
    return known.get(name)!;
  };
  const offered: ApplicationAction[] = [];
  for (const action of allowed) {
    let passing = true;
    // One after the other: the guards share the request's connection.
    for (const name of guardsOf(action, stage)) if (passing) passing = await guardPasses(name);
    if (passing) offered.push(action);
  }
  return offered;
}
