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
  // BENCH_CPU_PROFILE=dir: a CPU profile of the steady state only (from ready to stop, start-up excluded).
  const profileDir = process.env.BENCH_CPU_PROFILE;
  const profiler = profileDir ? new Session() : undefined;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  // BENCH_HEAP_PROFILE=dir: where the steady state allocates (bench/heap-allocations.ts reads it), every sampled
  // allocation counted even if a collection freed it; with BENCH_HEAP_PROFILE_PROMOTED=1 only what no young-generation
  // collection freed. Garbage collection is the largest single cost of a page (issue 14).
  const heapDir = process.env.BENCH_HEAP_PROFILE;
  const heapProfiler = heapDir ? new Session() : undefined;
  if (heapProfiler) {
    heapProfiler.connect();
    await heapProfiler.post('HeapProfiler.enable');
    await heapProfiler.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: process.env.BENCH_HEAP_PROFILE_PROMOTED !== '1' });
  }
  process.send!({ kind: 'ready', url: server.url, statementsPerPage, responses });
  process.on('message', async (message: { kind: string }) => {
    if (message.kind !== 'stop') return;
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      writeFileSync(path.join(profileDir!, `api-${process.env.BENCH_POLICIES}-${process.pid}.cpuprofile`), JSON.stringify(profile));
    }
    if (heapProfiler) {
      const { profile } = await heapProfiler.post('HeapProfiler.stopSampling');
      writeFileSync(path.join(heapDir!, `api-${process.env.BENCH_POLICIES}-${process.pid}.heapprofile`), JSON.stringify(profile));
    }
    await server.close();
    await orm.close(true);
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
