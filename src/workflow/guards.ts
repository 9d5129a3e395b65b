import { ApplicationEvent, ApplicationSupplement, ComprehensiveReview, Grade, Interview, MaterialReview, WrittenExamScore, type Application } from '../entities';
import { latestSitting } from '../assessment/latest-sitting';
import { missingMinimumAssessments } from '../assessment/assessment-record';
import { loadWrittenExamOutcome } from '../assessment/written-exam-outcome';
import { recommendedSteps } from '../assessment/consolidation';
import { activeAssignments } from '../assessment/load-candidates';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssignmentKind, ComprehensiveReviewConclusion } from '../entities/enums';
import { COMPOSITION } from './composition-rules';
import { AppError } from '../errors/app-error';
import type { Dossier } from '../dossier/dossier';
import { validateDossier } from '../dossier/validate-dossier';
import type { ApplicationAction, GuardName } from './procedure';

/** What guards may look at. */
export interface GuardInput {
  em: EntityManager;
  application: Application;
  today: string;
  /** The step being taken and the reason given for it (when the guard runs for a step). */
  action?: ApplicationAction;
  reason?: string;
  /** Loaded only when a guard needs the whole dossier. */
  dossier: () => Promise<Dossier>;
}

/** Each named guard: resolves when the step may go ahead, otherwise throws its specific error. */
export const GUARDS: Record<GuardName, (input: GuardInput) => Promise<void>> = {
  async dossierComplete({ dossier }) {
    const issues = validateDossier(await dossier()).filter((issue) => issue.severity === 'BLOCKING');
    if (issues.length > 0) throw new AppError('APPLICATION_INCOMPLETE', { params: { count: issues.length }, issues });
  },
  async stageDeadlineNotPassed({ application, today }) {
    if (application.stageDeadline && today > application.stageDeadline) {
      throw new AppError('DEADLINE_PASSED', { params: { deadline: application.stageDeadline } });
    }
  },
  async stageDeadlinePassed({ application, today }) {
    if (!application.stageDeadline || today <= application.stageDeadline) {
      throw new AppError('DEADLINE_NOT_PASSED', { params: { deadline: application.stageDeadline ?? '-' } });
    }
  },
  async noEarlierClarification({ application }) {
    // The guide calls the clarification return the applicant's last full edit: there is no second one.
    if (application.clarificationReturns > 0) {
      throw new AppError('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'returnForClarification (second time)' } });
    }
  },
  async allReviewsIn({ em, application }) {
    const active = await activeAssignments(em, application, AssignmentKind.MATERIAL_REVIEW);
    if (active.length < COMPOSITION.materialReviewersMin) {
      throw new AppError('REVIEWERS_TOO_FEW', { field: 'applicationId' });
    }
    const submitted = await em.count(MaterialReview, { assignment: { $in: active }, round: application.reviewRound });
    if (submitted < active.length) throw new AppError('REVIEWS_OUTSTANDING', { params: { count: active.length - submitted } });
  },
  // Seed 000 leaves the next step to the reviewers' conclusions: staff who consolidate them into another step say why.
  async consolidationFollowsReviewsOrReasoned({ em, application, action, reason }) {
    if (reason) return;
    const recommended = await recommendedSteps(em, application);
    if (recommended.some((step) => step !== action)) {
      throw new AppError('CONSOLIDATION_REASON_REQUIRED', { field: 'reason', params: { recommended: [...new Set(recommended)].sort().join(', ') } });
    }
  },
  async interviewRecorded({ em, application }) {
    if ((await em.count(Interview, { application, recordedAt: { $ne: null } })) === 0) {
      throw new AppError('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'proceedToComprehensiveReview (interview not recorded)' } });
    }
  },
  async registrationDecided({ em, application }) {
    const [latest] = await em.find(ComprehensiveReview, { application }, { orderBy: { decidedAt: 'desc' }, limit: 1 });
    if (latest?.conclusion !== ComprehensiveReviewConclusion.REGISTER) {
      throw new AppError('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'publishInNotice (no decision to register)' } });
    }
  },
  async gradeNeedsFederation({ em, application }) {
    if ((await em.findOneOrFail(Grade, { id: application.grade.id })).code === 'TRAINEE') {
      throw new AppError('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'confirmRegistration (TRAINEE: the society registers)' } });
    }
  },
  async gradeIsTrainee({ em, application }) {
    if ((await em.findOneOrFail(Grade, { id: application.grade.id })).code !== 'TRAINEE') {
      throw new AppError('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: 'registerTrainee (the secretariat confirms this grade)' } });
    }
  },
  async papersJudged({ em, application }) {
    const judges = await activeAssignments(em, application, AssignmentKind.PAPER_JUDGE);
    if (judges.length < COMPOSITION.paperJudgesMin) throw new AppError('JUDGES_TOO_FEW', { field: 'applicationId' });
    const sitting = await latestSitting(em, application);
    if (!sitting) throw new AppError('NO_SITTING_RECORDED', { field: 'applicationId' });
    const marked = await em.count(WrittenExamScore, { assignment: { $in: judges }, sitting });
    if (marked < judges.length) throw new AppError('SCORES_OUTSTANDING', { params: { count: judges.length - marked } });
  },
  // Seed 000: a failed written exam leads neither to the interview (staff record a resit, or send it to the
  // comprehensive review) nor to a decision to register (there it is a ground for not registering).
  async writtenExamNotFailed({ em, application }) {
    if ((await loadWrittenExamOutcome(em, application))?.passed === false) throw new AppError('WRITTEN_EXAM_FAILED', { field: 'applicationId' });
  },
  async holdsInternationalTitle({ application }) {
    if (!application.internationalTitleKind) throw new AppError('NOT_ON_SIMPLIFIED_PATH', { field: 'applicationId' });
  },
  async supplementAdded({ em, application }) {
    const [request] = await em.find(ApplicationEvent, { application, action: 'requestSupplement' }, { orderBy: { at: 'desc' }, limit: 1 });
    if (!request || (await em.count(ApplicationSupplement, { application, createdAt: { $gte: request.at } })) === 0) {
      throw new AppError('NO_SUPPLEMENT_ADDED');
    }
  },
  // Seed 000: PROFESSIONAL and SENIOR assessments include at least the material review and the interview.
  async minimumAssessmentDone({ em, application }) {
    const missing = await missingMinimumAssessments(em, application);
    if (missing.length > 0) throw new AppError('MINIMUM_ASSESSMENT_MISSING', { field: 'applicationId', params: { missing: missing.join(', ') } });
  },
  // Seed 000: "须在申请工程会员的同时申请成为所在获授权学会会员"; title holders "在注册成为获授权学会会员后" apply.
  async societyMembershipConfirmed({ application }) {
    if (application.societyMember !== true) throw new AppError('NOT_SOCIETY_MEMBER', { field: 'societyMember' });
  },
  // Seed 000: notices and the register appear on the Chinese and English websites; the English one shows the pinyin.
  async namePinyinPresent({ application }) {
    if (!application.namePinyin?.trim()) throw new AppError('NAME_PINYIN_MISSING', { field: 'basicInformation.namePinyin' });
  },
  async membershipMarked({ application }) {
    if (application.societyMember === null || application.societyMember === undefined) {
      throw new AppError('BAD_USER_INPUT', {
        field: 'societyMember',
        params: { detail: 'mark whether the applicant is a society member before accepting', detailZh: '受理前须标注申请人是否为学会会员' },
      });
    }
  },
};
