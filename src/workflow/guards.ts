import type { EntityManager } from '@mikro-orm/postgresql';
import {
  ApplicationEvent, ApplicationSupplement, Assignment, ComprehensiveReview, Interview, MaterialReview, Objection, PublicNoticeEntry, WrittenExamScore,
  type Application, type WrittenExamSitting,
} from '../entities';
import { AssessmentMethod, AssignmentKind, ComprehensiveReviewConclusion, ObjectionStatus } from '../entities/enums';
import { COMPOSITION } from './composition-rules';
import { AppError, type ErrorParams } from '../errors/app-error';
import { ERROR_CATALOGUE, type ErrorCode } from '../errors/error-catalogue';
import { interpolate } from '../errors/app-error';
import type { GuardName } from './guard-names';
import type { DecisionName } from '../policies/application.actions';
import { isPromiseLike, type MaybePromise } from '../policies/maybe-promise';

/** A problem the dossier validator found, as a violation carries it to the client. */
export interface IssueLike {
  code: string;
  field: string;
  messageZh: string;
  messageEn: string;
  severity?: string;
}

/**
 * What the guards need from the dossier and the assessments, handed in by the caller (src/assessment/guard-facts.ts):
 * the workflow does not import the dossier or assessment code.
 */
export interface GuardFacts {
  /** The dossier's blocking problems (loaded only if a guard asks). */
  blockingDossierIssues(): Promise<IssueLike[]>;
  latestSitting(): Promise<WrittenExamSitting | null>;
  /** The grade route's required assessments neither done nor skipped on the simplified path. */
  missingMinimumAssessments(): Promise<string[]>;
  /** Whether the latest written exam was passed (null: no outcome yet). */
  writtenExamPassed(): Promise<boolean | null>;
  /** The steps the material reviewers of this round recommend. */
  recommendedSteps(): Promise<string[]>;
  /** Whether the applicant is barred for life, by account or by the dossier's identity document (seed 000). */
  applicantBarred(): Promise<boolean>;
  /** Who registers the grade applied for (its route in the category plug-in): the society, or the federation after its review. */
  registeredBy(): Promise<'SOCIETY' | 'FEDERATION'>;
  /** The assessments the grade's route applies (its category plug-in), in the procedure's order. */
  routeAssessments(): Promise<readonly AssessmentMethod[]>;
  /** Whether the grade's route scores on score sheets at all, and the assignment whose examiners score the current stage (null: not this stage). */
  scoring(): Promise<{ gradeScored: boolean; assignmentHere: AssignmentKind | null }>;
}

/** What guards may look at. */
export interface GuardInput {
  em: EntityManager;
  application: Application;
  today: string;
  /** The step being taken and the reason given for it (when the guard runs for a step). */
  action?: DecisionName;
  reason?: string;
  /** The applicant's consent to verification given with a submission step's input. */
  consentToVerification?: boolean;
  /** The facts of the dossier and assessments a guard may need, each loaded on demand. */
  facts: GuardFacts;
  /** The viewer's examiner grants in the application's society (guards of an examiner's own step). */
  viewerExaminerIds: readonly string[];
}

/** Why a step cannot be taken now, for a reason known before anyone types any input. */
export interface GuardViolation {
  code: ErrorCode;
  field?: string;
  params?: ErrorParams;
  issues?: ReadonlyArray<Pick<IssueLike, 'code' | 'field' | 'messageZh' | 'messageEn'>>;
}

// A guard that decides from the application's own columns answers at once; one that reads the database or a
// loaded fact answers with a promise (viewerCan asks the guards of every application of a page).
type Guard = (input: GuardInput) => MaybePromise<GuardViolation[]>;

const none: GuardViolation[] = [];
const violation = (code: ErrorCode, rest: Omit<GuardViolation, 'code'> = {}): GuardViolation[] => [{ code, ...rest }];

/** The application's standing assignments of one kind. */
export function standingAssignments(em: EntityManager, application: Application, kind: AssignmentKind): Promise<Assignment[]> {
  return em.find(Assignment, { application, kind, removedAt: null });
}

/** The standing review group of the application's current round (a round that ends stands its group down). */
export function standingReviewGroup(em: EntityManager, application: Application): Promise<Assignment[]> {
  return em.find(Assignment, { application, kind: AssignmentKind.REVIEW_GROUP, removedAt: null });
}

/** The decision of the application's current comprehensive-review round, if the group has decided. */
export function currentRoundDecision(em: EntityManager, application: Application): Promise<ComprehensiveReview | null> {
  return em.findOne(ComprehensiveReview, { application, round: application.comprehensiveReviewRound });
}

