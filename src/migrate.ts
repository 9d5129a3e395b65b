import 'reflect-metadata';
import { ConfigError, loadMigrationConfig } from './config';
import { AppRoleError } from './db/app-role';
import { migrateDatabase } from './db/prepare-database';

/** `npm run migrate`: as the owner (DATABASE_URL), under the migration lock, app role + migrations + reference data. */
async function run(): Promise<void> {
  const config = loadMigrationConfig();
  const applied = await migrateDatabase(config.databaseUrl, { role: config.appDbRole, password: config.appDbPassword });
  console.log(`[ece] ${applied.length > 0 ? `applied migrations: ${applied.join(', ')}` : 'database schema up to date'}; reference data seeded`);
}

run().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof AppRoleError;
  console.error('[ece] migrate failed:', known ? (error as Error).message : error);
  process.exit(1);
});
