import { Assignment, WrittenExamScore, type Application } from '../entities';
import { AssignmentKind, GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../http/request-context';
import { checkText } from '../dossier/input-checks';
import { checkVersion, loadApplicationFor } from '../dossier/application-access';
import { paperJudgeViolations } from '../workflow/composition-rules';
import { flushWithVersionCheck } from '../workflow/run-transition';
import { activeAssignments, assessedApplication, loadExaminers, recordAssignments, refuseViolations, toCandidate } from './load-candidates';

/** Staff assign the judges of the applicant's paper: ≥ 2 examiners of the field, none recused. */
export async function assignPaperJudgesCommand(ctx: RequestContext, input: { applicationId: string; expectedVersion: number; examinerIds: string[] }): Promise<Application> {
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

/** A judge marks the applicant's paper once (0–100), with the sitting it was written at. */
export async function scorePaperCommand(ctx: RequestContext, input: { applicationId: string; sitting: string; score: number; remarks?: string | null }): Promise<WrittenExamScore> {
  const sitting = checkText(input.sitting, 'input.sitting', 200, true)!;
  if (!Number.isInteger(input.score) || input.score < 0 || input.score > 100) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.score', params: { detail: 'a whole number from 0 to 100', detailZh: '须为 0–100 的整数' } });
  }
  const remarks = checkText(input.remarks, 'input.remarks', 2000);
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'scorePaper');
  const grantIds = ctx.principal!.grants.filter((grant) => grant.role === GrantRole.EXAMINER).map((grant) => grant.id);
  const assignment = await ctx.em.findOneOrFail(Assignment, { application, examiner: { $in: grantIds }, kind: AssignmentKind.PAPER_JUDGE, removedAt: null });
  if (await ctx.em.count(WrittenExamScore, { assignment })) {
    throw new AppError('ALREADY_EXISTS', { field: 'applicationId', params: { what: 'Your mark', whatZh: '您的评分' } });
  }
  const score = ctx.em.create(WrittenExamScore, { society: application.society, application, assignment, sitting, score: input.score, remarks, judgedAt: ctx.clock() });
  await ctx.em.flush();
  return score;
}
