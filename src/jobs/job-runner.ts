import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from '../observability/logger';
import { JOB_SCHEMA, JOB_TIME_ZONE, type JobContext, type JobDefinition } from './job-definition';

/** The runner's settings (src/config.ts `jobs`). */
export interface JobRunnerSettings {
  /** Connections pg-boss may hold besides the ORM's pool. */
  poolMax: number;
  /** How often an idle worker asks for work. */
  pollingIntervalSeconds: number;
  /** Whether this process keeps the cron schedules and turns their ticks into jobs. */
  schedule: boolean;
}

/** The background work of one API process: pg-boss on the same database, as the application role. */
export interface JobRunner {
  /** Opens pg-boss's pool, writes the schedules (Asia/Shanghai) and starts one worker per job. */
  start(): Promise<void>;
  /** Stops taking work, waits up to `timeoutMs` for runs in progress, closes the pool. Safe to call twice. */
  stop(timeoutMs: number): Promise<void>;
  /** Queues one run of a job now (or later: options.startAfter); retries follow the job's queue options. */
  send(name: string, data?: object, options?: PgBoss.SendOptions): Promise<string | null>;
  /** Runs a job in this process at once, bypassing the queue (tests, operators); same code as a worker's run. */
  runNow(name: string, data?: object): Promise<Record<string, unknown>>;
  readonly started: boolean;
}

/** What the runner needs from the process. */
export interface JobRunnerParts {
  appUrl: string;
  orm: MikroORM;
  logger: Logger;
  clock?: () => Date;
  jobs: readonly JobDefinition<any>[];
  settings: JobRunnerSettings;
}

/** Runs one job with its outcome logged; throws (so pg-boss retries) when the job throws. */
export async function runJob<Data extends object>(definition: JobDefinition<Data>, ctx: JobContext, data: Data): Promise<Record<string, unknown>> {
  const startedAt = Date.now();
  try {
    const outcome = await definition.run(ctx, data);
    ctx.logger.info({ job: definition.name, outcome, ms: Date.now() - startedAt }, `job ${definition.name} done`);
    return outcome;
  } catch (error) {
    ctx.logger.error({ job: definition.name, err: error, ms: Date.now() - startedAt }, `job ${definition.name} failed`);
    throw error;
  }
}

/** Builds the runner; nothing connects until start() (send() and runNow() work without it). */
export function createJobRunner(parts: JobRunnerParts): JobRunner {
  const { settings, logger } = parts;
  const ctx: JobContext = { orm: parts.orm, clock: parts.clock ?? (() => new Date()), logger };
  const byName = new Map(parts.jobs.map((job) => [job.name, job]));
  // migrate: false — the application role may not run DDL; `npm run migrate` (or the dev/test start) installs the schema.
  const boss = new PgBoss({
    connectionString: parts.appUrl, schema: JOB_SCHEMA, max: settings.poolMax, migrate: false,
    schedule: settings.schedule, supervise: true, application_name: 'ece-jobs',
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job runner error'));
  let started = false;
  let stopping: Promise<void> | undefined;

  const definition = (name: string): JobDefinition<any> => {
    const found = byName.get(name);
    if (!found) throw new Error(`no job named ${name} (src/jobs/registry.ts)`);
    return found;
  };

  return {
    get started() {
      return started;
    },
    async start() {
      if (started) return;
      await boss.start();
      started = true;
      if (settings.schedule) {
        const wanted = parts.jobs.filter((job) => job.cron);
        for (const job of wanted) await boss.schedule(job.name, job.cron as string, {}, { tz: JOB_TIME_ZONE });
        // A job removed from the code (or its cron) stops being scheduled; every process agrees on the same list.
        for (const existing of await boss.getSchedules()) {
          if (!wanted.some((job) => job.name === existing.name)) await boss.unschedule(existing.name);
        }
      }
      for (const job of parts.jobs) {
        await boss.work<object>(job.name, { batchSize: job.batchSize ?? 1, pollingIntervalSeconds: settings.pollingIntervalSeconds }, async (batch) => {
          const outputs: Record<string, unknown>[] = [];
          for (const item of batch) outputs.push(await runJob(job, ctx, item.data ?? {}));
          return outputs.length === 1 ? outputs[0] : outputs;
        });
      }
      logger.info({ jobs: parts.jobs.map((job) => job.name), schedule: settings.schedule }, 'job runner started');
    },
    stop(timeoutMs) {
      if (!started) return Promise.resolve();
      stopping ??= boss.stop({ graceful: true, wait: true, close: true, timeout: timeoutMs }).then(() => {
        started = false;
      });
      return stopping;
    },
    send(name, data = {}, options = {}) {
      definition(name);
      return boss.send(name, data, options);
    },
    runNow(name, data = {}) {
      return runJob(definition(name), ctx, data);
    },
  };
}
