import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { appRoleUrl, ensureAppRole } from '../src/db/app-role';
import { migrateAndSeed } from '../src/db/prepare-database';
import { hashPassword } from '../src/auth/password';
import { insertApplications } from './dataset';

/**
 * What the enterprise's read of history entries (policy application_event_enterprise_read) costs everyone else:
 * a society staff member's history reads (one application's entries, and a page of 100 applications' entries), as
 * the application role, timed (median of EXPLAIN ANALYZE planning + execution) with the policy as migrated, with
 * a once-per-statement enterprise-scope test in front of it (a variant tried), and without the policy.
 * Usage: DATABASE_URL=postgres://… npx ts-node --transpile-only bench/enterprise-history-rls.ts
 */
const PER_SOCIETY = Number(process.env.BENCH_PER_SOCIETY ?? 3000);
const EVENTS_PER_APPLICATION = 6;
const RUNS = 15;

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('set DATABASE_URL (owner of a PostgreSQL server)');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const database = `ece_enterprise_rls_${process.pid}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database "${database}"`);
  const ownerUrl = new URL(server);
  ownerUrl.pathname = `/${database}`;
  try {
    await ensureAppRole(ownerUrl.toString(), config.appDbPassword);
    await migrateAndSeed(ownerUrl.toString());
    const owner = new Client({ connectionString: ownerUrl.toString() });
    await owner.connect();
    const passwordHash = await hashPassword('bench-password-1');
    for (const society of ['CSEE', 'CSAE', 'CES']) await insertApplications(owner, { society, count: PER_SOCIETY, tag: society, passwordHash });
    await owner.query(
      `insert into application_event (id, society_id, application_id, actor_id, action, from_stage, to_stage, at)
       select gen_random_uuid(), a.society_id, a.id, a.applicant_id, 'submit', 'DRAFT', 'SUBMITTED', now() - make_interval(days => g)
       from application a, generate_series(1, $1::int) g`,
      [EVENTS_PER_APPLICATION],
    );
    const staff = (await owner.query(
      `with a as (insert into account (id, email, password_hash, display_name, created_at) values (gen_random_uuid(), 'rls-staff@example.test', $1, '压测', now()) returning id)
       insert into role_grant (id, account_id, role, society_id, created_at) select gen_random_uuid(), a.id, 'SOCIETY_STAFF', s.id, now() from a, society s where s.code = 'CSEE' returning account_id, society_id`,
      [passwordHash],
    )).rows[0] as { account_id: string; society_id: string };
    const one = (await owner.query(`select id from application where society_id = $1 limit 1`, [staff.society_id])).rows[0].id as string;
    await owner.query('analyze');
    const app = new Client({ connectionString: appRoleUrl(ownerUrl.toString(), config.appDbPassword) });
    await app.connect();
    const statements: Array<[string, unknown[]]> = [
      [`select * from application_event where application_id = $1 order by seq`, [one]],
      [`select e.* from application_event e where e.application_id in (select id from application where society_id = any($1::uuid[]) order by submitted_at desc limit 100)`, [[staff.society_id]]],
    ];
    const timeAll = async (): Promise<number[]> => {
      const totals: number[][] = statements.map(() => []);
      for (let run = 0; run < RUNS; run += 1) {
        await app.query('begin');
        await app.query(`select set_config('app.account_id', $1, true), set_config('app.society_ids', $2, true), set_config('app.federation', 'off', true)`, [staff.account_id, `{${staff.society_id}}`]);
        for (const [index, [sql, params]] of statements.entries()) {
          const plan = (await app.query(`explain (analyze, format json) ${sql}`, params)).rows[0]['QUERY PLAN'][0];
          totals[index].push(plan['Execution Time'] + plan['Planning Time']);
        }
        await app.query('rollback');
      }
      return totals.map((times) => Number(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)].toFixed(3)));
    };
    const asMigrated = await timeAll();
    await owner.query(`drop policy application_event_enterprise_read on application_event`);
    await owner.query(`create policy application_event_enterprise_read on application_event for select using ((select cardinality(app_enterprise_ids()) > 0) and exists (
      select 1 from application a where a.id = application_event.application_id and a.recommending_enterprise_id in (select unnest(app_enterprise_ids()))))`);
    const withScopeTest = await timeAll();
    await owner.query(`drop policy application_event_enterprise_read on application_event`);
    const withoutPolicy = await timeAll();
    console.log(JSON.stringify({
      applications: 3 * PER_SOCIETY, events: 3 * PER_SOCIETY * EVENTS_PER_APPLICATION, statements: ['one application', 'a page of 100'],
      medianMs: { asMigrated, withScopeTest, withoutPolicy },
    }, null, 2));
    await app.end();
    await owner.end();
  } finally {
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
