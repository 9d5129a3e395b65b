import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Assignment, ExaminerScoreSheet } from '../../entities';
import { AppError } from '../../errors/app-error';
import { examinerGrantIds } from '../../auth/principal';
import { loadApplicationFor } from '../../policies/load-application';
import { guardsOf } from '../../policies/application.actions';
import { enforceGuards } from '../../workflow/guards';
import { guardInputFor } from '../guard-facts';
import type { CommandContext } from '../../workflow/command-context';
import type { ScoreEntryInput } from './score-sheet';
import { scoreSheet } from './score-sheet-engine';
import { SCORING_STEPS, scoringRouteOf } from './scoring-route';

/** More entries than any sheet has items (awards repeat, a few times): a typing or a flooding error. */
const MAX_ENTRIES = 200;

/** An examiner's filled-in sheet as sent. */
export interface ScoreSheetInput {
  applicationId: string;
  sheetCode: string;
  items: ScoreEntryInput[];
}


/**
 * An examiner on the case scores one sheet of the current round: the grade's route must score this stage's assessment,
 * the examiner must stand on it, the sheet must be one it scores; the engine checks every entry (all problems at once);
 * the database keeps one sheet per application, examiner, sheet, assessment and round.
 */
export async function submitScoreSheetCommand(ctx: CommandContext, input: ScoreSheetInput): Promise<ExaminerScoreSheet> {
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'submitScoreSheet');
  // The row's guard (what viewerCan asks too): the stage is scored and the viewer stands on its assessment.
  await enforceGuards(guardsOf('submitScoreSheet', application.stage), guardInputFor(ctx, application));
  const route = await scoringRouteOf(ctx.em, application);
  if (!route) throw new AppError('GRADE_NOT_SCORED', { field: 'input.applicationId' });
  const scored = route.steps.find((candidate) => SCORING_STEPS[candidate.assessment].stage === application.stage);
  if (!scored) {
    throw new AppError('INVALID_TRANSITION', { field: 'input.applicationId', params: { action: 'submitScoreSheet', stage: application.stage } });
  }
  const step = SCORING_STEPS[scored.assessment];
  const assignment = await ctx.em.findOne(Assignment, { application, examiner: { $in: examinerGrantIds(ctx.principal) }, kind: step.assignment, removedAt: null }, { populate: ['examiner'] });
  if (!assignment) throw new AppError('FORBIDDEN', { field: 'input.applicationId' });
  const sheet = scored.sheets.find((candidate) => candidate.code === input.sheetCode);
  if (!sheet) {
    const codes = scored.sheets.map((candidate) => candidate.code).join(', ');
    throw new AppError('BAD_USER_INPUT', { field: 'input.sheetCode', params: { detail: `this assessment is scored on ${codes}`, detailZh: `本环节使用的评分表为 ${codes}` } });
  }
  if (input.items.length > MAX_ENTRIES) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.items', params: { detail: `at most ${MAX_ENTRIES} entries`, detailZh: `至多 ${MAX_ENTRIES} 条` } });
  }
  const outcome = scoreSheet(sheet, input.items);
  if (!outcome.ok) {
    const [first] = outcome.issues;
    throw new AppError('SCORE_SHEET_INVALID', { field: first.field, params: { detail: first.messageEn, detailZh: first.messageZh }, issues: outcome.issues });
  }
  const row = ctx.em.create(ExaminerScoreSheet, {
    society: application.society, application, assignment, examiner: assignment.examiner, assessment: scored.assessment, sheetCode: sheet.code, sheetKind: sheet.kind,
    round: step.round(application), entries: input.items.map(({ item, option, points, count }) => ({ item, option: option ?? null, points: points ?? null, count: count ?? null })),
    itemScores: outcome.score.items, total: outcome.score.total, submittedAt: ctx.clock(),
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    // A second sheet by the same examiner (even at the same moment): the unique constraint decides.
    if (error instanceof UniqueConstraintViolationException) {
      throw new AppError('ALREADY_EXISTS', { field: 'input.sheetCode', params: { what: `Your ${sheet.code} sheet of this round`, whatZh: `您本轮的 ${sheet.code} 评分表` } });
    }
    throw error;
  }
  return row;
}
