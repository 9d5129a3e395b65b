import { Interview } from '../entities';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { loadApplicationFor } from '../policies/load-application';
import { enforceGuards } from '../workflow/guards';
import { guardsOf } from '../policies/application.actions';
import { guardInputFor } from './guard-facts';

/** The applicant's ratings (1–5) of the interview and its interviewers. */
export interface QuestionnaireInput {
  applicationId: string;
  overall: number;
  fairness: number;
  professionalism: number;
  comments?: string | null;
}

/** The applicant answers the questionnaire about a recorded interview, once. */
export async function answerInterviewQuestionnaireCommand(ctx: CommandContext, input: QuestionnaireInput): Promise<Interview> {
  for (const key of ['overall', 'fairness', 'professionalism'] as const) {
    if (!Number.isInteger(input[key]) || input[key] < 1 || input[key] > 5) {
      throw new AppError('BAD_USER_INPUT', { field: `input.${key}`, params: { detail: 'a rating from 1 to 5', detailZh: '评分须为 1–5' } });
    }
  }
  const comments = checkText(input.comments, 'input.comments', 2000);
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'answerInterviewQuestionnaire');
  await enforceGuards(guardsOf('answerInterviewQuestionnaire', application.stage), guardInputFor(ctx, application));
  const [interview] = await ctx.em.find(Interview, { application, recordedAt: { $ne: null } }, { orderBy: { recordedAt: 'desc' }, limit: 1 });
  interview.questionnaire = { overall: input.overall, fairness: input.fairness, professionalism: input.professionalism, ...(comments ? { comments } : {}) };
  interview.questionnaireSubmittedAt = ctx.clock();
  await ctx.em.flush();
  return interview;
}
