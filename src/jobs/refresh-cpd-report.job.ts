import { chinaToday } from '../workflow/working-day-calendar';
import type { JobDefinition } from './job-definition';

/** The queue of the CPD report's refresh. */
export const REFRESH_CPD_REPORT_JOB = 'refresh-cpd-report';

/**
 * Recomputes the CPD compliance summary (report_cpd_year) every 15 minutes: compliance turns on hours, audits, the
 * society's minimum and the calendar year, so no single event keeps it (Migration20261201080000_report_cpd_complaints).
 * One statement in its own transaction; idempotent, and two processes running it at once take turns on an
 * advisory lock, each writing the same figures.
 */
export const REFRESH_CPD_REPORT: JobDefinition = {
  name: REFRESH_CPD_REPORT_JOB,
  cron: '*/15 * * * *',
  queue: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 10 * 60, policy: 'singleton' },
  async run(ctx) {
    const em = ctx.orm.em.fork({ clear: true, useContext: false });
    const rows = await em.transactional((tx) => tx.execute<Array<{ rows: number }>>('select report_refresh_cpd(?::date) as rows', [chinaToday(ctx.clock())]));
    return { rows: Number(rows[0].rows) };
  },
};
