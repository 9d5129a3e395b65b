import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { ensureAppRole } from '../../src/db/app-role';
import { createOrmOptions } from '../../src/db/orm-config';
import { seedReferenceData } from '../../src/db/reference/seed-reference-data';
import { databaseUrl, onMaintenanceDatabase, TEST_ENV } from './test-database';

/** A database of its own, migrated up to a given migration and seeded, with the owner's ORM and SQL client. */
export interface MigrationDatabase {
  orm: MikroORM;
  client: Client;
}

/**
 * A migration that moves data is tested on data: registers jest hooks that create a database at the migration
 * before (`upTo`), for the test to fill with rows in the old shape and then migrate up; dropped afterwards.
 */
export function databaseAtMigration(upTo: string): MigrationDatabase {
  const database = `ece_m_${randomBytes(6).toString('hex')}`;
  const handle = {} as MigrationDatabase;
  beforeAll(async () => {
    const serverUrl = process.env[TEST_ENV.serverUrl]!;
    await onMaintenanceDatabase(serverUrl, `create database "${database}"`);
    const ownerUrl = databaseUrl(serverUrl, database);
    await ensureAppRole(ownerUrl, loadConfig({ ...process.env, NODE_ENV: 'test' }).appDbPassword);
    handle.orm = await MikroORM.init(createOrmOptions(ownerUrl, { poolMax: 1 }));
    await handle.orm.getMigrator().up({ to: upTo });
    await seedReferenceData(handle.orm.em.fork());
    handle.client = new Client({ connectionString: ownerUrl });
    await handle.client.connect();
  });
  afterAll(async () => {
    await handle.client.end();
    await handle.orm.close(true);
    await onMaintenanceDatabase(process.env[TEST_ENV.serverUrl]!, `drop database if exists "${database}" with (force)`);
  });
  return handle;
}
