import type { EntityManager } from '@mikro-orm/postgresql';
import { pluginByCode, pluginForField } from '../../categories/registry';
import { EngineeringField, Grade, type Application } from '../../entities';
import { ApplicationStage, AssessmentMethod, AssignmentKind } from '../../entities/enums';
import type { ScoredAssessment, ScoreSheetDefinition } from './score-sheet';

/** One scored assessment of a grade's route: where it is scored, on which sheets, and whether its result decides the pass. */
export interface ScoringStep {
  assessment: ScoredAssessment;
  sheets: readonly ScoreSheetDefinition[];
  decidesPass: boolean;
}

/** How one application is scored: its category and its scored assessments, in the route's order. */
export interface ScoringRoute {
  categoryCode: string;
  steps: readonly ScoringStep[];
}

/**
 * Where each scored assessment is scored (seed 003 8.3): the method of the route, the stage it runs in, the assignment
 * its examiners hold, and the round a sheet belongs to (a supplement starts a new material-review round; a re-assessed
 * interview a new comprehensive-review round).
 */
export const SCORING_STEPS: Record<ScoredAssessment, { method: AssessmentMethod; stage: ApplicationStage; assignment: AssignmentKind; round: (application: Application) => number }> = {
  MATERIALS: { method: AssessmentMethod.MATERIAL_REVIEW, stage: ApplicationStage.MATERIAL_REVIEW, assignment: AssignmentKind.MATERIAL_REVIEW, round: (application) => application.reviewRound },
  INTERVIEW: { method: AssessmentMethod.INTERVIEW, stage: ApplicationStage.INTERVIEW, assignment: AssignmentKind.INTERVIEW, round: (application) => application.comprehensiveReviewRound },
};

/** A category's score sheets by its code (empty: it has none). */
export function scoreSheetsOfCategory(categoryCode: string): readonly ScoreSheetDefinition[] {
  return pluginByCode(categoryCode)?.scoreSheets ?? [];
}

/**
 * How applicants of a field and grade are scored (the category plug-in's route names the kinds each assessment scores;
 * each kind is the plug-in's sheet of that kind for the grade), or null when no assessment of the grade is scored.
 */
export function scoringRouteFor(fieldCode: string, gradeCode: string): ScoringRoute | null {
  const plugin = pluginForField(fieldCode);
  const route = plugin.routes[gradeCode];
  const sheetOf = (kind: string) => {
    const sheet = (plugin.scoreSheets ?? []).find((candidate) => candidate.kind === kind && (!candidate.grades || candidate.grades.includes(gradeCode)));
    if (!sheet) throw new Error(`the ${plugin.code} category has no ${kind} score sheet for grade ${gradeCode}`);
    return sheet;
  };
  const steps = (route?.assessments ?? []).flatMap((assessment): ScoringStep[] => {
    const scored = (Object.keys(SCORING_STEPS) as ScoredAssessment[]).find((name) => SCORING_STEPS[name].method === assessment.method);
    return scored && assessment.scoreSheets.length > 0 ? [{ assessment: scored, sheets: assessment.scoreSheets.map(sheetOf), decidesPass: assessment.decidesPass }] : [];
  });
  return steps.length > 0 ? { categoryCode: plugin.code, steps } : null;
}

/** How an application is scored, or null when no assessment of its grade is scored. */
export async function scoringRouteOf(em: EntityManager, application: Application): Promise<ScoringRoute | null> {
  const [grade, field] = await Promise.all([em.findOneOrFail(Grade, { id: application.grade.id }), em.findOneOrFail(EngineeringField, { id: application.field.id })]);
  return scoringRouteFor(field.code, grade.code);
}

/** The assignment whose examiners score an application's current stage on score sheets, or null when that stage is not scored. */
export function scoringAssignmentOf(route: ScoringRoute | null, stage: ApplicationStage): AssignmentKind | null {
  const step = route?.steps.find((candidate) => SCORING_STEPS[candidate.assessment].stage === stage);
  return step ? SCORING_STEPS[step.assessment].assignment : null;
}
