import { Account, ApplicationEvent, Assignment, ComprehensiveReview, type Application } from '../entities';
import { ApplicationStage, AssignmentKind, ComprehensiveReviewConclusion } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../http/request-context';
import { checkText } from '../dossier/input-checks';
import { checkVersion, loadApplicationFor } from '../dossier/application-access';
import { enforceGuards } from '../workflow/guards';
import { guardsOf } from '../policies/application.actions';
import type { ApplicationAction, GuardName } from '../workflow/procedure';
import { flushWithVersionCheck } from '../persistence/flush-with-version-check';
import { decide, guardInputFor } from './guard-facts';
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
 * Where a re-assessment may send the application and the decision that does it. The assessors it ends (a fresh
 * panel or fresh judges; material reviewers stay, their next round starts) and the review group standing down with
 * its round are the decision's `ends` (src/workflow/decisions); a new group decides afterwards.
 */
const REASSESSMENTS: Partial<Record<ApplicationStage, { step: ApplicationAction }>> = {
  [ApplicationStage.MATERIAL_REVIEW]: { step: 'reassessMaterials' },
  [ApplicationStage.WRITTEN_EXAM]: { step: 'reassessWrittenExam' },
  [ApplicationStage.INTERVIEW]: { step: 'reassessInterview' },
};

/** What a decision to register checks first (the other conclusions are steps of the procedure table, with their own guards). */
const REGISTER_GUARDS: readonly GuardName[] = ['writtenExamNotFailed', 'minimumAssessmentDone'];

/**
 * A member of the review group records its round's conclusion: register (the application waits for the public
 * notice), not register (with reasons, told to the applicant), or re-assess (back to the assessment stage named).
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
  await enforceGuards(guardsOf('recordRegistrationDecision', application.stage), guardInputFor(ctx, application));
  // Seed 000: registering needs the minimum assessments and no failed written exam; the other conclusions do not.
  if (input.conclusion === ComprehensiveReviewConclusion.REGISTER) await enforceGuards(REGISTER_GUARDS, guardInputFor(ctx, application));
  const now = ctx.clock();
  const decidedBy = ctx.em.getReference(Account, ctx.principal!.accountId);
  const round = application.comprehensiveReviewRound;
  const record = () => ctx.em.create(ComprehensiveReview, {
    society: application.society, application, round, conclusion: input.conclusion, reasons, reassessStage: step ? input.reassessStage! : undefined, decidedBy, decidedAt: now,
  });
  switch (input.conclusion) {
    case ComprehensiveReviewConclusion.REGISTER:
      record();
      ctx.em.create(ApplicationEvent, {
        society: application.society, application, actor: decidedBy, action: 'decideRegister', fromStage: application.stage, toStage: application.stage, reason: reasons,
        details: { comprehensiveReviewRound: round }, at: now,
      });
      application.updatedAt = now;
      await flushWithVersionCheck(ctx);
      return application;
    case ComprehensiveReviewConclusion.NOT_REGISTER:
    case ComprehensiveReviewConclusion.REASSESS: {
      // The step first: its guards read this round as still undecided; the decision is recorded with it, in one transaction.
      const moved = await decide(ctx, { applicationId: application.id, action: step ?? 'decideNotRegistered', expectedVersion: input.expectedVersion, reason: reasons });
      record();
      await ctx.em.flush();
      return moved;
    }
  }
}
