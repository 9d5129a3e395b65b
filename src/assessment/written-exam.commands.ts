import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Account, WrittenExamScore, WrittenExamSitting, type Application } from '../entities';
import { AssignmentKind } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkDate, checkText } from '../dossier/input-checks';
import { checkVersion, loadApplicationFor } from '../policies/load-application';
import { paperJudgeViolations } from '../workflow/composition-rules';
import { flushWithVersionCheck } from '../persistence/flush-with-version-check';
import { latestSitting } from './latest-sitting';
import { activeAssignments, assessedApplication, loadExaminers, ownStandingAssignment, recordAssignments, refuseViolations, toCandidate } from './load-candidates';
import { isUuid } from '../common/is-uuid';

/** Staff assign the judges of the applicant's paper: ≥ 2 examiners of the field, none recused. */
export async function assignPaperJudgesCommand(ctx: CommandContext, input: { applicationId: string; expectedVersion: number; examinerIds: string[] }): Promise<Application> {
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'assignPaperJudges');
  checkVersion(application, input.expectedVersion);
  const standing = await activeAssignments(ctx.em, application, AssignmentKind.PAPER_JUDGE);
  const newcomers = await loadExaminers(ctx.em, application, input.examinerIds, 'examinerIds');
  const violations = paperJudgeViolations([...standing.map((a) => toCandidate(a.examiner)), ...newcomers.map(toCandidate)], await assessedApplication(ctx.em, application));
  refuseViolations(violations);
  recordAssignments(ctx, application, newcomers, AssignmentKind.PAPER_JUDGE, 'assignPaperJudges');
  await flushWithVersionCheck(ctx);
  return application;
}

/** Staff record a sitting: when (China date), where, and which paper the applicant wrote. */
export async function recordWrittenExamSittingCommand(
  ctx: CommandContext,
  input: { applicationId: string; heldOn: string; venue: string; paper: string },
): Promise<WrittenExamSitting> {
  const heldOn = checkDate(input.heldOn, 'input.heldOn');
  const venue = checkText(input.venue, 'input.venue', 200, true)!;
  const paper = checkText(input.paper, 'input.paper', 200, true)!;
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'recordWrittenExamSitting');
  const number = ((await latestSitting(ctx.em, application))?.number ?? 0) + 1;
  const sitting = ctx.em.create(WrittenExamSitting, {
    society: application.society, application, number, heldOn, venue, paper, recordedBy: ctx.em.getReference(Account, ctx.principal!.accountId), recordedAt: ctx.clock(),
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    // Two sittings recorded at once would share a number: the unique pair decides, the second reloads and retries.
    if (error instanceof UniqueConstraintViolationException) throw new AppError('STALE_VERSION', { field: 'applicationId' });
    throw error;
  }
  return sitting;
}

/** A judge marks the paper of the latest sitting, once (0–100). */
export async function scorePaperCommand(ctx: CommandContext, input: { sittingId: string; score: number; remarks?: string | null }): Promise<WrittenExamScore> {
  if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.score', params: { detail: 'a whole number from 0 to 100', detailZh: '须为 0–100 的整数' } });
  }
  const remarks = checkText(input.remarks, 'input.remarks', 2000);
  const sitting = isUuid(input.sittingId) ? await ctx.em.findOne(WrittenExamSitting, { id: input.sittingId }) : null;
  if (!sitting) throw new AppError('NOT_FOUND', { field: 'input.sittingId' });
  const { application } = await loadApplicationFor(ctx, sitting.application.id, 'scorePaper');
  if ((await latestSitting(ctx.em, application))!.id !== sitting.id) throw new AppError('SITTING_SUPERSEDED', { field: 'input.sittingId' });
  const assignment = await ownStandingAssignment(ctx, application, AssignmentKind.PAPER_JUDGE);
  const already = () => new AppError('ALREADY_EXISTS', { field: 'input.sittingId', params: { what: 'Your mark', whatZh: '您的评分' } });
  if (await ctx.em.count(WrittenExamScore, { assignment, sitting })) throw already();
  const score = ctx.em.create(WrittenExamScore, { society: application.society, application, assignment, sitting, score: input.score, remarks, judgedAt: ctx.clock() });
  try {
    await ctx.em.flush();
  } catch (error) {
    // The same mark sent twice at once: the unique pair decides.
    if (error instanceof UniqueConstraintViolationException) throw already();
    throw error;
  }
  return score;
}
