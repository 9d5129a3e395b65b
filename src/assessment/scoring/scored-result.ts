import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment, ExaminerScoreSheet, ScoringSetting, type Application } from '../../entities';
import type { ScoreSheetKind } from './score-sheet';
import { SCORING_STEPS } from './submit-score-sheet.command';
import { scoringRouteOf } from './scoring-route';
import { weightedResult, type ScoringWeights, type WeightedResult } from './weighted-result';

/** The scored result of an application's current round, with the society's configuration it was computed under. */
export interface ScoredResult {
  categoryCode: string;
  round: number;
  /** Examiners standing on the scored assessment, and how many of them have submitted every sheet. */
  examinersAssigned: number;
  examinersComplete: number;
  /** Every standing examiner has submitted every sheet. */
  complete: boolean;
  /** The society's weights and pass mark (null until its staff set them). */
  weights: ScoringWeights | null;
  result: WeightedResult | null;
}

/**
 * The weighted result of the current round (seed 003 8.3.2/8.3.3), or null when the grade is not scored. Only
 * examiners still standing on the assessment count; the result needs the society's weights.
 */
export async function loadScoredResult(em: EntityManager, application: Application): Promise<ScoredResult | null> {
  const route = await scoringRouteOf(em, application);
  if (!route) return null;
  const step = SCORING_STEPS[route.scoredIn];
  const round = step.round(application);
  const [assignments, sheets, setting] = await Promise.all([
    em.find(Assignment, { application, kind: step.assignment, removedAt: null }),
    em.find(ExaminerScoreSheet, { application, round }),
    em.findOne(ScoringSetting, { society: application.society, categoryCode: route.categoryCode }),
  ]);
  const standing = new Set(assignments.map((assignment) => assignment.examiner.id));
  const counted = sheets.filter((sheet) => standing.has(sheet.examiner.id));
  const required = route.sheets.map((sheet) => sheet.code);
  const complete = [...standing].filter((examiner) => required.every((code) => counted.some((sheet) => sheet.examiner.id === examiner && sheet.sheetCode === code)));
  const weights = setting ? { quantitativeWeight: setting.quantitativeWeight, competencyWeight: setting.competencyWeight, passMark: setting.passMark } : null;
  const totals = counted.map((sheet) => ({ examinerId: sheet.examiner.id, kind: sheet.sheetKind as ScoreSheetKind, total: sheet.total }));
  return {
    categoryCode: route.categoryCode, round, examinersAssigned: standing.size, examinersComplete: complete.length,
    complete: standing.size > 0 && complete.length === standing.size,
    weights, result: weights ? weightedResult(totals, weights) : null,
  };
}
