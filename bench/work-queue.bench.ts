import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { Client } from 'pg';
import { hashPassword } from '../src/auth/password';
import { loadConfig } from '../src/config';
import { ensureDatabase, startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { createOrmOptions } from '../src/db/orm-config';
import { appRoleUrl, ensureAppRole } from '../src/db/app-role';
import { migrateAndSeed } from '../src/db/prepare-database';
import { SOCIETY_SEEDS } from '../src/db/reference/societies.data';
import { startServer } from '../src/http/server';
import { WorkQueueDocument } from '../test/generated/operations';
import { insertApplications } from './dataset';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}>;

const PER_SOCIETY = Number(process.env.BENCH_PER_SOCIETY ?? 3000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/**
 * The work-queue benchmark: tens of thousands of applications across the 14 societies, then autocannon
 * on the staff work queue (pages of 100 with education, work history and files). Reports throughput,
 * latency and SQL statements per request. `npm run bench`.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  let stopDatabase = async () => undefined as void;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'ece-bench-pg-'));
    chmodSync(parent, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(parent, 'data'), port: 56000 + Math.floor(Math.random() * 2000), password: 'postgres' });
    serverUrl = embedded.urlFor('postgres');
    stopDatabase = () => embedded.stop();
  }
  const database = `ece_bench_${Date.now()}`;
  await ensureDatabase(serverUrl, database);
  const ownerUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
  await ensureAppRole(ownerUrl, config.appDbPassword);
  await migrateAndSeed(ownerUrl);

  const passwordHash = await hashPassword('bench-password-1');
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const started = Date.now();
  for (const society of SOCIETY_SEEDS) await insertApplications(client, { society: society.code, count: PER_SOCIETY, tag: society.code, passwordHash });
  await client.query('analyze');
  await client.query(
    `with a as (insert into account (id, email, password_hash, display_name, created_at) values (gen_random_uuid(), 'bench-staff@example.test', $1, '压测', now()) returning id)
     insert into role_grant (id, account_id, role, society_id, specialty_codes, created_at) select gen_random_uuid(), a.id, 'SOCIETY_STAFF', s.id, '{}', now() from a, society s where s.code = 'CSEE' returning account_id`,
    [passwordHash],
  );
  await client.end();
  const generated = ((Date.now() - started) / 1000).toFixed(1);

  const statements: string[] = [];
  const orm = await MikroORM.init(createOrmOptions(appRoleUrl(ownerUrl, config.appDbPassword), { onQuery: (sql) => statements.push(sql), poolMax: 20 }));
  const server = await startServer(orm, config, 0);
  // The same API without the field-policy layer, to measure what the policies cost on the same data.
  const bare = await startServer(orm, config, 0, { benchmarkWithoutPolicies: true });
  const login = await fetch(server.url, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: 'bench-staff@example.test', p: 'bench-password-1' } }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-society': 'CSEE' };
  const scenarios = [];
  const runs: Array<{ pageSize: number; policies: boolean }> = [
    { pageSize: 10, policies: true },
    { pageSize: 100, policies: true },
    { pageSize: 100, policies: false },
  ];
  for (const { pageSize, policies } of runs) {
    const url = policies ? server.url : bare.url;
    const body = JSON.stringify({ query: print(WorkQueueDocument), variables: { first: pageSize } });
    // Let the previous scenario's last in-flight requests finish before counting statements.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    statements.length = 0;
    const probe = (await (await fetch(url, { method: 'POST', headers, body })).json()) as { data?: { applications?: { edges: unknown[] } }; errors?: unknown };
    if (probe.data?.applications?.edges.length !== pageSize) throw new Error(`work queue probe failed: ${JSON.stringify(probe.errors)}`);
    const statementsPerRequest = statements.length;
    const result = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: DURATION });
    scenarios.push({
      pageSize,
      policies,
      requestsPerSecond: result.requests.average,
      totalRequests: result.requests.total,
      latencyP50ms: result.latency.p50,
      latencyP99ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      statementsPerRequest,
    });
  }
  const report = {
    at: new Date().toISOString(),
    applications: PER_SOCIETY * SOCIETY_SEEDS.length,
    generatedInSeconds: Number(generated),
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    scenarios,
    rowsPerSecondRatio100vs10: Number(((scenarios[1].requestsPerSecond * 100) / (scenarios[0].requestsPerSecond * 10)).toFixed(2)),
    // How much slower a page of 100 is with the field policies than without (issue 4's bar: at most 25%).
    policyOverhead: Number((scenarios[2].requestsPerSecond / scenarios[1].requestsPerSecond - 1).toFixed(2)),
  };
  console.log(JSON.stringify(report, null, 2));
  mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  writeFileSync(path.join(__dirname, 'results', `work-queue-${Date.now()}.json`), `${JSON.stringify(report, null, 2)}\n`);

  await server.close();
  await bare.close();
  await orm.close(true);
  const maintenance = new Client({ connectionString: serverUrl });
  await maintenance.connect();
  await maintenance.query(`drop database if exists "${database}" with (force)`);
  await maintenance.end();
  await stopDatabase();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
