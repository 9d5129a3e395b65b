import type { EntityManager } from '@mikro-orm/postgresql';
import { Application, Assignment, ExaminerScoreSheet, ScoringSetting } from '../../entities';
import type { ScoredAssessment, ScoreSheetKind } from './score-sheet';
import { SCORING_STEPS, scoringRouteFor, type ScoringStep } from './scoring-route';
import { weightedResult, type ScoringWeights, type WeightedResult } from './weighted-result';

/** The scored result of an application's current round, with the society's configuration it was computed under. */
export interface ScoredResult {
  categoryCode: string;
  /** The assessment whose weighted result decides the pass (the route's; the last scored one otherwise). */
  assessment: ScoredAssessment;
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

/** One application's result from its rows (only examiners still standing on the assessment count). */
function resultOf(categoryCode: string, scoring: ScoringStep, round: number, assignments: Assignment[], sheets: ExaminerScoreSheet[], setting: ScoringSetting | undefined): ScoredResult {
  const standing = new Set(assignments.map((assignment) => assignment.examiner.id));
  const counted = sheets.filter((sheet) => sheet.assessment === scoring.assessment && sheet.round === round && standing.has(sheet.examiner.id));
  const required = scoring.sheets.map((sheet) => sheet.code);
  const complete = [...standing].filter((examiner) => required.every((code) => counted.some((sheet) => sheet.examiner.id === examiner && sheet.sheetCode === code)));
  const weights = setting ? { quantitativeWeight: setting.quantitativeWeight, competencyWeight: setting.competencyWeight, passMark: setting.passMark } : null;
  const totals = counted.map((sheet) => ({ examinerId: sheet.examiner.id, kind: sheet.sheetKind as ScoreSheetKind, total: sheet.total }));
  return {
    categoryCode, assessment: scoring.assessment, round, examinersAssigned: standing.size, examinersComplete: complete.length,
    complete: standing.size > 0 && complete.length === standing.size,
    weights, result: weights ? weightedResult(totals, weights) : null,
  };
}

/**
 * The weighted results of the current round of many applications (seed 003 8.3.2/8.3.3) in a fixed number of
 * statements whatever their number; an application whose grade is not scored maps to null.
 */
export async function loadScoredResults(em: EntityManager, applicationIds: readonly string[]): Promise<Map<string, ScoredResult | null>> {
  const applications = await em.find(Application, { id: { $in: [...applicationIds] } }, { populate: ['grade', 'field'] });
  const scored = applications.flatMap((application) => {
    const route = scoringRouteFor(application.field.code, application.grade.code);
    const deciding = route && (route.steps.find((candidate) => candidate.decidesPass) ?? route.steps[route.steps.length - 1]);
    return route && deciding ? [{ application, categoryCode: route.categoryCode, scoring: deciding, step: SCORING_STEPS[deciding.assessment] }] : [];
  });
  const results = new Map<string, ScoredResult | null>(applicationIds.map((id) => [id, null]));
  if (scored.length === 0) return results;
  const ids = scored.map(({ application }) => application.id);
  const [assignments, sheets, settings] = [
    await em.find(Assignment, { application: { $in: ids }, removedAt: null }),
    await em.find(ExaminerScoreSheet, { application: { $in: ids } }),
    await em.find(ScoringSetting, { society: { $in: [...new Set(scored.map(({ application }) => application.society.id))] } }),
  ];
  for (const { application, categoryCode, scoring, step } of scored) {
    const setting = settings.find((row) => row.society.id === application.society.id && row.categoryCode === categoryCode);
    const own = assignments.filter((assignment) => assignment.application.id === application.id && assignment.kind === step.assignment);
    results.set(application.id, resultOf(categoryCode, scoring, step.round(application), own, sheets.filter((sheet) => sheet.application.id === application.id), setting));
  }
  return results;
}

/** The weighted result of one application's current round, or null when its grade is not scored. */
export async function loadScoredResult(em: EntityManager, application: Application): Promise<ScoredResult | null> {
  return (await loadScoredResults(em, [application.id])).get(application.id) ?? null;
}
