import type { EntityManager } from '@mikro-orm/postgresql';
import { EngineeringField, Grade, type Application } from '../../entities';
import { AUTOMOTIVE_SCORING } from '../../categories/automotive/score-sheets';
import type { CategoryScoreSheets, ScoredAssessment, ScoreSheetDefinition } from './score-sheet';

/** How one application is scored: its category, the assessment its examiners score in, and the sheets they fill in. */
export interface ScoringRoute {
  categoryCode: string;
  scoredIn: ScoredAssessment;
  sheets: readonly ScoreSheetDefinition[];
}

/** The categories with score sheets, by the field they serve (until the plug-in registry carries the slot). */
const SCORED_CATEGORIES: ReadonlyArray<{ categoryCode: string; fieldCodes: readonly string[]; scoring: CategoryScoreSheets }> = [
  { categoryCode: 'automotive', fieldCodes: ['AUTOMOTIVE'], scoring: AUTOMOTIVE_SCORING },
];

/** A category's score sheets by its code (null: it has none). */
export function scoringOfCategory(categoryCode: string): CategoryScoreSheets | null {
  return SCORED_CATEGORIES.find((category) => category.categoryCode === categoryCode)?.scoring ?? null;
}

/** The codes of the categories that have score sheets. */
export function scoredCategoryCodes(): string[] {
  return SCORED_CATEGORIES.map((category) => category.categoryCode);
}

/** How an application is scored, or null when its grade is not scored. */
export async function scoringRouteOf(em: EntityManager, application: Application): Promise<ScoringRoute | null> {
  const [grade, field] = await Promise.all([em.findOneOrFail(Grade, { id: application.grade.id }), em.findOneOrFail(EngineeringField, { id: application.field.id })]);
  const category = SCORED_CATEGORIES.find((candidate) => candidate.fieldCodes.includes(field.code));
  const scoredIn = category?.scoring.scoredIn(grade.code) ?? null;
  if (!category || !scoredIn) return null;
  return { categoryCode: category.categoryCode, scoredIn, sheets: category.scoring.sheetsFor(grade.code) };
}
