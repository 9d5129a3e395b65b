import type { EntityManager } from '@mikro-orm/postgresql';
import { JOB_SCHEMA } from './job-definition';

/** Options of one queued run. */
export interface EnqueueOptions {
  /**
   * pg-boss's singleton key: with queue policy `short` at most one waiting run per key (a second enqueue returns
   * null), with `singleton` at most one active run per key, with `stately` one of each. A `standard` queue only stores it.
   */
  singletonKey?: string;
  /** Not before this instant. */
  startAfter?: Date;
}

/**
 * Queues one run of a job in the caller's transaction (the transactional outbox): if the transaction rolls back,
 * the job never existed; once it commits, a worker of any process picks it up. Retries, backoff, expiry and
 * retention come from the job's queue options (src/jobs/registry.ts). Returns the job id, or null when a waiting
 * run with the same singletonKey already exists.
 */
export async function enqueueJob(em: EntityManager, name: string, data: object, options: EnqueueOptions = {}): Promise<string | null> {
  const rows = await em.execute<{ id: string }[]>(
    `insert into ${JOB_SCHEMA}.job (name, data, singleton_key, start_after, retry_limit, retry_delay, retry_backoff, expire_in, keep_until, dead_letter, policy)
     select q.name, ?::jsonb, ?, coalesce(?::timestamptz, now()),
            coalesce(q.retry_limit, 2),
            case when coalesce(q.retry_backoff, false) then greatest(coalesce(q.retry_delay, 0), 1) else coalesce(q.retry_delay, 0) end,
            coalesce(q.retry_backoff, false),
            coalesce(q.expire_seconds * interval '1 second', interval '15 minutes'),
            coalesce(?::timestamptz, now()) + coalesce(q.retention_minutes * interval '1 minute', interval '14 days'),
            q.dead_letter, q.policy
       from ${JOB_SCHEMA}.queue q
      where q.name = ?
     on conflict do nothing
     returning id`,
    [JSON.stringify(data), options.singletonKey ?? null, options.startAfter?.toISOString() ?? null, options.startAfter?.toISOString() ?? null, name],
  );
  if (rows.length > 0) return rows[0].id;
  const queue = await em.execute<{ name: string }[]>(`select name from ${JOB_SCHEMA}.queue where name = ?`, [name]);
  if (queue.length === 0) throw new Error(`no job queue named ${name}: add the job to src/jobs/registry.ts and migrate`);
  return null;
}
