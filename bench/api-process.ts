import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { loadConfig } from '../src/config';
import { createOrmOptions } from '../src/db/orm-config';
import { startServer } from '../src/http/server';
import { WorkQueueDocument } from '../test/generated/operations';

/** A profile of the steady state the bench's API can write: the variable naming its directory, how it starts and stops. */
interface SteadyStateProfile {
  directoryVariable: string;
  extension: string;
  start(session: Session): Promise<void>;
  stop(session: Session): Promise<object>;
}

const STEADY_STATE_PROFILES: readonly SteadyStateProfile[] = [
  // BENCH_CPU_PROFILE=dir: V8's CPU profile (wall-clock samples of the main thread).
  {
    directoryVariable: 'BENCH_CPU_PROFILE',
    extension: 'cpuprofile',
    start: async (session) => {
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    },
    stop: async (session) => (await session.post('Profiler.stop')).profile,
  },
  // BENCH_HEAP_PROFILE=dir: where the API allocates (bench/heap-allocations.ts reads it), every sampled allocation
  // counted even if a collection freed it; with BENCH_HEAP_PROFILE_PROMOTED=1 only what no young-generation collection
  // freed. Garbage collection is the largest single cost of a page (issue 14).
  {
    directoryVariable: 'BENCH_HEAP_PROFILE',
    extension: 'heapprofile',
    start: async (session) => {
      await session.post('HeapProfiler.enable');
      await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: process.env.BENCH_HEAP_PROFILE_PROMOTED !== '1' });
    },
    stop: async (session) => (await session.post('HeapProfiler.stopSampling')).profile,
  },
];

/**
 * Starts every profile whose directory is set, for the steady state only (from ready to stop, start-up excluded); the
 * function returned stops them and writes each as `api-<policies>-<pid>.<extension>` in its directory.
 */
async function startSteadyStateProfiles(): Promise<() => Promise<void>> {
  const running: Array<{ profile: SteadyStateProfile; directory: string; session: Session }> = [];
  for (const profile of STEADY_STATE_PROFILES) {
    const directory = process.env[profile.directoryVariable];
    if (!directory) continue;
    const session = new Session();
    session.connect();
    await profile.start(session);
    running.push({ profile, directory, session });
  }
  return async () => {
    for (const { profile, directory, session } of running) {
      const written = await profile.stop(session);
      writeFileSync(path.join(directory, `api-${process.env.BENCH_POLICIES}-${process.pid}.${profile.extension}`), JSON.stringify(written));
    }
  };
}

/**
 * One API server for the work-queue benchmark, in a process of its own (forked by work-queue.bench.ts) so that its
 * CPU and resident memory are its own, not shared with the load generator. It counts the SQL statements of one
 * probe request per page size with the query listener on, then turns the listener off before any timed run:
 * MikroORM's query logging formats every statement and would be measured as part of the API.
 */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const statements: string[] = [];
  let counting = true;
  const orm = await MikroORM.init(createOrmOptions(process.env.BENCH_APP_URL!, { onQuery: (sql) => { if (counting) statements.push(sql); }, poolMax: Number(process.env.BENCH_POOL_MAX ?? 20) }));
  const server = await startServer(orm, config, 0, { benchmarkWithoutPolicies: process.env.BENCH_POLICIES === 'off' });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${process.env.BENCH_TOKEN}`, 'x-society': 'CSEE' };
  const statementsPerPage: Record<string, number> = {};
  const responses: Record<string, unknown> = {};
  for (const first of [10, 100]) {
    statements.length = 0;
    const body = JSON.stringify({ query: print(WorkQueueDocument), variables: { first } });
    responses[first] = await (await fetch(server.url, { method: 'POST', headers, body })).json();
    statementsPerPage[first] = statements.length;
  }
  counting = false;
  orm.config.getLogger().setDebugMode(false);
  const stopProfiles = await startSteadyStateProfiles();
  process.send!({ kind: 'ready', url: server.url, statementsPerPage, responses });
  process.on('message', async (message: { kind: string }) => {
    if (message.kind !== 'stop') return;
    await stopProfiles();
    await server.close();
    await orm.close(true);
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
