import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { appRoleUrl, ensureAppRole } from '../src/db/app-role';
import { migrateAndSeed } from '../src/db/prepare-database';
import { hashPassword } from '../src/auth/password';
import { insertApplications } from './dataset';

/** A CSEE staff member's account and society, as the RLS settings name them. */
export interface BenchStaff {
  account_id: string;
  society_id: string;
}

/** What an RLS benchmark works with: the owner's and the application role's connections, and a staff member. */
export interface RlsBenchDatabase {
  owner: Client;
  app: Client;
  staff: BenchStaff;
}

/**
 * Runs `work` on a fresh migrated database (dropped afterwards) holding `perSociety` applications in each of CSEE,
 * CSAE and CES and one CSEE staff member; `prepare` adds rows as the owner before the statistics are taken. The RLS
 * benchmarks time statements as the application role, where the row-level security policies apply.
 */
export async function withRlsBenchDatabase(
  name: string,
  perSociety: number,
  work: (db: RlsBenchDatabase) => Promise<void>,
  prepare: (owner: Client) => Promise<void> = async () => undefined,
): Promise<void> {
  const server = process.env.DATABASE_URL;
  if (!server) throw new Error('set DATABASE_URL (owner of a PostgreSQL server)');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const database = `${name}_${process.pid}`;
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
    for (const society of ['CSEE', 'CSAE', 'CES']) await insertApplications(owner, { society, count: perSociety, tag: society, passwordHash });
    await prepare(owner);
    const staff = (await owner.query(
      `with a as (insert into account (id, email, password_hash, display_name, created_at) values (gen_random_uuid(), 'rls-staff@example.test', $1, '压测', now()) returning id)
       insert into role_grant (id, account_id, role, society_id, created_at) select gen_random_uuid(), a.id, 'SOCIETY_STAFF', s.id, now() from a, society s where s.code = 'CSEE' returning account_id, society_id`,
      [passwordHash],
    )).rows[0] as BenchStaff;
    await owner.query('analyze');
    const app = new Client({ connectionString: appRoleUrl(ownerUrl.toString(), config.appDbPassword) });
    await app.connect();
    try {
      await work({ owner, app, staff });
    } finally {
      await app.end();
      await owner.end();
    }
  } finally {
    await admin.query(`drop database if exists "${database}" with (force)`);
    await admin.end();
  }
}

/** Opens a transaction with the staff member's RLS settings, as a request of theirs does (rolled back by the caller). */
export async function beginAsStaff(app: Client, staff: BenchStaff): Promise<void> {
  await app.query('begin');
  await app.query(`select set_config('app.account_id', $1, true), set_config('app.society_ids', $2, true), set_config('app.federation', 'off', true)`, [staff.account_id, `{${staff.society_id}}`]);
}

/** Planning plus execution time of one statement, in ms, from EXPLAIN ANALYZE. */
export async function explainMs(client: Client, sql: string, params: unknown[]): Promise<number> {
  const plan = (await client.query(`explain (analyze, format json) ${sql}`, params)).rows[0]['QUERY PLAN'][0];
  return plan['Execution Time'] + plan['Planning Time'];
}
