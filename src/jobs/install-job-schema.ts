import PgBoss from 'pg-boss';
import { Client } from 'pg';
import { APP_ROLE } from '../db/app-role';
import { JOB_SCHEMA, type JobDefinition } from './job-definition';

/** pg-boss's internal queue that turns cron ticks into jobs; created here because only the owner may create queues. */
const CRON_QUEUE = '__pgboss__send-it';

/**
 * As the owner, under the migration lock: installs or upgrades pg-boss's schema, creates every job's queue
 * (a queue is a partition table: DDL the application role may not run) and grants the application role the
 * row privileges pg-boss needs at run time. Idempotent: a second run finds everything in place.
 */
export async function installJobSchema(ownerUrl: string, jobs: readonly Pick<JobDefinition, 'name' | 'queue'>[]): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, max: 2, supervise: false, schedule: false, migrate: true, application_name: 'ece-migrate-jobs' });
  boss.on('error', () => undefined); // start() rejects with the same error
  await boss.start();
  try {
    await boss.createQueue(CRON_QUEUE);
    for (const job of jobs) {
      await boss.createQueue(job.name, { name: job.name, ...job.queue });
      // A queue whose options changed in code follows them (retries, backoff, expiry).
      if (job.queue) await boss.updateQueue(job.name, { name: job.name, ...job.queue });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true });
  }
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`grant usage on schema ${JOB_SCHEMA} to ${APP_ROLE}`);
    await client.query(`grant select, insert, update, delete on all tables in schema ${JOB_SCHEMA} to ${APP_ROLE}`);
    await client.query(`grant execute on all functions in schema ${JOB_SCHEMA} to ${APP_ROLE}`);
    // Queues created later by the owner (this function, next release) are partitions the app role must reach too.
    await client.query(`alter default privileges in schema ${JOB_SCHEMA} grant select, insert, update, delete on tables to ${APP_ROLE}`);
  } finally {
    await client.end();
  }
}
