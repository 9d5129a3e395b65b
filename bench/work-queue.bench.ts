import 'reflect-metadata';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import { hashPassword } from '../src/auth/password';
import { signAccessToken } from '../src/auth/tokens';
import { loadConfig } from '../src/config';
import { ensureDatabase, startEmbeddedPostgres } from '../src/db/embedded-postgres';
import { appRoleUrl, ensureAppRole } from '../src/db/app-role';
import { migrateAndSeed } from '../src/db/prepare-database';
import { SOCIETY_SEEDS } from '../src/db/reference/societies.data';
import { compileServers, load, measuredLoad, median, productionNodeFlags, residentMb, round2, startChild, stopChild, workQueueRequest, type CpuPerRequest, type LoadResult } from './bench-processes';
import { completeDossierTexts, insertApplications } from './dataset';

const PER_SOCIETY = Number(process.env.BENCH_PER_SOCIETY ?? 3000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const HIGH_CONNECTIONS = Number(process.env.BENCH_HIGH_CONNECTIONS ?? 50);
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
// A fixed secret for this run only, so the orchestrator can sign the staff token the children verify.
const JWT_SECRET = `bench-${Date.now()}-${Math.random().toString(36).slice(2)}-secret-of-32-chars`;

type Ready = { kind: 'ready'; url: string; statementsPerPage?: Record<string, number>; responses?: Record<string, unknown> };

/** The viewerCan answer per application, read off the API's own response (the floor cannot run the action table's guards in SQL). */
function viewerCanById(response: unknown): Record<string, string[]> {
  const edges = (response as { data: { applications: { edges: Array<{ node: { id: string; viewerCan: string[] } }> } } }).data.applications.edges;
  return Object.fromEntries(edges.map((edge) => [edge.node.id, edge.node.viewerCan]));
}

/**
 * The work-queue benchmark (issue 14): 42,000 applications across the 14 societies; the staff work queue (pages of
 * 10 and 100 with education, work history and files) served by the API with and without the field policies and by
 * a raw-SQL floor (bench/raw-floor.ts: node:http + pg, one json_agg statement, same role and RLS settings), each in
 * its own process; autocannon in yet another process. Scenarios alternate in rounds; medians. Then 50 connections
 * on the API. Prints one table; the full report goes to bench/results/. `npm run bench`.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', JWT_SECRET });
  let stopDatabase = async () => undefined as void;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'ece-bench-pg-'));
    chmodSync(parent, 0o755);
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(parent, 'data'), port: 56000 + Math.floor(Math.random() * 2000), password: 'postgres' });
    serverUrl = embedded.urlFor('postgres');
    stopDatabase = () => embedded.stop();
  }
  // BENCH_DATABASE keeps the generated data between runs (migrations still apply); otherwise a throw-away database.
  const keep = process.env.BENCH_DATABASE;
  const database = keep ?? `ece_bench_${Date.now()}`;
  await ensureDatabase(serverUrl, database);
  const ownerUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();
  await ensureAppRole(ownerUrl, config.appDbPassword);
  await migrateAndSeed(ownerUrl);

  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const started = Date.now();
  const existing = (await client.query(`select id from account where email = 'bench-staff@example.test'`)).rows[0] as { id: string } | undefined;
  if (!existing) {
    const passwordHash = await hashPassword('bench-password-1');
    for (const society of SOCIETY_SEEDS) await insertApplications(client, { society: society.code, count: PER_SOCIETY, tag: society.code, passwordHash });
    await client.query(
      `with a as (insert into account (id, email, password_hash, display_name, created_at) values (gen_random_uuid(), 'bench-staff@example.test', $1, '压测', now()) returning id)
       insert into role_grant (id, account_id, role, society_id, specialty_codes, created_at) select gen_random_uuid(), a.id, 'SOCIETY_STAFF', s.id, '{}', now() from a, society s where s.code = 'CSEE' returning account_id`,
      [passwordHash],
    );
  }
  await completeDossierTexts(client);
  await client.query('analyze');
  const accountId = ((await client.query(`select id from account where email = 'bench-staff@example.test'`)).rows[0] as { id: string }).id;
  const societyId = ((await client.query(`select id from society where code = 'CSEE'`)).rows[0] as { id: string }).id;
  const applications = Number((await client.query('select count(*) from application')).rows[0].count);
  await client.end();
  const generated = ((Date.now() - started) / 1000).toFixed(1);

  compileServers();
  const token = signAccessToken(accountId, JWT_SECRET, 3600).token;
  const appUrl = appRoleUrl(ownerUrl, config.appDbPassword);
  // NODE_ENV=production as `npm run start:production` sets it: graphql-js, express and others pick their production
  // paths from it when they load (graphql-js' development instanceOf checks cost ~2% of a page's CPU). The API's own
  // configuration is still read in test mode (api-process.ts passes NODE_ENV=test to loadConfig): the bench's secret
  // and database, not production's.
  const childEnv = { BENCH_APP_URL: appUrl, BENCH_TOKEN: token, JWT_SECRET, NODE_ENV: 'production', LOG_LEVEL: 'silent' };
  const api = await startChild('api-process.ts', { ...childEnv, BENCH_POLICIES: 'on' }, productionNodeFlags());
  const bare = await startChild('api-process.ts', { ...childEnv, BENCH_POLICIES: 'off' }, productionNodeFlags());
  const floor = await startChild('raw-floor.ts', {
    ...childEnv, BENCH_SOCIETY_ID: societyId, BENCH_ACCOUNT_ID: accountId, BENCH_VIEWER_CAN: JSON.stringify(viewerCanById(api.ready.responses![100])),
  });
  const { headers, bodyOf } = workQueueRequest(token);

  // The floor must answer what the API answers, or the ratio compares different work.
  const sameJson: Record<string, boolean> = {};
  for (const first of [10, 100]) {
    const fromFloor = await (await fetch(floor.ready.url, { method: 'POST', headers, body: bodyOf(first) })).json();
    sameJson[first] = isDeepStrictEqual(fromFloor, api.ready.responses![first]) && isDeepStrictEqual(bare.ready.responses![first], api.ready.responses![first]);
    if (!sameJson[first]) {
      mkdirSync(path.join(__dirname, 'results'), { recursive: true });
      writeFileSync(path.join(__dirname, 'results', `mismatch-${first}.json`), JSON.stringify({ api: api.ready.responses![first], bare: bare.ready.responses![first], floor: fromFloor }, null, 1));
    }
  }

  const targets = { api: api.ready.url, bare: bare.ready.url, floor: floor.ready.url };
  const runs: Array<{ name: string; target: keyof typeof targets; first: number }> = [
    { name: 'api page10', target: 'api', first: 10 },
    { name: 'floor page10', target: 'floor', first: 10 },
    { name: 'api page100', target: 'api', first: 100 },
    { name: 'floor page100', target: 'floor', first: 100 },
    { name: 'api page100 without policies', target: 'bare', first: 100 },
  ];
  const pidOf = { api: api.child.pid!, bare: bare.child.pid!, floor: floor.child.pid! };
  // The machine is shared and noisy: the scenarios alternate in rounds (reversed every other round), and the report
  // takes medians, so a slow spell hits all of them alike.
  const samples: Record<string, Array<LoadResult & CpuPerRequest & { rssMb: number }>> = {};
  const loadBefore = os.loadavg().map(round2);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const { name, target, first } of round % 2 === 0 ? runs : [...runs].reverse()) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const result = await measuredLoad(pidOf[target], targets[target], headers, bodyOf(first), CONNECTIONS, DURATION);
      (samples[name] ??= []).push({ ...result, rssMb: residentMb(pidOf[target]).now });
    }
  }
  const high = await load(targets.api, headers, bodyOf(100), HIGH_CONNECTIONS, DURATION * 2);
  const highRss = residentMb(pidOf.api);

  const medianOf = (name: string, key: keyof LoadResult | keyof CpuPerRequest) => median(samples[name].map((sample) => sample[key]));
  const statements = (target: 'api' | 'bare', first: number) => (target === 'api' ? api : bare).ready.statementsPerPage![first];
  const ratioPerRound = (apiName: string, floorName: string) => samples[apiName].map((sample, round) => round2(sample.requestsPerSecond / samples[floorName][round].requestsPerSecond));
  const rows = [
    { scenario: 'work queue, page of 10', api: 'api page10', floor: 'floor page10', statements: statements('api', 10) },
    { scenario: 'work queue, page of 100', api: 'api page100', floor: 'floor page100', statements: statements('api', 100) },
    { scenario: 'page of 100, policies off', api: 'api page100 without policies', floor: 'floor page100', statements: statements('bare', 100) },
  ].map((row) => ({
    ...row,
    apiRps: medianOf(row.api, 'requestsPerSecond'), floorRps: medianOf(row.floor, 'requestsPerSecond'),
    ratio: median(ratioPerRound(row.api, row.floor)), p50: medianOf(row.api, 'latencyP50ms'), p99: medianOf(row.api, 'latencyP99ms'),
    rssMb: Math.max(...samples[row.api].map((sample) => sample.rssMb)),
    cpu: `${medianOf(row.api, 'serverCpuMs')} / ${medianOf(row.floor, 'serverCpuMs')}`,
    machineCpu: `${medianOf(row.api, 'machineCpuMs')} / ${medianOf(row.floor, 'machineCpuMs')}`,
    failures: samples[row.api].reduce((sum, sample) => sum + sample.non2xx + sample.errors + sample.timeouts, 0),
  }));
  const policyOverheadPerRound = samples['api page100'].map((sample, round) => round2(samples['api page100 without policies'][round].requestsPerSecond / sample.requestsPerSecond));
  const report = {
    at: new Date().toISOString(), cpus: os.cpus().length, loadAverageBefore: loadBefore, loadAverage: os.loadavg().map(round2), applications, generatedInSeconds: Number(generated),
    connections: CONNECTIONS, durationSeconds: DURATION, rounds: ROUNDS, sameJson, rows,
    samples, policyOverheadPerRound, policyOverhead: median(policyOverheadPerRound),
    highConcurrency: { connections: HIGH_CONNECTIONS, ...high, rssMb: highRss.now, peakRssMb: highRss.peak },
  };

  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  const table = [
    line(['scenario', 'project req/s', 'raw floor req/s', 'ratio (median of rounds)', 'p50 ms', 'p99 ms', 'statements/request', 'RSS MB', 'non-2xx+errors+timeouts', 'server CPU ms/request (project / floor)', 'machine CPU ms/request (project / floor)']),
    line(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---', '---']),
    ...rows.map((row) => line([row.scenario, row.apiRps, row.floorRps, row.ratio, row.p50, row.p99, row.statements, row.rssMb, row.failures, row.cpu, row.machineCpu])),
    line([`page of 100, ${HIGH_CONNECTIONS} connections`, round2(high.requestsPerSecond), '', '', high.latencyP50ms, high.latencyP99ms, statements('api', 100), `${highRss.now} (peak ${highRss.peak})`, high.non2xx + high.errors + high.timeouts, '', '']),
  ].join('\n');
  console.log(`\n${applications} applications, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${DURATION}s, ${os.cpus().length} CPUs (shared), load ${loadBefore.join(' ')} before, ${report.loadAverage.join(' ')} after; GRAPHQL_CONCURRENCY ${process.env.GRAPHQL_CONCURRENCY ?? 'default'}`);
  console.log(`floor JSON identical to the API's: page 10 ${sameJson[10]}, page 100 ${sameJson[100]}; policy on/off (median per round): ${report.policyOverhead}x`);
  console.log(table);
  mkdirSync(path.join(__dirname, 'results'), { recursive: true });
  writeFileSync(path.join(__dirname, 'results', `work-queue-${Date.now()}.json`), `${JSON.stringify({ ...report, table }, null, 2)}\n`);

  await Promise.all([stopChild(api.child), stopChild(bare.child), stopChild(floor.child)]);
  if (!keep) {
    const maintenance = new Client({ connectionString: serverUrl });
    await maintenance.connect();
    await maintenance.query(`drop database if exists "${database}" with (force)`);
    await maintenance.end();
  }
  await stopDatabase();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