/**
 * Each named guard: the reasons the step may not go ahead (none: it may). Commands refuse with all of them (the first decides the code);
 * viewerCan offers a step only when its guards find none, so it never offers what the command would refuse.
 */
export const GUARDS: Record<GuardName, Guard> = {
  async dossierComplete({ facts }) {
    const issues = await facts.blockingDossierIssues();
    return issues.length > 0 ? violation('APPLICATION_INCOMPLETE', { params: { count: issues.length }, issues }) : none;
  },
  // The consent is part of the step's input: while steps are only being offered (no action named), no reason to hide one.
  verificationConsented({ action, consentToVerification }) {
    return action && consentToVerification !== true ? violation('VERIFICATION_CONSENT_REQUIRED', { field: 'consentToVerification' }) : none;
  },
  stageDeadlineNotPassed({ application, today }) {
    return application.stageDeadline && today > application.stageDeadline ? violation('DEADLINE_PASSED', { params: { deadline: application.stageDeadline } }) : none;
  },
  stageDeadlinePassed({ application, today }) {
    return !application.stageDeadline || today <= application.stageDeadline ? violation('DEADLINE_NOT_PASSED', { params: { deadline: application.stageDeadline ?? '-' } }) : none;
  },
  noEarlierClarification({ application }) {
    // The guide calls the clarification return the applicant's last full edit: there is no second one.
    return application.clarificationReturns > 0
      ? violation('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'returnForClarification (second time)' } })
      : none;
  },
  async allReviewsIn({ em, application }) {
    const active = await standingAssignments(em, application, AssignmentKind.MATERIAL_REVIEW);
    if (active.length < COMPOSITION.materialReviewersMin) return violation('REVIEWERS_TOO_FEW', { field: 'applicationId' });
    const submitted = await em.count(MaterialReview, { assignment: { $in: active }, round: application.reviewRound });
    return submitted < active.length ? violation('REVIEWS_OUTSTANDING', { params: { count: active.length - submitted } }) : none;
  },
  // Seed 000 leaves the next step to the reviewers' conclusions: staff who consolidate them into another step say why.
  // Whether a reason is needed depends on the step's input: while steps are only being offered (no action named),
  // it is no reason to hide one.
  async consolidationFollowsReviewsOrReasoned({ facts, action, reason }) {
    if (reason || !action) return none;
    const recommended = await facts.recommendedSteps();
    return recommended.some((step) => step !== action)
      ? violation('CONSOLIDATION_REASON_REQUIRED', { field: 'reason', params: { recommended: [...new Set(recommended)].sort().join(', ') } })
      : none;
  },
  async interviewRecorded({ em, application }) {
    // After a re-assessment of the interview, only an interview recorded since counts.
    const [reassessed] = await em.find(ApplicationEvent, { application, action: 'reassessInterview' }, { orderBy: { at: 'desc' }, limit: 1 });
    return (await em.count(Interview, { application, recordedAt: reassessed ? { $gt: reassessed.at } : { $ne: null } })) === 0
      ? violation('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'proceedToComprehensiveReview (interview not recorded)' } })
      : none;
  },
  async registrationDecided({ em, application }) {
    // Only this round's decision counts: a re-review sets the earlier REGISTER aside.
    const decision = await currentRoundDecision(em, application);
    return decision?.conclusion !== ComprehensiveReviewConclusion.REGISTER
      ? violation('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'publishInNotice (no decision to register in this round)' } })
      : none;
  },
  async roundUndecided({ em, application }) {
    return (await currentRoundDecision(em, application))
      ? violation('ROUND_ALREADY_DECIDED', { field: 'applicationId', params: { round: application.comprehensiveReviewRound } })
      : none;
  },
  async noReviewGroupThisRound({ em, application }) {
    return (await standingReviewGroup(em, application)).length > 0
      ? violation('REVIEW_GROUP_ALREADY_FORMED', { field: 'applicationId', params: { round: application.comprehensiveReviewRound } })
      : none;
  },
  async objectionOpen({ em, application }) {
    return (await em.count(Objection, { application, status: ObjectionStatus.OPEN })) === 0 ? violation('NO_OBJECTION_OPEN', { field: 'applicationId' }) : none;
  },
  async noticeClosable({ em, application, today }) {
    const [entry] = await em.find(PublicNoticeEntry, { application }, { populate: ['notice'], orderBy: { notice: { startsOn: 'desc' } }, limit: 1 });
    if (!entry) return violation('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'closeNotice (not listed in a notice)' } });
    if (today <= entry.notice.endsOn) return violation('DEADLINE_NOT_PASSED', { field: 'noticeId', params: { deadline: entry.notice.endsOn } });
    const open = await em.count(Objection, { notice: entry.notice, status: ObjectionStatus.OPEN });
    return open > 0 ? violation('OBJECTION_OPEN', { field: 'noticeId', params: { count: open } }) : none;
  },
  async noInterviewPanelStanding({ em, application }) {
    return (await standingAssignments(em, application, AssignmentKind.INTERVIEW)).length > 0
      ? violation('ALREADY_EXISTS', { field: 'applicationId', params: { what: 'An interview panel', whatZh: '面试考核组' } })
      : none;
  },
  async interviewUnrecorded({ em, application }) {
    const [latest] = await em.find(Interview, { application }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 });
    if (!latest) return violation('NOT_FOUND', { field: 'applicationId' });
    return latest.recordedAt ? violation('ALREADY_EXISTS', { field: 'applicationId', params: { what: 'The interview record', whatZh: '面试记录' } }) : none;
  },
  async questionnaireOpen({ em, application }) {
    const [latest] = await em.find(Interview, { application, recordedAt: { $ne: null } }, { orderBy: { recordedAt: 'desc' }, limit: 1 });
    if (!latest) return violation('NOT_FOUND', { field: 'applicationId' });
    return latest.questionnaireSubmittedAt ? violation('ALREADY_EXISTS', { field: 'applicationId', params: { what: 'Your questionnaire', whatZh: '您的问卷' } }) : none;
  },
  async ownReviewOutstanding({ em, application, viewerExaminerIds }) {
    const reviewed = await em.count(MaterialReview, { assignment: { application, examiner: { $in: [...viewerExaminerIds] }, kind: AssignmentKind.MATERIAL_REVIEW, removedAt: null }, round: application.reviewRound });
    return reviewed > 0 ? violation('ALREADY_EXISTS', { field: 'applicationId', params: { what: 'Your review of this round', whatZh: '您本轮的审查意见' } }) : none;
  },
  async ownPaperUnmarked({ em, facts, viewerExaminerIds }) {
    const sitting = await facts.latestSitting();
    if (!sitting) return violation('NO_SITTING_RECORDED', { field: 'applicationId' });
    const marked = await em.count(WrittenExamScore, { sitting, assignment: { examiner: { $in: [...viewerExaminerIds] }, kind: AssignmentKind.PAPER_JUDGE, removedAt: null } });
    return marked > 0 ? violation('ALREADY_EXISTS', { field: 'input.sittingId', params: { what: 'Your mark', whatZh: '您的评分' } }) : none;
  },
  // Score sheets are filled in where the grade's route scores the stage, by the examiners standing on that assessment.
  async ownScoringAssignment({ em, application, facts, viewerExaminerIds }) {
    const { gradeScored, assignmentHere } = await facts.scoring();
    if (!gradeScored) return violation('GRADE_NOT_SCORED', { field: 'input.applicationId' });
    if (!assignmentHere) return violation('INVALID_TRANSITION', { field: 'input.applicationId', params: { stage: application.stage, action: 'submitScoreSheet' } });
    const standing = await em.count(Assignment, { application, examiner: { $in: [...viewerExaminerIds] }, kind: assignmentHere, removedAt: null });
    return standing === 0 ? violation('FORBIDDEN', { field: 'input.applicationId' }) : none;
  },
  // An assessment the grade's route does not apply is never sent for (seed 003 8: an automotive intern is assessed on
  // the materials only; no automotive grade sits the written exam).
  async gradeRouteHasWrittenExam({ application, facts }) {
    return (await facts.routeAssessments()).includes(AssessmentMethod.WRITTEN_EXAM)
      ? none
      : violation('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'a written exam (not on this grade\'s route)' } });
  },
  async gradeRouteHasInterview({ application, facts }) {
    return (await facts.routeAssessments()).includes(AssessmentMethod.INTERVIEW)
      ? none
      : violation('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'an interview (not on this grade\'s route)' } });
  },
  // Who registers is the grade's route (its category plug-in's data): the society itself, or the federation after its review.
  async gradeNeedsFederationReview({ application, facts }) {
    return (await facts.registeredBy()) !== 'FEDERATION'
      ? violation('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'to the federation (the society registers this grade)' } })
      : none;
  },
  async gradeRegisteredBySociety({ application, facts }) {
    return (await facts.registeredBy()) !== 'SOCIETY'
      ? violation('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'society registration (the federation confirms this grade)' } })
      : none;
  },
  async papersJudged({ em, application, facts }) {
    const judges = await standingAssignments(em, application, AssignmentKind.PAPER_JUDGE);
    if (judges.length < COMPOSITION.paperJudgesMin) return violation('JUDGES_TOO_FEW', { field: 'applicationId' });
    const sitting = await facts.latestSitting();
    if (!sitting) return violation('NO_SITTING_RECORDED', { field: 'applicationId' });
    const marked = await em.count(WrittenExamScore, { assignment: { $in: judges }, sitting });
    return marked < judges.length ? violation('SCORES_OUTSTANDING', { params: { count: judges.length - marked } }) : none;
  },
  // Seed 000: a failed written exam leads neither to the interview (staff record a resit, or send it to the
  // comprehensive review) nor to a decision to register (there it is a ground for not registering).
  async writtenExamNotFailed({ facts }) {
    return (await facts.writtenExamPassed()) === false ? violation('WRITTEN_EXAM_FAILED', { field: 'applicationId' }) : none;
  },
  holdsInternationalTitle({ application }) {
    return application.internationalTitleKind ? none : violation('NOT_ON_SIMPLIFIED_PATH', { field: 'applicationId' });
  },
  async applicantNotBarred({ facts }) {
    return (await facts.applicantBarred()) ? violation('APPLICANT_BARRED') : none;
  },
  async supplementAdded({ em, application }) {
    const [request] = await em.find(ApplicationEvent, { application, action: 'requestSupplement' }, { orderBy: { at: 'desc' }, limit: 1 });
    return !request || (await em.count(ApplicationSupplement, { application, createdAt: { $gte: request.at } })) === 0 ? violation('NO_SUPPLEMENT_ADDED') : none;
  },
  // The grade's route names the assessments no applicant is registered without (seed 000: materials and interview for
  // the general ladder's upper grades).
  async minimumAssessmentDone({ facts }) {
    const missing = await facts.missingMinimumAssessments();
    return missing.length > 0 ? violation('MINIMUM_ASSESSMENT_MISSING', { field: 'applicationId', params: { missing: missing.join(', ') } }) : none;
  },
  // Seed 000: "须在申请工程会员的同时申请成为所在获授权学会会员"; title holders "在注册成为获授权学会会员后" apply.
  societyMembershipConfirmed({ application }) {
    return application.societyMember !== true ? violation('NOT_SOCIETY_MEMBER', { field: 'societyMember' }) : none;
  },
  // Seed 000: notices and the register appear on the Chinese and English websites; the English one shows the pinyin.
  namePinyinPresent({ application }) {
    return !application.namePinyin?.trim() ? violation('NAME_PINYIN_MISSING', { field: 'basicInformation.namePinyin' }) : none;
  },
  membershipMarked({ application }) {
    return application.societyMember === null || application.societyMember === undefined
      ? violation('BAD_USER_INPUT', {
        field: 'societyMember',
        params: { detail: 'mark whether the applicant is a society member before accepting', detailZh: '受理前须标注申请人是否为学会会员' },
      })
      : none;
  },
};

/** Every violation of the named guards, in their order (each guard asked once). */
export async function guardViolations(names: readonly GuardName[], input: GuardInput): Promise<GuardViolation[]> {
  return guardViolationsNow(names, input);
}

/**
 * The same violations, at once when every guard asked answers at once (one after the other otherwise: the guards
 * share the request's connection).
 */
export function guardViolationsNow(names: readonly GuardName[], input: GuardInput): MaybePromise<GuardViolation[]> {
  const found: GuardViolation[] = [];
  const unique = [...new Set(names)];
  const from = (index: number): MaybePromise<GuardViolation[]> => {
    for (let at = index; at < unique.length; at += 1) {
      const violations = GUARDS[unique[at]](input);
      if (isPromiseLike(violations)) {
        return violations.then((settled) => {
          found.push(...settled);
          return from(at + 1);
        });
      }
      found.push(...violations);
    }
    return found;
  };
  return from(0);
}

/** A violation as one entry of extensions.issues, in both languages. */
function asIssue(violation: GuardViolation): { code: string; field: string; messageZh: string; messageEn: string } {
  const { zh, en } = ERROR_CATALOGUE[violation.code];
  return { code: violation.code, field: violation.field ?? '', messageZh: interpolate(zh, violation.params), messageEn: interpolate(en, violation.params) };
}

/**
 * Refuses with the first violation's own code. When there are several, extensions.issues lists every one of them
 * (each with its code and field, a dossier's own problems after the violation they belong to), so the client
 * sees all problems at once; a single violation keeps its own issues, as before.
 */
export function refuseGuardViolations(violations: readonly GuardViolation[]): void {
  if (violations.length === 0) return;
  const [first] = violations;
  const issues = violations.length === 1 ? first.issues : violations.flatMap((violation) => [asIssue(violation), ...(violation.issues ?? [])]);
  throw new AppError(first.code, { field: first.field, params: first.params, issues });
}

/** Runs the named guards for a command and refuses with every violation found (the first decides the code). */
export async function enforceGuards(names: readonly GuardName[], input: GuardInput): Promise<void> {
  refuseGuardViolations(await guardViolations(names, input));
}
