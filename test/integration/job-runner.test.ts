import { Client } from 'pg';
import { ScheduledJobsDocument } from '../generated/operations';
import { staffOf } from '../helpers/dossier';
import { errorOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { GrantRole } from '../../src/entities/enums';
import { JOBS } from '../../src/jobs/registry';

/** pg-boss runs as the application role: the owner installed its schema and queues at migration time. */
describe('job runner', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({}, { jobs: true });
  });
  afterAll(() => app.close());

  it('starts as the application role, which owns nothing in the job schema', async () => {
    expect(app.jobs.started).toBe(true);
    const client = new Client({ connectionString: app.appUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ owned: string }>(`select count(*) as owned from pg_tables where schemaname = 'pgboss' and tableowner = current_user`);
      expect(Number(rows[0].owned)).toBe(0);
      const queues = await client.query<{ name: string }>('select name from pgboss.queue order by name');
      expect(queues.rows.map((row) => row.name)).toEqual(expect.arrayContaining(['__pgboss__send-it', ...JOBS.map((job) => job.name)]));
      // DDL is the owner's: the serving role cannot create a queue's partition.
      await expect(client.query(`create table pgboss.intruder (id int)`)).rejects.toThrow(/permission denied/);
    } finally {
      await client.end();
    }
  });

  it('writes every cron job\'s schedule in Asia/Shanghai', async () => {
    const client = new Client({ connectionString: app.appUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; cron: string; timezone: string }>('select name, cron, timezone from pgboss.schedule order by name');
      const expected = JOBS.filter((job) => job.cron).map((job) => ({ name: job.name, cron: job.cron, timezone: 'Asia/Shanghai' }));
      expect(rows).toEqual(expected.sort((a, b) => a.name.localeCompare(b.name)));
    } finally {
      await client.end();
    }
  });

  it('shows federation admins every job with its schedule, last run and outcome; nobody else', async () => {
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const before = (await app.gql(ScheduledJobsDocument, undefined, { token: admin.token })).data!.scheduledJobs!;
    expect(before.map((job) => job.name)).toEqual(JOBS.map((job) => job.name));
    expect(before.find((job) => job.name === 'lapse-applications')).toMatchObject({ schedule: '5 0 * * *', timeZone: 'Asia/Shanghai', lastRunAt: null, lastOutcome: null });

    const id = await app.jobs.send('lapse-applications');
    const until = Date.now() + 15_000;
    let lapse = before.find((job) => job.name === 'lapse-applications')!;
    while (Date.now() < until && lapse.lastOutcome !== 'COMPLETED') {
      await new Promise((resolve) => setTimeout(resolve, 250));
      lapse = (await app.gql(ScheduledJobsDocument, undefined, { token: admin.token })).data!.scheduledJobs!.find((job) => job.name === 'lapse-applications')!;
    }
    expect(id).toEqual(expect.any(String));
    expect(lapse).toMatchObject({ lastOutcome: 'COMPLETED', lastRunAt: expect.any(String), lastFinishedAt: expect.any(String) });
    expect(JSON.parse(lapse.lastOutput!)).toMatchObject({ lapsed: 0, skipped: 0 });

    const staff = await staffOf(app, 'CSEE');
    const refused = await app.gql(ScheduledJobsDocument, undefined, { token: staff.token, society: 'CSEE' });
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.data?.scheduledJobs ?? null).toBeNull();
    const committee = await loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE });
    expect(errorOf(await app.gql(ScheduledJobsDocument, undefined, { token: committee.token }))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('stops, and a second stop is harmless', async () => {
    await app.jobs.stop(1000);
    expect(app.jobs.started).toBe(false);
    await app.jobs.stop(1000);
  });
});
