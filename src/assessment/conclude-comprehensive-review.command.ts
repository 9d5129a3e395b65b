import { Account, ComprehensiveReview, type Application } from '../entities';
import { ApplicationStage, ComprehensiveReviewConclusion } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { checkVersion, loadApplicationFor } from '../policies/load-application';
import type { DecisionName } from '../workflow/procedure';
import { decide } from './guard-facts';

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
const REASSESSMENTS: Partial<Record<ApplicationStage, { step: DecisionName }>> = {
  [ApplicationStage.MATERIAL_REVIEW]: { step: 'reassessMaterials' },
  [ApplicationStage.WRITTEN_EXAM]: { step: 'reassessWrittenExam' },
  [ApplicationStage.INTERVIEW]: { step: 'reassessInterview' },
};

/**
 * A member of the review group records its round's conclusion: register (the application waits for the public
 * notice), not register (with reasons, told to the applicant), or re-assess (back to the assessment stage named).
 */
export async function concludeComprehensiveReviewCommand(ctx: CommandContext, input: ComprehensiveReviewInput): Promise<Application> {
  const reasons = checkText(input.reasons, 'input.reasons', 5000, input.conclusion !== ComprehensiveReviewConclusion.REGISTER);
  const reassessment = input.conclusion === ComprehensiveReviewConclusion.REASSESS ? REASSESSMENTS[input.reassessStage ?? ApplicationStage.DRAFT] : undefined;
  const step = reassessment?.step;
  if (input.conclusion === ComprehensiveReviewConclusion.REASSESS && !step) {
    throw new AppError('BAD_USER_INPUT', {
      field: 'input.reassessStage', params: { detail: 'MATERIAL_REVIEW, WRITTEN_EXAM or INTERVIEW', detailZh: '须为 MATERIAL_REVIEW、WRITTEN_EXAM 或 INTERVIEW' },
    });
  }
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'concludeComprehensiveReview');
  checkVersion(application, input.expectedVersion);
  // The round the group concludes: a re-assessment starts the next one.
  const round = application.comprehensiveReviewRound;
  const register = input.conclusion === ComprehensiveReviewConclusion.REGISTER;
  // The decision first: its guards read this round as still undecided (seed 000: registering also needs the minimum
  // assessments and no failed written exam, the register decision's own guards); the conclusion is recorded with
  // it, in one transaction.
  const decided = await decide(ctx, {
    applicationId: application.id, decision: register ? 'decideRegister' : step ?? 'decideNotRegistered', expectedVersion: input.expectedVersion, reason: reasons,
    details: register ? { comprehensiveReviewRound: round } : undefined,
  });
  ctx.em.create(ComprehensiveReview, {
    society: application.society, application, round, conclusion: input.conclusion, reasons, reassessStage: step ? input.reassessStage! : undefined,
    decidedBy: ctx.em.getReference(Account, ctx.principal!.accountId), decidedAt: ctx.clock(),
  });
  await ctx.em.flush();
  return decided;
}
