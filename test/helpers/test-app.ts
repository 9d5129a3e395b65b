import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { print, type GraphQLFormattedError } from 'graphql';
import { randomBytes } from 'node:crypto';
import { loadConfig, type AppConfig } from '../../src/config';
import { appRoleUrl } from '../../src/db/app-role';
import { createOrmOptions } from '../../src/db/orm-config';
import { startServer, type RunningServer } from '../../src/http/server';
import { databaseUrl, onMaintenanceDatabase, TEST_ENV } from './test-database';
import { createJobRunner, type JobRunner } from '../../src/jobs/job-runner';
import { JOBS } from '../../src/jobs/registry';
import { createLogger } from '../../src/observability/logger';

/** Per-request options: who asks, in which society, in which language. */
export interface RequestOptions {
  token?: string;
  society?: string;
  language?: string;
  headers?: Record<string, string>;
}

/** A GraphQL response as the client sees it. */
export interface GraphQLResponse<R> {
  status: number;
  data?: R | null;
  errors?: GraphQLFormattedError[];
}

/** One test file's API: its own database, ORM and HTTP server. */
export interface TestApp {
  config: AppConfig;
  server: RunningServer;
  orm: MikroORM;
  ownerUrl: string;
  appUrl: string;
  /**
   * The API's job runner on the same database and clock. Started only with `{ jobs: true }` (or JOBS_ENABLED=1):
   * most tests call `app.jobs.runNow(name)` for a deterministic run at the pinned time.
   */
  jobs: JobRunner;
  /** SQL statements the API's ORM ran since the last reset. */
  statements: string[];
  gql<R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: RequestOptions): Promise<GraphQLResponse<R>>;
  raw(body: unknown, options?: RequestOptions): Promise<{ status: number; json: unknown }>;
  close(): Promise<void>;
}

/**
 * Every request of a test file comes from 127.0.0.1: per-address limits sized for the public would stop a file
 * after its tenth sign-up. Files that test the limits set their own (test/integration/rate-limits.test.ts).
 */
const GENEROUS_ADDRESS_LIMITS = {
  RATE_LIMIT_SIGN_UP: '10000/3600',
  RATE_LIMIT_LOGIN_ADDRESS: '10000/900',
  RATE_LIMIT_OBJECTION: '10000/3600',
  RATE_LIMIT_COMPLAINT: '10000/3600',
  RATE_LIMIT_UPLOAD: '10000/600',
  RATE_LIMIT_VERIFY: '10000/60',
  RATE_LIMIT_REDEEM_ADDRESS: '10000/3600',
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (global set-up)`);
  return value;
}

/** Creates a database for this test file (a clone of the migrated template) and serves the API on it. */
export async function startTestApp(env: Record<string, string> = {}, options: { clock?: () => Date; jobs?: boolean } = {}): Promise<TestApp> {
  const serverUrl = required(TEST_ENV.serverUrl);
  const template = required(TEST_ENV.templateDatabase);
  const database = `ece_t_${randomBytes(6).toString('hex')}`;
  await onMaintenanceDatabase(serverUrl, `create database "${database}" template "${template}"`);
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', ...GENEROUS_ADDRESS_LIMITS, ...env });
  const ownerUrl = databaseUrl(serverUrl, database);
  const appUrl = appRoleUrl(ownerUrl, config.appDbPassword);
  const statements: string[] = [];
  const orm = await MikroORM.init(
    createOrmOptions(appUrl, { onQuery: (sql) => statements.push(sql), timeouts: config.dbTimeouts }),
  );
  const server = await startServer(orm, config, 0, { clock: options.clock });
  const jobs = createJobRunner({ appUrl, orm, logger: createLogger(config), clock: options.clock, jobs: JOBS, settings: { ...config.jobs, pollingIntervalSeconds: 1 } });
  if (options.jobs || config.jobs.enabled) await jobs.start();

  const post = async (body: unknown, options: RequestOptions = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.society) headers['x-society'] = options.society;
    if (options.language) headers['accept-language'] = options.language;
    const response = await fetch(server.url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: response.status, json: (await response.json()) as unknown };
  };

  return {
    config,
    server,
    orm,
    jobs,
    ownerUrl,
    appUrl,
    statements,
    async gql(document, variables, options) {
      const { status, json } = await post({ query: print(document), variables }, options);
      return { status, ...(json as object) } as GraphQLResponse<never>;
    },
    raw: post,
    async close() {
      await server.close();
      await jobs.stop(5_000);
      await orm.close(true);
      await onMaintenanceDatabase(serverUrl, `drop database if exists "${database}" with (force)`);
    },
  };
}
