import { ApplicationStage } from '../entities/enums';

/** What the applicant may change in a stage (DOMAIN.md §5 "Editing rights"). */
export type EditingRight = 'FULL' | 'SUPPLEMENT_ONLY' | 'NONE';

/** Who takes a step, as a relation to the application. */
export type ProcedureActor = 'APPLICANT' | 'SOCIETY_STAFF' | 'REVIEW_GROUP' | 'FEDERATION_COMMITTEE' | 'FEDERATION_SECRETARIAT';

/** The steps of the procedure that exist as commands. */
export type ApplicationAction =
  | 'submit'
  | 'resubmitCompleted'
  | 'resubmitClarified'
  | 'passFormCheck'
  | 'returnForCompletion'
  | 'passBasicConditions'
  | 'returnForClarification'
  | 'rejectNotAccepted'
  | 'accept'
  | 'lapse'
  | 'withdraw'
  | 'startMaterialReview'
  | 'requestSupplement'
  | 'submitSupplements'
  | 'proceedToWrittenExam'
  | 'proceedToInterview'
  | 'proceedToComprehensiveReview'
  | 'decideNotRegistered'
  | 'reassessMaterials'
  | 'reassessInterview'
  | 'reassessWrittenExam'
  | 'publishInNotice'
  | 'upholdObjectionNotRegistered'
  | 'upholdObjectionRereview'
  | 'closeNoticeToFederationReview'
  | 'closeNoticeToRegistration'
  | 'approveAtFederation'
  | 'returnFromFederation'
  | 'confirmRegistration'
  | 'registerTrainee'
  | 'proceedFromExamToInterview'
  | 'proceedFromExamToComprehensiveReview'
  | 'simplifiedToComprehensiveReview';

/** Deadline bookkeeping a step performs. */
export type DeadlineEffect =
  | { kind: 'stageDeadline'; workingDays: number | 'SOCIETY_CLARIFICATION_SETTING' }
  | { kind: 'evaluationDeadline'; months: number }
  | { kind: 'clearStageDeadline' };

/** Named guards; each returns violations (see guards.ts), never throws strings. */
export type GuardName =
  | 'dossierComplete'
  | 'verificationConsented'
  | 'stageDeadlineNotPassed'
  | 'stageDeadlinePassed'
  | 'noEarlierClarification'
  | 'membershipMarked'
  | 'interviewRecorded'
  | 'registrationDecided'
  | 'gradeNeedsFederation'
  | 'gradeIsTrainee'
  | 'papersJudged'
  | 'holdsInternationalTitle'
  | 'allReviewsIn'
  | 'supplementAdded'
  | 'minimumAssessmentDone'
  | 'writtenExamNotFailed'
  | 'consolidationFollowsReviewsOrReasoned'
  | 'societyMembershipConfirmed'
  | 'namePinyinPresent'
  | 'roundUndecided'
  | 'noReviewGroupThisRound'
  | 'objectionOpen'
  | 'noticeClosable'
  | 'noInterviewPanelStanding'
  | 'interviewUnrecorded'
  | 'questionnaireOpen'
  | 'ownReviewOutstanding'
  | 'ownPaperUnmarked';

/** One stage: its phase, whether it ends the procedure, what the applicant may edit. */
export interface StageDefinition {
  phaseZh: string;
  phaseEn: string;
  terminal: boolean;
  editing: EditingRight;
}

/** What a step records on the application besides its stage (see effects.ts). */
export type EffectName =
  | 'markSubmitted'
  | 'recordVerificationConsent'
  | 'markAccepted'
  | 'recordReturnRequest'
  | 'countClarificationReturn'
  | 'recordSupplementRequest'
  | 'startNextReviewRound'
  | 'startNextComprehensiveReviewRound';

/** One step: from which stages, to which, by whom, with what checks, effects and deadline effects. */
export interface TransitionDefinition {
  action: ApplicationAction;
  from: readonly ApplicationStage[];
  to: ApplicationStage;
  actor: ProcedureActor;
  /** A step that must say why (returns, refusals). */
  reasonRequired: boolean;
  guards: readonly GuardName[];
  effects?: readonly EffectName[];
  deadline?: DeadlineEffect;
}

