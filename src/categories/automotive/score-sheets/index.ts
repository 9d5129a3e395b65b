import type { CategoryScoreSheets, ScoreSheetDefinition } from '../../../assessment/scoring/score-sheet';
import { AUTOMOTIVE_COMPETENCY_SHEETS } from './competency-sheets';
import { AUTOMOTIVE_QUANTITATIVE_SHEET } from './quantitative-sheet';

export { AUTOMOTIVE_QUANTITATIVE_SHEET } from './quantitative-sheet';
export * from './competency-sheets';

/** Every automotive score sheet: Appendix B, then C.1–C.5. */
export const AUTOMOTIVE_SCORE_SHEETS: readonly ScoreSheetDefinition[] = [AUTOMOTIVE_QUANTITATIVE_SHEET, ...AUTOMOTIVE_COMPETENCY_SHEETS];

/**
 * The automotive ladder's grade codes, lowest first, each with its competency table (C.1 intern … C.5 principal).
 * Seed 003 clause 8: the intern is assessed on materials alone (not scored); assistant and engineer are scored on the
 * materials; senior and principal at the interview, after the material review (8.3.3: the interview experts score both sheets).
 */
export const AUTOMOTIVE_SCORING_BY_GRADE: Readonly<Record<string, { competencySheet: ScoreSheetDefinition; scoredIn: 'MATERIALS' | 'INTERVIEW' | null }>> = {
  AUTO_INTERN: { competencySheet: AUTOMOTIVE_COMPETENCY_SHEETS[0], scoredIn: null },
  AUTO_ASSISTANT: { competencySheet: AUTOMOTIVE_COMPETENCY_SHEETS[1], scoredIn: 'MATERIALS' },
  AUTO_ENGINEER: { competencySheet: AUTOMOTIVE_COMPETENCY_SHEETS[2], scoredIn: 'MATERIALS' },
  AUTO_SENIOR: { competencySheet: AUTOMOTIVE_COMPETENCY_SHEETS[3], scoredIn: 'INTERVIEW' },
  AUTO_PRINCIPAL: { competencySheet: AUTOMOTIVE_COMPETENCY_SHEETS[4], scoredIn: 'INTERVIEW' },
};

/** The automotive category's score sheets as its plug-in's `scoreSheets` slot reads them. */
export const AUTOMOTIVE_SCORING: CategoryScoreSheets = {
  all: AUTOMOTIVE_SCORE_SHEETS,
  sheetsFor(gradeCode) {
    const grade = AUTOMOTIVE_SCORING_BY_GRADE[gradeCode];
    return grade?.scoredIn ? [AUTOMOTIVE_QUANTITATIVE_SHEET, grade.competencySheet] : [];
  },
  scoredIn(gradeCode) {
    return AUTOMOTIVE_SCORING_BY_GRADE[gradeCode]?.scoredIn ?? null;
  },
};
