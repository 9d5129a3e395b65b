import { Account, CompetencyItem, Interview } from '../entities';
import { InterviewConclusion } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { loadApplicationFor } from '../policies/load-application';
import { enforceGuards } from '../workflow/guards';
import { guardsOf } from '../policies/application.actions';
import { guardInputFor } from './guard-facts';

/** The interview's bounds in minutes (seed 000: 自述 ≤ 10, 提问 ≥ 30, 合议 ≥ 10). */
export const INTERVIEW_MINUTES = { selfStatementMax: 10, questioningMin: 30, deliberationMin: 10 } as const;

/** What the chief records. */
export interface InterviewRecordInput {
  applicationId: string;
  identityChecked: boolean;
  changesSinceSubmission?: string | null;
  selfStatementMinutes: number;
  questioningMinutes: number;
  deliberationMinutes: number;
  questions: Array<{ itemCode: string; question: string }>;
  conclusion: InterviewConclusion;
  advice?: string | null;
  reasons?: string | null;
}

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** The chief records the interview once: a record outside the time bounds is refused with its own code. */
export async function recordInterviewCommand(ctx: CommandContext, input: InterviewRecordInput): Promise<Interview> {
  if (input.identityChecked !== true) throw bad('input.identityChecked', 'the chief checks identity first', '主面试官须先核验身份');
  if (input.selfStatementMinutes > INTERVIEW_MINUTES.selfStatementMax || input.selfStatementMinutes < 0) {
    throw new AppError('INTERVIEW_SELF_STATEMENT_TOO_LONG', { field: 'input.selfStatementMinutes' });
  }
  if (input.questioningMinutes < INTERVIEW_MINUTES.questioningMin) throw new AppError('INTERVIEW_QUESTIONING_TOO_SHORT', { field: 'input.questioningMinutes' });
  if (input.deliberationMinutes < INTERVIEW_MINUTES.deliberationMin) throw new AppError('INTERVIEW_DELIBERATION_TOO_SHORT', { field: 'input.deliberationMinutes' });
  const advice = checkText(input.advice, 'input.advice', 5000);
  const reasons = checkText(input.reasons, 'input.reasons', 5000, input.conclusion === InterviewConclusion.FAIL);
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'recordInterview');
  const known = new Set((await ctx.em.find(CompetencyItem, {})).map((item) => item.code));
  const questions: Record<string, string> = {};
  for (const [index, entry] of input.questions.entries()) {
    const code = entry.itemCode.trim().toUpperCase();
    if (!known.has(code)) throw bad(`input.questions[${index}].itemCode`, 'a competency item A1–E4', '须为素质能力要求 A1–E4');
    questions[code] = checkText(entry.question, `input.questions[${index}].question`, 2000, true)!;
  }
  // Seed 000: the questioning examines whether the applicant meets all 5 areas and 17 items; the record shows each.
  const uncovered = [...known].filter((code) => !(code in questions)).sort();
  if (uncovered.length > 0) throw new AppError('INTERVIEW_ITEMS_UNCOVERED', { field: 'input.questions', params: { items: uncovered.join(', ') } });
  await enforceGuards(guardsOf('recordInterview', application.stage), guardInputFor(ctx, application));
  // The guard has just found it: the latest interview, not recorded yet.
  const [interview] = await ctx.em.find(Interview, { application }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 });
  Object.assign(interview, {
    identityChecked: true,
    changesSinceSubmission: checkText(input.changesSinceSubmission, 'input.changesSinceSubmission', 2000),
    selfStatementMinutes: input.selfStatementMinutes,
    questioningMinutes: input.questioningMinutes,
    deliberationMinutes: input.deliberationMinutes,
    questions,
    conclusion: input.conclusion,
    advice,
    reasons,
    recordedBy: ctx.em.getReference(Account, ctx.principal!.accountId),
    recordedAt: ctx.clock(),
  });
  await ctx.em.flush();
  return interview;
}
