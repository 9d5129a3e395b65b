import type { EntityManager } from '@mikro-orm/postgresql';
import { JOB_SCHEMA, JOB_TIME_ZONE, type JobDefinition } from './job-definition';

/** What the federation sees of one scheduled job: its schedule and its latest run through the queue. */
export interface ScheduledJobView {
  name: string;
  schedule: string | null;
  timeZone: string;
  lastRunAt: Date | null;
  lastFinishedAt: Date | null;
  /** pg-boss state of the latest run, upper case: ACTIVE, COMPLETED, FAILED, RETRY, CANCELLED. */
  lastOutcome: string | null;
  /** The run's output as JSON text: the job's summary, or the error of a failed run. */
  lastOutput: string | null;
}

/**
 * The jobs with their latest started run, in one statement over pg-boss's live and archived rows (a run made with
 * runNow, outside the queue, is not a run here: it is a direct call and is only logged).
 */
export async function scheduledJobViews(em: EntityManager, jobs: readonly Pick<JobDefinition, 'name' | 'cron'>[]): Promise<ScheduledJobView[]> {
  const names = jobs.map((job) => job.name);
  if (names.length === 0) return [];
  const list = names.map(() => '?').join(', ');
  const rows = await em.execute<Array<{ name: string; state: string; started_on: Date | string; completed_on: Date | string | null; output: unknown }>>(
    `select distinct on (name) name, state::text as state, started_on, completed_on, output
       from (select name, state, started_on, completed_on, output from ${JOB_SCHEMA}.job where name in (${list}) and started_on is not null
             union all
             select name, state, started_on, completed_on, output from ${JOB_SCHEMA}.archive where name in (${list}) and started_on is not null) runs
      order by name, started_on desc`,
    [...names, ...names],
  );
  const latest = new Map(rows.map((row) => [row.name, row]));
  return jobs.map((job) => {
    const run = latest.get(job.name);
    return {
      name: job.name, schedule: job.cron ?? null, timeZone: JOB_TIME_ZONE,
      // The raw driver may hand timestamps over as text: GraphQL's DateTime needs a Date.
      lastRunAt: run?.started_on ? new Date(run.started_on) : null, lastFinishedAt: run?.completed_on ? new Date(run.completed_on) : null,
      lastOutcome: run ? run.state.toUpperCase() : null, lastOutput: run?.output == null ? null : JSON.stringify(run.output),
    };
  });
}
