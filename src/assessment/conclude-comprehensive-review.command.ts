import { Account, ApplicationEvent, Assignment, ComprehensiveReview, type Application } from '../entities';
import { ApplicationStage, AssignmentKind, ComprehensiveReviewConclusion } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../http/request-context';
import { checkText } from '../dossier/input-checks';
import { checkVersion, loadApplicationFor } from '../dossier/application-access';
import { enforceGuards } from '../workflow/guards';
import { COMMAND_GUARDS, type ApplicationAction, type GuardName } from '../workflow/procedure';
import { flushWithVersionCheck, guardInputFor, runTransition } from '../workflow/run-transition';
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
 * Where a re-assessment may send the application, the step that does it, and the assessors it ends: those of the
 * stage named (a fresh panel or fresh judges; material reviewers stay, their next round starts). The review group
 * stands down with its round (the step's startNextComprehensiveReviewRound effect); a new group decides afterwards.
 */
const REASSESSMENTS: Partial<Record<ApplicationStage, { step: ApplicationAction; ends: AssignmentKind[] }>> = {
  [ApplicationStage.MATERIAL_REVIEW]: { step: 'reassessMaterials', ends: [] },
  [ApplicationStage.WRITTEN_EXAM]: { step: 'reassessWrittenExam', ends: [AssignmentKind.PAPER_JUDGE] },
  [ApplicationStage.INTERVIEW]: { step: 'reassessInterview', ends: [AssignmentKind.INTERVIEW] },
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
  await enforceGuards(COMMAND_GUARDS.recordRegistrationDecision, guardInputFor(ctx, application));
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
      if (reassessment && reassessment.ends.length > 0) {
        endAssignments(await ctx.em.find(Assignment, { application, kind: { $in: reassessment.ends }, removedAt: null }), 'REASSESSMENT', now);
      }
      // The step first: its guards read this round as still undecided; the decision is recorded with it, in one transaction.
      const moved = await runTransition(ctx, { applicationId: application.id, action: step ?? 'decideNotRegistered', expectedVersion: input.expectedVersion, reason: reasons });
      record();
      await ctx.em.flush();
      return moved;
    }
  }
}
