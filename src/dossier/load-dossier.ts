import type { EntityManager } from '@mikro-orm/postgresql';
import { Achievement, CompetencyClaim, EducationEntry, EngineeringField, Grade, StoredFile, WorkHistoryEntry, type Application } from '../entities';
import type { Dossier } from './dossier';

/**
 * Loads every part of one dossier, one statement per part, ordered as the applicant lists them.
 * Sequential on purpose: the request's transaction has one connection.
 */
export async function loadDossier(em: EntityManager, application: Application): Promise<Dossier> {
  const grade = await em.findOneOrFail(Grade, { id: application.grade.id });
  const field = await em.findOneOrFail(EngineeringField, { id: application.field.id });
  const education = await em.find(EducationEntry, { application }, { orderBy: { fromDate: 'asc', id: 'asc' } });
  const workHistory = await em.find(WorkHistoryEntry, { application }, { orderBy: { fromDate: 'asc', id: 'asc' } });
  const claims = await em.find(CompetencyClaim, { application }, { orderBy: { position: 'asc' } });
  const achievements = await em.find(Achievement, { application }, { orderBy: { position: 'asc' } });
  const files = await em.find(StoredFile, { application }, { orderBy: { createdAt: 'asc' } });
  return { application, grade, fieldCode: field.code, education, workHistory, claims, achievements, files };
}
