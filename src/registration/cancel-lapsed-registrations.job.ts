import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaToday } from '../workflow/working-day-calendar';

/** One registration the run cancelled. */
export interface LapsedRegistration {
  registrationId: string;
  registrationNumber: string;
}

/** The name to register the scheduled work under (pg-boss queue / schedule name). */
export const CANCEL_LAPSED_REGISTRATIONS_JOB = 'cancel-lapsed-registrations';

/**
 * Cancels (注销) every registration whose re-registration window closed (12 months after its expiry, China date)
 * without a request pending, each with one history entry by the platform's system account, in one statement on
 * its own transaction. Idempotent and safe when several processes run it at once: a registration is cancelled
 * once and recorded once (app_cancel_lapsed_registrations, migration 20261130062000). Meant to be scheduled
 * daily; `now` is the run's clock.
 */
export async function cancelLapsedRegistrations(em: EntityManager, now: Date = new Date()): Promise<LapsedRegistration[]> {
  const fork = em.fork();
  return fork.transactional(async (tx) => {
    const rows = await tx.execute<Array<{ registration_id: string; registration_number: string }>>(
      'select registration_id, registration_number from app_cancel_lapsed_registrations(?::date, ?::timestamptz)',
      [chinaToday(now), now.toISOString()],
    );
    return rows.map((row) => ({ registrationId: row.registration_id, registrationNumber: row.registration_number }));
  });
}