const S = ApplicationStage;

/** Working days the applicant has to complete or clarify a returned dossier (seed 000: 10 个工作日). */
export const COMPLETION_WORKING_DAYS = 10;
/** Months the society has to finish the evaluation after acceptance (seed 000: 12 个月). */
export const EVALUATION_MONTHS = 12;

/** Every stage of the whole procedure (DOMAIN.md §6), including those later work implements. */
export const STAGES: Record<ApplicationStage, StageDefinition> = {
  [S.DRAFT]: { phaseZh: '申请', phaseEn: 'Application', terminal: false, editing: 'FULL' },
  [S.SUBMITTED]: { phaseZh: '初审·形式审查', phaseEn: 'Initial review: form check', terminal: false, editing: 'NONE' },
  [S.RETURNED_FOR_COMPLETION]: { phaseZh: '退回补充完善', phaseEn: 'Returned for completion', terminal: false, editing: 'FULL' },
  [S.FORM_CHECKED]: { phaseZh: '初审·基本条件审查', phaseEn: 'Initial review: basic conditions', terminal: false, editing: 'NONE' },
  // The guide: "这是申请人最后一次可对所提交申请材料进行全面修改的环节".
  [S.RETURNED_FOR_CLARIFICATION]: { phaseZh: '退回补正（最后一次全面修改）', phaseEn: 'Returned for clarification (last full edit)', terminal: false, editing: 'FULL' },
  [S.BASIC_CONDITIONS_MET]: { phaseZh: '待受理', phaseEn: 'Awaiting acceptance', terminal: false, editing: 'NONE' },
  [S.ACCEPTED]: { phaseZh: '受理', phaseEn: 'Accepted', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.MATERIAL_REVIEW]: { phaseZh: '考核·材料审查', phaseEn: 'Assessment: material review', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.SUPPLEMENT_REQUESTED]: { phaseZh: '考核·补充材料', phaseEn: 'Assessment: supplement requested', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.WRITTEN_EXAM]: { phaseZh: '考核·笔试', phaseEn: 'Assessment: written exam', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.INTERVIEW]: { phaseZh: '考核·面试', phaseEn: 'Assessment: interview', terminal: false, editing: 'SUPPLEMENT_ONLY' },
  [S.COMPREHENSIVE_REVIEW]: { phaseZh: '综合审议', phaseEn: 'Comprehensive review', terminal: false, editing: 'NONE' },
  [S.PUBLIC_NOTICE]: { phaseZh: '公示', phaseEn: 'Public notice', terminal: false, editing: 'NONE' },
  [S.FEDERATION_REVIEW]: { phaseZh: '联合体审核', phaseEn: 'Federation review', terminal: false, editing: 'NONE' },
  [S.AWAITING_REGISTRATION]: { phaseZh: '待注册', phaseEn: 'Awaiting registration', terminal: false, editing: 'NONE' },
  [S.REGISTERED]: { phaseZh: '已注册', phaseEn: 'Registered', terminal: true, editing: 'NONE' },
  [S.NOT_ACCEPTED]: { phaseZh: '不予受理', phaseEn: 'Not accepted', terminal: true, editing: 'NONE' },
  [S.NOT_REGISTERED]: { phaseZh: '不予注册', phaseEn: 'Not registered', terminal: true, editing: 'NONE' },
  [S.WITHDRAWN]: { phaseZh: '已撤回', phaseEn: 'Withdrawn', terminal: true, editing: 'NONE' },
  [S.LAPSED]: { phaseZh: '已失效', phaseEn: 'Lapsed', terminal: true, editing: 'NONE' },
};

/** Stages from which an applicant may still withdraw: everything before registration that has not ended. */
const WITHDRAWABLE = (Object.keys(STAGES) as ApplicationStage[]).filter(
  (stage) => !STAGES[stage].terminal && stage !== S.AWAITING_REGISTRATION,
);

