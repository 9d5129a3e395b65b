import { Account, ApplicationEvent, Assignment, ComprehensiveReview, type Application } from '../entities';
import { ApplicationStage, AssignmentKind, ComprehensiveReviewConclusion } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../http/request-context';
import { checkText } from '../dossier/input-checks';
import { checkVersion, loadApplicationFor } from '../dossier/application-access';
import type { ApplicationAction, GuardName } from '../workflow/procedure';
import { GUARDS } from '../workflow/guards';
import { chinaToday } from '../workflow/working-day-calendar';
import { loadDossier } from '../dossier/load-dossier';
import { flushWithVersionCheck, runTransition } from '../workflow/run-transition';
import { endAssignments } from './load-candidates';

/** The group's decision as a member records it. */
export interface ComprehensiveReviewInput {
  applicationId: string;
  expectedVersion: number;
  conclusion: ComprehensiveReviewConclusion;
  reasons?: string | null;
  reassessStage?: ApplicationStage | null;
}

/**
 * Where a re-assessment may send the application, the step that does it, and the assignments it ends: the review
 * group always (a new group decides afterwards), and the assessors of the stage named (a fresh panel or fresh
 * judges; material reviewers stay, their next round starts).
 */
const REASSESSMENTS: Partial<Record<ApplicationStage, { step: ApplicationAction; ends: AssignmentKind[] }>> = {
  [ApplicationStage.MATERIAL_REVIEW]: { step: 'reassessMaterials', ends: [AssignmentKind.REVIEW_GROUP] },
  [ApplicationStage.WRITTEN_EXAM]: { step: 'reassessWrittenExam', ends: [AssignmentKind.REVIEW_GROUP, AssignmentKind.PAPER_JUDGE] },
  [ApplicationStage.INTERVIEW]: { step: 'reassessInterview', ends: [AssignmentKind.REVIEW_GROUP, AssignmentKind.INTERVIEW] },
};

/** What a decision to register checks first (the other conclusions are steps of the procedure table, with their own guards). */
const REGISTER_GUARDS: readonly GuardName[] = ['writtenExamNotFailed', 'minimumAssessmentDone'];

/**
 * A member of the review group records its conclusion: register (the application waits for the public notice),
 * not register (with reasons, told to the applicant), or re-assess (back to the assessment stage named).
 */
export async function concludeComprehensiveReviewCommand(ctx: RequestContext, input: ComprehensiveReviewInput): Promise<Application> {
  const reasons = checkText(input.reasons, 'input.reasons', 5000, input.conclusion !== ComprehensiveReviewConclusion.REGISTER);
  const reassessment = input.conclusion === ComprehensiveReviewConclusion.REASSESS ? REASSESSMENTS[input.reassessStage ?? ApplicationStage.DRAFT] : undefined;
  const step = reassessment?.step;
  if (input.conclusion === ComprehensiveReviewConclusion.REASSESS && !step) {
    throw new AppError('BAD_USER_INPUT', {
      field: 'input.reassessStage', params: { detail: 'MATERIAL_REVIEW, WRITTEN_EXAM or INTERVIEW', detailZh: '须为 MATERIAL_REVIEW、WRITTEN_EXAM 或 INTERVIEW' },
    });
  }
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'recordRegistrationDecision');
  checkVersion(application, input.expectedVersion);
  const [group] = await ctx.em.find(Assignment, { application, kind: AssignmentKind.REVIEW_GROUP, removedAt: null }, { orderBy: { assignedAt: 'desc' }, limit: 1 });
  if (group && (await ctx.em.count(ComprehensiveReview, { application, decidedAt: { $gte: group.assignedAt } }))) {
    throw new AppError('ALREADY_EXISTS', { field: 'applicationId', params: { what: "This group's decision", whatZh: '本次综合审议结论' } });
  }
  if (input.conclusion === ComprehensiveReviewConclusion.REGISTER) {
    for (const guard of REGISTER_GUARDS) {
      await GUARDS[guard]({ em: ctx.em, application, today: chinaToday(ctx.clock()), dossier: () => loadDossier(ctx.em, application) });
    }
  }
  const now = ctx.clock();
  const decidedBy = ctx.em.getReference(Account, ctx.principal!.accountId);
  ctx.em.create(ComprehensiveReview, {
    society: application.society, application, conclusion: input.conclusion, reasons, reassessStage: step ? input.reassessStage! : undefined, decidedBy, decidedAt: now,
  });
  switch (input.conclusion) {
    case ComprehensiveReviewConclusion.REGISTER:
      ctx.em.create(ApplicationEvent, {
        society: application.society, application, actor: decidedBy, action: 'decideRegister', fromStage: application.stage, toStage: application.stage, reason: reasons, at: now,
      });
      application.updatedAt = now;
      await flushWithVersionCheck(ctx);
      return application;
    case ComprehensiveReviewConclusion.NOT_REGISTER:
      return runTransition(ctx, { applicationId: application.id, action: 'decideNotRegistered', expectedVersion: input.expectedVersion, reason: reasons });
    case ComprehensiveReviewConclusion.REASSESS:
      endAssignments(await ctx.em.find(Assignment, { application, kind: { $in: reassessment!.ends }, removedAt: null }), 'REASSESSMENT', now);
      return runTransition(ctx, { applicationId: application.id, action: step!, expectedVersion: input.expectedVersion, reason: reasons });
  }
}
