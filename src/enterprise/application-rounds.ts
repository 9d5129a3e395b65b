import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationRound } from '../entities';
import { chinaToday } from '../workflow/working-day-calendar';

/** The society's round open on the China date of `now` (the one closing first), if any: recorded on a pre-application. */
export async function openRoundOf(em: EntityManager, societyId: string, now: Date): Promise<ApplicationRound | null> {
  return em.findOne(ApplicationRound, { society: societyId, closesOn: { $gte: chinaToday(now) } }, { orderBy: { closesOn: 'asc', id: 'asc' }, filters: false });
}
