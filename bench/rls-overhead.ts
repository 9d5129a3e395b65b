import 'reflect-metadata';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { appRoleUrl, ensureAppRole } from '../src/db/app-role';
import { migrateAndSeed } from '../src/db/prepare-database';
import { hashPassword } from '../src/auth/password';
import { insertApplications } from './dataset';

/**
 * What the third wall costs the work queue's statements, as the application role with a staff member's settings:
 * the page and its education, work history and files, timed (median of EXPLAIN ANALYZE execution times) with the
 * federation flag as it is (a SECURITY DEFINER grant check, asked once per statement) and with the old flag (a bare
 * setting). Usage: DATABASE_URL=postgres://… npx ts-node --transpile-only bench/rls-overhead.ts
 */
const PER_SOCIETY = Number(process.env.BENCH_PER_SOCIETY ?? 3000);
const RUNS = 15;

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('set DATABASE_URL (owner of a PostgreSQL server)');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const database = `ece_rls_overhead_${process.pid}`;
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
    const staff = (await owner.query(
      `with a as (insert into account (id, email, password_hash, display_name, created_at) values (gen_random_uuid(), 'rls-staff@example.test', $1, '压测', now()) returning id)
       insert into role_grant (id, account_id, role, society_id, created_at) select gen_random_uuid(), a.id, 'SOCIETY_STAFF', s.id, now() from a, society s where s.code = 'CSEE' returning account_id, society_id`,
      [passwordHash],
    )).rows[0] as { account_id: string; society_id: string };
    await owner.query('analyze');
    const app = new Client({ connectionString: appRoleUrl(ownerUrl.toString(), config.appDbPassword) });
    await app.connect();
    const statements = [
      `select * from application where society_id = any($1::uuid[]) and stage <> 'DRAFT' order by submitted_at desc, id desc limit 100`,
      `select e.* from education_entry e where e.application_id in (select id from application where society_id = any($1::uuid[]) order by submitted_at desc limit 100)`,
      `select w.* from work_history_entry w where w.application_id in (select id from application where society_id = any($1::uuid[]) order by submitted_at desc limit 100)`,
      `select f.id, f.purpose, f.application_id from stored_file f where f.application_id in (select id from application where society_id = any($1::uuid[]) order by submitted_at desc limit 100)`,
    ];
    const timeAll = async (): Promise<number> => {
      const totals: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        await app.query('begin');
        await app.query(`select set_config('app.account_id', $1, true), set_config('app.society_ids', $2, true), set_config('app.federation', 'off', true)`, [staff.account_id, `{${staff.society_id}}`]);
        let total = 0;
        for (const sql of statements) {
          const plan = (await app.query(`explain (analyze, format json) ${sql}`, [[staff.society_id]])).rows[0]['QUERY PLAN'][0];
          total += plan['Execution Time'] + plan['Planning Time'];
        }
        await app.query('rollback');
        totals.push(total);
      }
      return totals.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    };
    const withGrantCheck = await timeAll();
    const current = (await owner.query(`select pg_get_functiondef('app_is_federation()'::regprocedure) as def`)).rows[0].def as string;
    await owner.query(`create or replace function app_is_federation() returns boolean language sql stable security invoker as $$ select current_setting('app.federation')::boolean $$`);
    const bareSetting = await timeAll();
    await owner.query(current);
    console.log(JSON.stringify({ applications: 3 * PER_SOCIETY, statements: statements.length, medianMs: { withGrantCheck, bareSetting }, ratio: withGrantCheck / bareSetting }, null, 2));
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
