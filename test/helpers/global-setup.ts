import 'reflect-metadata';
import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { ensureAppRole } from '../../src/db/app-role';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres';
import { migrateAndSeed } from '../../src/db/prepare-database';
import { databaseUrl, onMaintenanceDatabase, TEST_ENV } from './test-database';

declare global {
  // Handed from global set-up to global tear-down (same process).
  var __eceTestDatabase: { embedded?: EmbeddedDatabase; serverUrl: string; template: string } | undefined;
}

/**
 * Once per test run: a PostgreSQL server (embedded unless DATABASE_URL is set), the application role,
 * and a template database migrated and seeded once; each test file clones it.
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'ece-test-pg-'));
    // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
    chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'data');
    const port = 55000 + Math.floor(Math.random() * 5000);
    embedded = await startEmbeddedPostgres({ dataDir, port, password: 'postgres' });
    serverUrl = embedded.urlFor('postgres');
  }
  const template = `ece_test_template_${process.pid}`;
  await onMaintenanceDatabase(serverUrl, `drop database if exists "${template}"`);
  await onMaintenanceDatabase(serverUrl, `create database "${template}"`);
  const templateUrl = databaseUrl(serverUrl, template);
  await ensureAppRole(templateUrl, config.appDbPassword);
  await migrateAndSeed(templateUrl);
  // MikroORM keeps its metadata on globalThis; jest shares that object with test files in band,
  // where Maps from this realm break discovery (mikro-orm#3783). Test files discover their own.
  for (const key of Object.keys(globalThis)) if (key.startsWith('mikro-orm-')) delete (globalThis as Record<string, unknown>)[key];
  process.env[TEST_ENV.serverUrl] = serverUrl;
  process.env[TEST_ENV.templateDatabase] = template;
  globalThis.__eceTestDatabase = { embedded, serverUrl, template };
}
