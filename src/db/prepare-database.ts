import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import type { AppConfig } from '../config';
import { appRoleUrl, assertServingRole, ensureAppRole } from './app-role';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { createOrmOptions } from './orm-config';
import { seedReferenceData } from './reference/seed-reference-data';
import { installJobSchema } from '../jobs/install-job-schema';
import { JOBS } from '../jobs/registry';

/** The database the API talks to, once it is migrated and seeded. */
export interface PreparedDatabase {
  /** Owner connection: migrations, seeds, test set-up. */
  ownerUrl: string;
  /** Application-role connection: everything a request does. */
  appUrl: string;
  /** Stops the embedded server, if this process started one. */
  stop(): Promise<void>;
}

/** Name of the database the embedded server keeps the platform's data in. */
export const EMBEDDED_DATABASE = 'ece';

/** Key of the session advisory lock every migrating process takes (any fixed bigint; "ece-migrate" in ASCII). */
const MIGRATION_LOCK_KEY = '7310586461542311013';

/**
 * Runs `work` while holding the database's migration lock, so processes starting together migrate one
 * after the other: the second finds the schema up to date instead of failing on `already exists`.
 */
export async function withMigrationLock<T>(ownerUrl: string, work: () => Promise<T>): Promise<T> {
  const lock = new Client({ connectionString: ownerUrl });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY]);
    return await work();
  } finally {
    // Closing the session releases the lock too; unlocking first keeps it short when end() is slow.
    await lock.query('select pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.end();
  }
}

/** Applies pending migrations and upserts the reference data, as the owner, under the migration lock. */
export async function migrateAndSeed(ownerUrl: string): Promise<string[]> {
  return withMigrationLock(ownerUrl, () => migrateAndSeedUnlocked(ownerUrl));
}

async function migrateAndSeedUnlocked(ownerUrl: string): Promise<string[]> {
  const orm = await MikroORM.init(createOrmOptions(ownerUrl, { poolMax: 2 }));
  try {
    const applied = await orm.getMigrator().up();
    await seedReferenceData(orm.em.fork());
    // pg-boss's own schema and one queue per job (src/jobs): DDL, hence here as the owner, never at serving time.
    await installJobSchema(ownerUrl, JOBS);
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}

/** `npm run migrate`: under the lock, the application role (created once, password kept), migrations, reference data. */
export async function migrateDatabase(ownerUrl: string, appRole: { role: string; password?: string }): Promise<string[]> {
  return withMigrationLock(ownerUrl, async () => {
    await ensureAppRole(ownerUrl, appRole.password, appRole.role);
    return migrateAndSeedUnlocked(ownerUrl);
  });
}

/** The connection the API serves with, and how to let go of the database at shutdown. */
export type ServingDatabase = Pick<PreparedDatabase, 'appUrl' | 'stop'>;

/**
 * What `npm start` and `npm run start:production` serve with. Production with APP_DATABASE_URL never holds
 * the owner's credentials: it only checks that its role is not the owner and that `npm run migrate` has run.
 * Everything else (development, test, embedded in production) prepares the database itself.
 */
export async function openServingDatabase(config: AppConfig, log: (line: string) => void = () => undefined): Promise<ServingDatabase> {
  if (config.mode === 'production' && !config.embeddedInProduction) {
    const appUrl = config.appDatabaseUrl as string; // loadConfig refuses production without it
    await assertServingRole(appUrl);
    log('serving as the application role; migrations are `npm run migrate`\'s job');
    return { appUrl, stop: async () => undefined };
  }
  return prepareDatabase(config, log);
}

/** (embedded server or DATABASE_URL) → app role → migrations → reference data, under the migration lock; as the owner. */
export async function prepareDatabase(config: AppConfig, log: (line: string) => void = () => undefined): Promise<PreparedDatabase> {
  if (config.mode === 'production' && !config.embeddedInProduction) {
    throw new Error('production does not migrate at start: run `npm run migrate` with the owner\'s DATABASE_URL');
  }
  let embedded: EmbeddedDatabase | undefined;
  let ownerUrl = config.databaseUrl;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres({ ...config.embedded });
    await ensureDatabase(embedded.urlFor('postgres'), EMBEDDED_DATABASE);
    ownerUrl = embedded.urlFor(EMBEDDED_DATABASE);
    const how = embedded.attached ? 'using the embedded PostgreSQL already running' : 'embedded PostgreSQL running';
    log(`${how} on 127.0.0.1:${config.embedded.port}, data in ${config.embedded.dataDir}`);
  }
  try {
    const applied = await migrateDatabase(ownerUrl, { role: config.appDbRole, password: config.appDbPassword });
    log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'database schema up to date');
    log('reference data seeded');
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    ownerUrl,
    appUrl: config.appDatabaseUrl ?? appRoleUrl(ownerUrl, config.appDbPassword, config.appDbRole),
    stop: async () => {
      await embedded?.stop();
    },
  };
}
