import { cancelLapsedRegistrations, CANCEL_LAPSED_REGISTRATIONS_JOB } from '../registration/cancel-lapsed-registrations.job';
import type { JobDefinition } from './job-definition';

/**
 * Cancelling (注销) registrations whose re-registration window closed 12 months after expiry (seed 000), daily at
 * 00:30 Beijing time. One statement per run, safe when two processes run it at once: each registration is cancelled
 * and recorded once (app_cancel_lapsed_registrations).
 */
export const CANCEL_LAPSED_REGISTRATIONS: JobDefinition = {
  name: CANCEL_LAPSED_REGISTRATIONS_JOB,
  cron: '30 0 * * *',
  queue: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 },
  async run(ctx) {
    const cancelled = await cancelLapsedRegistrations(ctx.orm.em, ctx.clock());
    return { cancelled: cancelled.length, registrationNumbers: cancelled.map((row) => row.registrationNumber) };
  },
};