/** The procedure up to acceptance, plus withdrawal and lapse, as data. */
export const TRANSITIONS: readonly TransitionDefinition[] = [
  // Seed 000: submitting the dossier is consenting to its verification (即同意…查询); every submission records it anew.
  {
    action: 'submit', from: [S.DRAFT], to: S.SUBMITTED, actor: 'APPLICANT', reasonRequired: false,
    guards: ['verificationConsented', 'dossierComplete'], effects: ['markSubmitted', 'recordVerificationConsent'],
  },
  {
    action: 'resubmitCompleted', from: [S.RETURNED_FOR_COMPLETION], to: S.SUBMITTED, actor: 'APPLICANT', reasonRequired: false,
    guards: ['stageDeadlineNotPassed', 'verificationConsented', 'dossierComplete'], effects: ['recordVerificationConsent'], deadline: { kind: 'clearStageDeadline' },
  },
  {
    action: 'resubmitClarified', from: [S.RETURNED_FOR_CLARIFICATION], to: S.FORM_CHECKED, actor: 'APPLICANT', reasonRequired: false,
    guards: ['stageDeadlineNotPassed', 'verificationConsented', 'dossierComplete'], effects: ['recordVerificationConsent'], deadline: { kind: 'clearStageDeadline' },
  },
  { action: 'passFormCheck', from: [S.SUBMITTED], to: S.FORM_CHECKED, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: [] },
  {
    action: 'returnForCompletion', from: [S.SUBMITTED], to: S.RETURNED_FOR_COMPLETION, actor: 'SOCIETY_STAFF', reasonRequired: true,
    guards: [], effects: ['recordReturnRequest'], deadline: { kind: 'stageDeadline', workingDays: COMPLETION_WORKING_DAYS },
  },
  { action: 'passBasicConditions', from: [S.FORM_CHECKED], to: S.BASIC_CONDITIONS_MET, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: [] },
  {
    action: 'returnForClarification', from: [S.FORM_CHECKED], to: S.RETURNED_FOR_CLARIFICATION, actor: 'SOCIETY_STAFF', reasonRequired: true,
    // The guide sets no period for clarification: each society's setting (Society.clarificationWorkingDays).
    guards: ['noEarlierClarification'], effects: ['recordReturnRequest', 'countClarificationReturn'], deadline: { kind: 'stageDeadline', workingDays: 'SOCIETY_CLARIFICATION_SETTING' },
  },
  { action: 'rejectNotAccepted', from: [S.FORM_CHECKED], to: S.NOT_ACCEPTED, actor: 'SOCIETY_STAFF', reasonRequired: true, guards: [] },
  {
    action: 'accept', from: [S.BASIC_CONDITIONS_MET], to: S.ACCEPTED, actor: 'SOCIETY_STAFF', reasonRequired: false,
    guards: ['membershipMarked'], effects: ['markAccepted'], deadline: { kind: 'evaluationDeadline', months: EVALUATION_MONTHS },
  },
  {
    action: 'lapse', from: [S.RETURNED_FOR_COMPLETION, S.RETURNED_FOR_CLARIFICATION], to: S.LAPSED, actor: 'SOCIETY_STAFF', reasonRequired: false,
    guards: ['stageDeadlinePassed'], deadline: { kind: 'clearStageDeadline' },
  },
  // Material review (assessment): staff assign ≥ 2 examiners (assignMaterialReviewers), then consolidate their reviews.
  { action: 'startMaterialReview', from: [S.ACCEPTED], to: S.MATERIAL_REVIEW, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: [] },
  {
    action: 'requestSupplement', from: [S.MATERIAL_REVIEW], to: S.SUPPLEMENT_REQUESTED, actor: 'SOCIETY_STAFF', reasonRequired: true,
    guards: ['allReviewsIn'], effects: ['recordSupplementRequest'],
  },
  {
    action: 'submitSupplements', from: [S.SUPPLEMENT_REQUESTED], to: S.MATERIAL_REVIEW, actor: 'APPLICANT', reasonRequired: false,
    guards: ['supplementAdded'], effects: ['startNextReviewRound'],
  },
  { action: 'proceedToWrittenExam', from: [S.MATERIAL_REVIEW], to: S.WRITTEN_EXAM, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: ['allReviewsIn', 'consolidationFollowsReviewsOrReasoned'] },
  { action: 'proceedToInterview', from: [S.MATERIAL_REVIEW], to: S.INTERVIEW, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: ['allReviewsIn', 'consolidationFollowsReviewsOrReasoned'] },
  // A step other than the one every reviewer asks for needs a reason (kept in the history).
  { action: 'proceedToComprehensiveReview', from: [S.MATERIAL_REVIEW], to: S.COMPREHENSIVE_REVIEW, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: ['allReviewsIn', 'consolidationFollowsReviewsOrReasoned'] },
  // Written exam: staff assign ≥ 2 judges (assignPaperJudges); once every judge has marked the paper, staff move on.
  // A failed paper does not lead to the interview: a resit (a new sitting) or the comprehensive review (seed 000).
  { action: 'proceedFromExamToInterview', from: [S.WRITTEN_EXAM], to: S.INTERVIEW, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: ['papersJudged', 'writtenExamNotFailed'] },
  { action: 'proceedFromExamToComprehensiveReview', from: [S.WRITTEN_EXAM], to: S.COMPREHENSIVE_REVIEW, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: ['papersJudged'] },
  // Simplified path (seed 000, 001): for international title holders the society may skip the assessment stages
  // it decides to skip; the reason is recorded in the history as such.
  {
    action: 'simplifiedToComprehensiveReview', from: [S.ACCEPTED, S.MATERIAL_REVIEW, S.WRITTEN_EXAM, S.INTERVIEW], to: S.COMPREHENSIVE_REVIEW,
    actor: 'SOCIETY_STAFF', reasonRequired: true, guards: ['holdsInternationalTitle', 'societyMembershipConfirmed'],
  },
  // Interview: staff schedule the panel (scheduleInterview), the chief records it, then the comprehensive review.
  { action: 'proceedToComprehensiveReview', from: [S.INTERVIEW], to: S.COMPREHENSIVE_REVIEW, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: ['interviewRecorded'] },
  // Comprehensive review: the review group (formReviewGroup) decides once per round; register leaves it for the
  // public notice. Every way back (re-assessment, an objection upheld for re-review, a federation return) starts
  // the next round: the round's group stands down, staff form a new one, and it decides anew.
  { action: 'decideNotRegistered', from: [S.COMPREHENSIVE_REVIEW], to: S.NOT_REGISTERED, actor: 'REVIEW_GROUP', reasonRequired: true, guards: ['roundUndecided'] },
  {
    action: 'reassessMaterials', from: [S.COMPREHENSIVE_REVIEW], to: S.MATERIAL_REVIEW, actor: 'REVIEW_GROUP', reasonRequired: true,
    guards: ['roundUndecided'], effects: ['startNextReviewRound', 'startNextComprehensiveReviewRound'],
  },
  {
    action: 'reassessInterview', from: [S.COMPREHENSIVE_REVIEW], to: S.INTERVIEW, actor: 'REVIEW_GROUP', reasonRequired: true,
    guards: ['roundUndecided'], effects: ['startNextComprehensiveReviewRound'],
  },
  {
    action: 'reassessWrittenExam', from: [S.COMPREHENSIVE_REVIEW], to: S.WRITTEN_EXAM, actor: 'REVIEW_GROUP', reasonRequired: true,
    guards: ['roundUndecided'], effects: ['startNextComprehensiveReviewRound'],
  },
  // Public notice (publishNotice batches them): objections upheld end or re-open the review; closing hands over.
  { action: 'publishInNotice', from: [S.COMPREHENSIVE_REVIEW], to: S.PUBLIC_NOTICE, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: ['registrationDecided', 'namePinyinPresent'] },
  { action: 'upholdObjectionNotRegistered', from: [S.PUBLIC_NOTICE], to: S.NOT_REGISTERED, actor: 'SOCIETY_STAFF', reasonRequired: true, guards: ['objectionOpen'] },
  {
    action: 'upholdObjectionRereview', from: [S.PUBLIC_NOTICE], to: S.COMPREHENSIVE_REVIEW, actor: 'SOCIETY_STAFF', reasonRequired: true,
    guards: ['objectionOpen'], effects: ['startNextComprehensiveReviewRound'],
  },
  // PROFESSIONAL and SENIOR go to the federation; TRAINEE registrations are the society's own (seed 000).
  {
    action: 'closeNoticeToFederationReview', from: [S.PUBLIC_NOTICE], to: S.FEDERATION_REVIEW, actor: 'SOCIETY_STAFF', reasonRequired: false,
    guards: ['noticeClosable', 'gradeNeedsFederation'],
  },
  {
    action: 'closeNoticeToRegistration', from: [S.PUBLIC_NOTICE], to: S.AWAITING_REGISTRATION, actor: 'SOCIETY_STAFF', reasonRequired: false,
    guards: ['noticeClosable', 'gradeIsTrainee'],
  },
  // Federation review (PROFESSIONAL and SENIOR): the committee approves or returns to the society with reasons.
  { action: 'approveAtFederation', from: [S.FEDERATION_REVIEW], to: S.AWAITING_REGISTRATION, actor: 'FEDERATION_COMMITTEE', reasonRequired: false, guards: [] },
  {
    action: 'returnFromFederation', from: [S.FEDERATION_REVIEW], to: S.COMPREHENSIVE_REVIEW, actor: 'FEDERATION_COMMITTEE', reasonRequired: true,
    guards: [], effects: ['startNextComprehensiveReviewRound'],
  },
  // Registration: the secretariat confirms PROFESSIONAL and SENIOR; the society registers its TRAINEE members, and
  // only society members are registered (a non-member applies for membership alongside, seed 000).
  { action: 'confirmRegistration', from: [S.AWAITING_REGISTRATION], to: S.REGISTERED, actor: 'FEDERATION_SECRETARIAT', reasonRequired: false, guards: ['gradeNeedsFederation', 'societyMembershipConfirmed', 'namePinyinPresent'] },
  { action: 'registerTrainee', from: [S.AWAITING_REGISTRATION], to: S.REGISTERED, actor: 'SOCIETY_STAFF', reasonRequired: false, guards: ['gradeIsTrainee', 'societyMembershipConfirmed', 'namePinyinPresent'] },
  { action: 'withdraw', from: WITHDRAWABLE, to: S.WITHDRAWN, actor: 'APPLICANT', reasonRequired: false, guards: [], deadline: { kind: 'clearStageDeadline' } },
];

/**
 * Guards of the commands that are not steps of the table but depend on the procedure's state all the same:
 * the command runs them, and viewerCan offers the action only when they pass.
 */
export const COMMAND_GUARDS = {
  formReviewGroup: ['noReviewGroupThisRound'],
  recordRegistrationDecision: ['roundUndecided'],
  scheduleInterview: ['noInterviewPanelStanding'],
  recordInterview: ['interviewUnrecorded'],
  answerInterviewQuestionnaire: ['questionnaireOpen'],
  submitMaterialReview: ['ownReviewOutstanding'],
  scorePaper: ['ownPaperUnmarked'],
} as const satisfies Record<string, readonly GuardName[]>;

/** The transition an action takes from a stage, if the procedure has one. */
export function findTransition(action: ApplicationAction, from: ApplicationStage): TransitionDefinition | undefined {
  return TRANSITIONS.find((transition) => transition.action === action && transition.from.includes(from));
}

/** The actions the procedure offers from a stage (who may take them is the policy's business). */
export function actionsFrom(stage: ApplicationStage): TransitionDefinition[] {
  return TRANSITIONS.filter((transition) => transition.from.includes(stage));
}
