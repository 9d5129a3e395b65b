import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { APP_ROLE, AppRoleError, appRoleUrl, assertServingRole, ensureAppRole } from '../../src/db/app-role';
import { migrateAndSeed, openServingDatabase } from '../../src/db/prepare-database';
import { databaseUrl, onMaintenanceDatabase, TEST_ENV } from '../helpers/test-database';

const serverUrl = () => process.env[TEST_ENV.serverUrl] as string;

async function query<R extends object>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('preparing the database', () => {
  const database = `ece_t_fresh_${randomBytes(6).toString('hex')}`;
  const role = `ece_t_role_${randomBytes(6).toString('hex')}`;
  let ownerUrl: string;

  beforeAll(async () => {
    await onMaintenanceDatabase(serverUrl(), `create database "${database}"`);
    ownerUrl = databaseUrl(serverUrl(), database);
  });

  afterAll(async () => {
    await onMaintenanceDatabase(serverUrl(), `drop database if exists "${database}" with (force)`);
    await onMaintenanceDatabase(serverUrl(), `drop role if exists "${role}"`);
  });

  it('lets two processes starting together on a fresh database both come up, migrating once', async () => {
    const [first, second] = await Promise.all([migrateAndSeed(ownerUrl), migrateAndSeed(ownerUrl)]);
    expect(Math.min(first.length, second.length)).toBe(0);
    expect(first.length + second.length).toBeGreaterThanOrEqual(12);
    const [{ count }] = await query<{ count: string }>(ownerUrl, 'select count(*) from mikro_orm_migrations');
    expect(Number(count)).toBe(first.length + second.length);
    const societies = await query<{ code: string }>(ownerUrl, 'select code from society');
    expect(societies).toHaveLength(14);
  });

  it('creates a login role of the configured name once and never resets its password on a later start', async () => {
    const passwordHash = async () => (await query<{ rolpassword: string | null }>(ownerUrl, 'select rolpassword from pg_authid where rolname = $1', [role]))[0]?.rolpassword;
    expect(await passwordHash()).toBeUndefined();
    await ensureAppRole(ownerUrl, 'first-password', role);
    const created = await passwordHash();
    expect(created).toEqual(expect.stringMatching(/^SCRAM-SHA-256|^md5/));
    await Promise.all([ensureAppRole(ownerUrl, 'second-password', role), ensureAppRole(ownerUrl, 'third-password', role)]);
    expect(await passwordHash()).toBe(created);

    // The role serves through its membership in the privilege role the migrations grant to, under RLS.
    const [attributes] = await query<{ rolsuper: boolean; rolbypassrls: boolean; member: boolean }>(
      ownerUrl,
      `select rolsuper, rolbypassrls, pg_has_role($1, '${APP_ROLE}', 'usage') as member from pg_roles where rolname = $1`,
      [role],
    );
    expect(attributes).toEqual({ rolsuper: false, rolbypassrls: false, member: true });
    const asRole = appRoleUrl(ownerUrl, 'first-password', role);
    expect(await query(asRole, 'select code from society')).toHaveLength(14);
    await expect(query(asRole, 'select * from role_grant')).rejects.toThrow(/app\.|unrecognized configuration parameter/);
  });

  it('refuses to create the role without a password instead of inventing one', async () => {
    await expect(ensureAppRole(ownerUrl, undefined, `${role}_nopw`)).rejects.toThrow(AppRoleError);
  });

  it('serves in production with the app role only, refusing an owner or superuser URL', async () => {
    await expect(assertServingRole(ownerUrl)).rejects.toThrow(/superuser, bypasses row-level security or owns tables/);
    const appUrl = appRoleUrl(ownerUrl, 'first-password', role);
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), APP_DATABASE_URL: appUrl, EMAIL_ENABLED: '0' });
    const serving = await openServingDatabase(config);
    expect(serving).toEqual({ appUrl, stop: expect.any(Function) });
    expect(serving).not.toHaveProperty('ownerUrl');
    await expect(openServingDatabase({ ...config, appDatabaseUrl: ownerUrl })).rejects.toThrow(AppRoleError);
  });

  it('tells production to run `npm run migrate` first when the schema is missing', async () => {
    const empty = `ece_t_empty_${randomBytes(6).toString('hex')}`;
    await onMaintenanceDatabase(serverUrl(), `create database "${empty}"`);
    try {
      await expect(assertServingRole(appRoleUrl(databaseUrl(serverUrl(), empty), 'first-password', role))).rejects.toThrow(/npm run migrate/);
    } finally {
      await onMaintenanceDatabase(serverUrl(), `drop database if exists "${empty}" with (force)`);
    }
  });
});
