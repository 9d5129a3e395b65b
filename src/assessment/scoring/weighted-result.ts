import type { ScoreSheetKind } from './score-sheet';

/** A society's configuration of a category's scored result: the weights of the two sheets and the pass mark. */
export interface ScoringWeights {
  /** Percent weight of the quantitative sheet (Appendix B); with the competency weight it makes 100. */
  quantitativeWeight: number;
  competencyWeight: number;
  /** The weighted score at or above which the applicant passes. */
  passMark: number;
}

/** One examiner's total on one sheet of the current round. */
export interface SheetTotal {
  examinerId: string;
  kind: ScoreSheetKind;
  total: number;
}

/** The weighted result across examiners. */
export interface WeightedResult {
  /** Examiners who submitted both sheets (only they count). */
  examiners: number;
  quantitativeAverage: number;
  competencyAverage: number;
  score: number;
  passed: boolean;
}

/** Rounds to two decimals (the result is shown, compared with the pass mark, and stored as shown). */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The result of seed 003 8.3.2/8.3.3 "综合量化评分表和素质能力评分表的权重进行加权平均": each sheet's totals averaged
 * across the examiners who submitted both, then weighted. Null while no examiner has submitted both sheets.
 */
export function weightedResult(totals: readonly SheetTotal[], weights: ScoringWeights): WeightedResult | null {
  const byExaminer = new Map<string, Partial<Record<ScoreSheetKind, number>>>();
  for (const row of totals) byExaminer.set(row.examinerId, { ...byExaminer.get(row.examinerId), [row.kind]: row.total });
  const complete = [...byExaminer.values()].filter((sheets): sheets is Record<ScoreSheetKind, number> => sheets.QUANTITATIVE !== undefined && sheets.COMPETENCY !== undefined);
  if (complete.length === 0) return null;
  const average = (kind: ScoreSheetKind) => complete.reduce((total, sheets) => total + sheets[kind], 0) / complete.length;
  const quantitativeAverage = average('QUANTITATIVE');
  const competencyAverage = average('COMPETENCY');
  const weightSum = weights.quantitativeWeight + weights.competencyWeight;
  const score = round2((quantitativeAverage * weights.quantitativeWeight + competencyAverage * weights.competencyWeight) / weightSum);
  return { examiners: complete.length, quantitativeAverage: round2(quantitativeAverage), competencyAverage: round2(competencyAverage), score, passed: score >= weights.passMark };
}
