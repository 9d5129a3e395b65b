import type { EntityManager } from '@mikro-orm/postgresql';
import { loadGradeRoute } from '../categories/application-route';
import { ApplicationEvent, Interview, MaterialReview, type Application } from '../entities';
import { AssessmentMethod } from '../entities/enums';

/** The history action of the simplified path; its items name the assessments it skipped. */
export const SIMPLIFIED_PATH_ACTION = 'simplifiedToComprehensiveReview';

/** The assessments on record for the application: a submitted material review, a recorded interview. */
async function assessmentsTaken(em: EntityManager, application: Application): Promise<Set<AssessmentMethod>> {
  const taken = new Set<AssessmentMethod>();
  if ((await em.count(MaterialReview, { application })) > 0) taken.add(AssessmentMethod.MATERIAL_REVIEW);
  if ((await em.count(Interview, { application, recordedAt: { $ne: null } })) > 0) taken.add(AssessmentMethod.INTERVIEW);
  return taken;
}

/** What the simplified path recorded as skipped (its history entry's items), none when it was not taken. */
export async function skippedAssessments(em: EntityManager, application: Application): Promise<Set<string>> {
  const [taken] = await em.find(ApplicationEvent, { application, action: SIMPLIFIED_PATH_ACTION }, { orderBy: { at: 'desc' }, limit: 1 });
  const items = taken?.details?.items;
  return new Set(Array.isArray(items) ? items.map(String) : []);
}

/** The grade's required assessments (its route, the category plug-in's data) neither on record nor skipped by the simplified path. */
export async function missingMinimumAssessments(em: EntityManager, application: Application): Promise<AssessmentMethod[]> {
  const { route } = await loadGradeRoute(em, application);
  const minimum = route.assessments.filter((step) => step.required).map((step) => step.method);
  if (minimum.length === 0) return [];
  const [taken, skipped] = [await assessmentsTaken(em, application), await skippedAssessments(em, application)];
  return minimum.filter((method) => !taken.has(method) && !skipped.has(method));
}
