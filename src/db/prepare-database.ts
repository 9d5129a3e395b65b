import { MikroORM } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { appRoleUrl, ensureAppRole } from './app-role';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';
import { createOrmOptions } from './orm-config';
import { seedReferenceData } from './reference/seed-reference-data';

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

/** Applies pending migrations and upserts the reference data, as the owner. */
export async function migrateAndSeed(ownerUrl: string): Promise<string[]> {
  const orm = await MikroORM.init(createOrmOptions(ownerUrl, { poolMax: 2 }));
  try {
    const applied = await orm.getMigrator().up();
    await seedReferenceData(orm.em.fork());
    return applied.map((migration) => migration.name);
  } finally {
    await orm.close(true);
  }
}

/** start → (embedded server or DATABASE_URL) → app role → migrations → reference data. */
export async function prepareDatabase(config: AppConfig, log: (line: string) => void = () => undefined): Promise<PreparedDatabase> {
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
    await ensureAppRole(ownerUrl, config.appDbPassword);
    const applied = await migrateAndSeed(ownerUrl);
    log(applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'database schema up to date');
    log('reference data seeded');
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    ownerUrl,
    appUrl: config.appDatabaseUrl ?? appRoleUrl(ownerUrl, config.appDbPassword),
    stop: async () => {
      await embedded?.stop();
    },
  };
}
