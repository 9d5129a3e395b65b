import type { ScoreSheetDefinition } from '../../../assessment/scoring/score-sheet';
import { AUTOMOTIVE_GRADES as G } from '../ladder';
import {
  AUTOMOTIVE_COMPETENCY_SHEET_C1, AUTOMOTIVE_COMPETENCY_SHEET_C2, AUTOMOTIVE_COMPETENCY_SHEET_C3, AUTOMOTIVE_COMPETENCY_SHEET_C4, AUTOMOTIVE_COMPETENCY_SHEET_C5,
} from './competency-sheets';
import { AUTOMOTIVE_QUANTITATIVE_SHEET } from './quantitative-sheet';

export { AUTOMOTIVE_QUANTITATIVE_SHEET } from './quantitative-sheet';
export * from './competency-sheets';

/**
 * Every automotive score sheet, as the plug-in's `scoreSheets` slot holds them: Appendix B for every scored grade, and
 * each competency table for its own grade (C.1 intern … C.5 principal). Which assessment scores which kinds is the
 * grade's route (routes.ts, seed 003 clause 8).
 */
export const AUTOMOTIVE_SCORE_SHEETS: readonly ScoreSheetDefinition[] = [
  AUTOMOTIVE_QUANTITATIVE_SHEET,
  { ...AUTOMOTIVE_COMPETENCY_SHEET_C1, grades: [G.INTERN] },
  { ...AUTOMOTIVE_COMPETENCY_SHEET_C2, grades: [G.ASSISTANT] },
  { ...AUTOMOTIVE_COMPETENCY_SHEET_C3, grades: [G.ENGINEER] },
  { ...AUTOMOTIVE_COMPETENCY_SHEET_C4, grades: [G.SENIOR] },
  { ...AUTOMOTIVE_COMPETENCY_SHEET_C5, grades: [G.PRINCIPAL] },
];
