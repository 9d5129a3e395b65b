import type { EntityManager } from '@mikro-orm/postgresql';
import { EngineeringField, Grade, type Application } from '../../entities';
import { ApplicationStage, AssignmentKind } from '../../entities/enums';
import { AUTOMOTIVE_SCORING } from '../../categories/automotive/score-sheets';
import type { CategoryScoreSheets, ScoredAssessment, ScoreSheetDefinition } from './score-sheet';

/** How one application is scored: its category, the assessment its examiners score in, and the sheets they fill in. */
export interface ScoringRoute {
  categoryCode: string;
  scoredIn: ScoredAssessment;
  sheets: readonly ScoreSheetDefinition[];
}

/**
 * Where each scored assessment is scored (seed 003 8.3): the stage it runs in, the assignment its examiners hold,
 * and the round a sheet belongs to (a supplement starts a new material-review round; a re-assessed interview a new
 * comprehensive-review round).
 */
export const SCORING_STEPS: Record<ScoredAssessment, { stage: ApplicationStage; assignment: AssignmentKind; round: (application: Application) => number }> = {
  MATERIALS: { stage: ApplicationStage.MATERIAL_REVIEW, assignment: AssignmentKind.MATERIAL_REVIEW, round: (application) => application.reviewRound },
  INTERVIEW: { stage: ApplicationStage.INTERVIEW, assignment: AssignmentKind.INTERVIEW, round: (application) => application.comprehensiveReviewRound },
};

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

/** How applicants of a field and grade are scored, or null when the grade is not scored. */
export function scoringRouteFor(fieldCode: string, gradeCode: string): ScoringRoute | null {
  const category = SCORED_CATEGORIES.find((candidate) => candidate.fieldCodes.includes(fieldCode));
  const scoredIn = category?.scoring.scoredIn(gradeCode) ?? null;
  if (!category || !scoredIn) return null;
  return { categoryCode: category.categoryCode, scoredIn, sheets: category.scoring.sheetsFor(gradeCode) };
}

/** How an application is scored, or null when its grade is not scored. */
export async function scoringRouteOf(em: EntityManager, application: Application): Promise<ScoringRoute | null> {
  const [grade, field] = await Promise.all([em.findOneOrFail(Grade, { id: application.grade.id }), em.findOneOrFail(EngineeringField, { id: application.field.id })]);
  return scoringRouteFor(field.code, grade.code);
}
