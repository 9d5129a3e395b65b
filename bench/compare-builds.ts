import 'reflect-metadata';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { signAccessToken } from '../src/auth/tokens';
import { loadConfig } from '../src/config';
import { appRoleUrl } from '../src/db/app-role';
import { compileServers, COMPILED, load, measuredLoad, median, productionNodeFlags, residentMb, round2, startChild, stopChild, workQueueRequest, type CpuPerRequest, type LoadResult } from './bench-processes';

const FIRST = Number(process.env.BENCH_FIRST ?? 100);
const DURATION = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const ROUNDS = Math.max(3, Number(process.env.BENCH_ROUNDS ?? 3));
const JWT_SECRET = `compare-${Date.now()}-${Math.random().toString(36).slice(2)}-secret-of-32-chars`;

/** One build under comparison: a name and its compiled servers (a checkout's bench/.dist). */
interface Build {
  name: string;
  compiled: string;
}

/** This checkout, and each checkout named in COMPARE_WITH (comma-separated paths, each compiled by its own `npm run bench` or bench:compare). */
function buildsToCompare(): Build[] {
  const others = (process.env.COMPARE_WITH ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return [{ name: 'this checkout', compiled: COMPILED }, ...others.map((root) => ({ name: root, compiled: path.join(path.resolve(root), 'bench', '.dist') }))];
}

/**
 * Compares builds of the API on the work queue by what a request costs the serving process itself — CPU ms per
 * request from /proc, the figure that moves least with the load of a shared machine — alternating the builds round
 * by round, medians of the rounds. Each build serves in its own process, with production's node flags; the load
 * generator runs in another. Needs a database `npm run bench` generated (BENCH_DATABASE). `npm run bench:compare`.
 */
async function main(): Promise<void> {
  const database = process.env.BENCH_DATABASE;
  if (!process.env.DATABASE_URL || !database) throw new Error('set DATABASE_URL and BENCH_DATABASE (a database `npm run bench` generated and kept)');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', JWT_SECRET });
  const ownerUrl = Object.assign(new URL(process.env.DATABASE_URL), { pathname: `/${database}` }).toString();
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const staff = (await client.query(`select id from account where email = 'bench-staff@example.test'`)).rows[0] as { id: string } | undefined;
  await client.end();
  if (!staff) throw new Error(`${database} has no bench data: run npm run bench with BENCH_DATABASE=${database} first`);

  compileServers();
  const token = signAccessToken(staff.id, JWT_SECRET, 3600).token;
  const env = { BENCH_APP_URL: appRoleUrl(ownerUrl, config.appDbPassword), BENCH_TOKEN: token, JWT_SECRET, NODE_ENV: 'production', LOG_LEVEL: 'silent', BENCH_POLICIES: 'on' };
  const builds = buildsToCompare();
  const servers = [];
  for (const build of builds) servers.push({ build, ...(await startChild('api-process.ts', env, productionNodeFlags(), build.compiled)) });
  const { headers, bodyOf } = workQueueRequest(token);
  const body = bodyOf(FIRST);

  const samples = new Map(servers.map((server) => [server, [] as Array<LoadResult & CpuPerRequest>]));
  for (const server of servers) await load(server.ready.url, headers, body, CONNECTIONS, 2); // warm-up, not counted
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
      samples.get(server)!.push(await measuredLoad(server.child.pid!, server.ready.url, headers, body, CONNECTIONS, DURATION));
    }
  }

  console.log(`\nwork queue, page of ${FIRST}, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${DURATION}s, load ${os.loadavg().map(round2).join(' ')}`);
  console.log('| build | server CPU ms/request | machine CPU ms/request | req/s | RSS MB (peak) |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const server of servers) {
    const of = (key: 'serverCpuMs' | 'machineCpuMs' | 'requestsPerSecond') => median(samples.get(server)!.map((sample) => sample[key]));
    const rss = residentMb(server.child.pid!);
    console.log(`| ${server.build.name} | ${of('serverCpuMs')} | ${of('machineCpuMs')} | ${of('requestsPerSecond')} | ${rss.now} (${rss.peak}) |`);
  }
  await Promise.all(servers.map((server) => stopChild(server.child)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
