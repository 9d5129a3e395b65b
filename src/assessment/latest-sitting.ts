import type { EntityManager } from '@mikro-orm/postgresql';
import { WrittenExamSitting, type Application } from '../entities';

/** The sitting whose paper counts: the one recorded last (highest number). */
export async function latestSitting(em: EntityManager, application: Application): Promise<WrittenExamSitting | null> {
  const [latest] = await em.find(WrittenExamSitting, { application }, { orderBy: { number: 'desc' }, limit: 1 });
  return latest ?? null;
}
