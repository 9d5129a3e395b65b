import { AssessmentMethod } from '../../entities/enums';
import type { GradeRoute, RouteAssessment } from '../category-plugin';
import { AUTOMOTIVE_GRADES as G } from './ladder';

/** Kinds of score sheet (the sheets themselves are the plug-in's scoreSheets: Appendix B and C of seed 003). */
export const SCORE_SHEET_KINDS = {
  /** Appendix B 汽车工程类工程能力评价量化评分表 (110 points). */
  QUANTITATIVE: 'QUANTITATIVE',
  /** Appendix C 汽车工程师素质能力评分表 of the grade (100 points). */
  COMPETENCY: 'COMPETENCY',
} as const;
const { QUANTITATIVE, COMPETENCY } = SCORE_SHEET_KINDS;

const step = (method: AssessmentMethod, scoreSheets: readonly string[], decidesPass: boolean): RouteAssessment => ({ method, required: true, scoreSheets, decidesPass });

/** §8.2.2, §8.3.2: materials, scored on both sheets; their weighted average decides the pass. */
const SCORED_MATERIALS: GradeRoute = {
  assessments: [step(AssessmentMethod.MATERIAL_REVIEW, [QUANTITATIVE, COMPETENCY], true)],
  materialsMayConclude: true,
  registeredBy: 'SOCIETY',
  lowerGradeSuggestible: true,
};

/**
 * §8.2.3, §8.3.3: material reviewers score the quantitative sheet and advise on the interview; the interview experts
 * score both sheets and their weighted average decides the pass.
 */
const MATERIALS_THEN_INTERVIEW: GradeRoute = {
  assessments: [step(AssessmentMethod.MATERIAL_REVIEW, [QUANTITATIVE], false), step(AssessmentMethod.INTERVIEW, [QUANTITATIVE, COMPETENCY], true)],
  materialsMayConclude: false,
  registeredBy: 'SOCIETY',
  lowerGradeSuggestible: true,
};

/**
 * Seed 003 §8: the society's expert committees assess, the society (its review committee, the procedure's
 * comprehensive review) approves, publishes for at least 5 working days and issues the certificate itself: no grade
 * goes to the federation's review (§9: federation membership is a voluntary later step).
 */
export const AUTOMOTIVE_ROUTES: Readonly<Record<string, GradeRoute>> = {
  // §8.2.1, §8.3.1: materials only; the reviewers decide whether the intern passes.
  [G.INTERN]: { assessments: [step(AssessmentMethod.MATERIAL_REVIEW, [], true)], materialsMayConclude: true, registeredBy: 'SOCIETY', lowerGradeSuggestible: false },
  [G.ASSISTANT]: SCORED_MATERIALS,
  [G.ENGINEER]: SCORED_MATERIALS,
  [G.SENIOR]: MATERIALS_THEN_INTERVIEW,
  [G.PRINCIPAL]: MATERIALS_THEN_INTERVIEW,
};
