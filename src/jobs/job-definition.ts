import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../observability/logger';

/** Every cron schedule is read in the federation's time zone: "02:30" means 02:30 in Beijing. */
export const JOB_TIME_ZONE = 'Asia/Shanghai';

/** The PostgreSQL schema pg-boss keeps its queues in (same database; installed by the migration step). */
export const JOB_SCHEMA = 'pgboss';

/** What a job sees: the ORM (app role, RLS applies), the time source and the logger. Nothing of HTTP. */
export interface JobContext {
  orm: MikroORM;
  /** Tests pin it; jobs never call `new Date()` themselves. */
  clock: () => Date;
  logger: Logger;
}

/** pg-boss queue settings of one job: retries with backoff, expiry, policy. */
export interface JobQueueOptions {
  /** How often a failed run is retried (0: never). */
  retryLimit?: number;
  /** Seconds before the first retry. */
  retryDelay?: number;
  /** Doubles the delay after each failed attempt. */
  retryBackoff?: boolean;
  /** A run still active after this long counts as failed (and is retried). */
  expireInSeconds?: number;
  /** `singleton`: at most one active run per queue across every process. */
  policy?: 'standard' | 'short' | 'singleton' | 'stately';
}

/**
 * One kind of scheduled or queued work. A module that needs background work adds one of these to JOBS
 * (src/jobs/registry.ts); the migration step creates its queue, every API process works it.
 * `run` must be idempotent: a retried or concurrent run of the same job changes nothing twice.
 */
export interface JobDefinition<Data extends object = Record<string, unknown>> {
  /** Queue name: lower-case words joined by dashes. */
  name: string;
  /** Cron expression in JOB_TIME_ZONE; omitted for work that is only sent (sendJob). */
  cron?: string;
  queue?: JobQueueOptions;
  /** Runs handed to one process at a time (default 1). */
  batchSize?: number;
  /** Does the work; returns a small summary kept as the run's output (counts, ids). */
  run(ctx: JobContext, data: Data): Promise<Record<string, unknown>>;
}
