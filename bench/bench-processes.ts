import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import { WorkQueueDocument } from '../test/generated/operations';

// The processes of a benchmark: compiled servers forked as children, the load generator in a process of its own, and
// their CPU and memory read from /proc (Linux). Shared by the work-queue benchmark and the build comparison.

/** autocannon's summary of one load run, as bench/load-client.js prints it. */
export type LoadResult = { requestsPerSecond: number; latencyP50ms: number; latencyP99ms: number; non2xx: number; errors: number; timeouts: number; total: number };
/** Where a request's time goes: the serving process's own CPU, and the whole machine's (server, PostgreSQL and the load client). */
export type CpuPerRequest = { serverCpuMs: number; machineCpuMs: number };
/** What a compiled bench child sends when it is ready to serve. */
export type Ready = { kind: 'ready'; url: string; statementsPerPage?: Record<string, number>; responses?: Record<string, unknown> };

/** The median, to two decimals. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return round2(sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
}

/** Rounded to two decimals. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Where the bench compiles the servers to. */
export const COMPILED = path.join(__dirname, '.dist');

/**
 * Compiles the servers as production runs them (plain JavaScript, no ts-node: its compiler alone holds ~100 MB
 * and would be counted in the API's RSS), incrementally into bench/.dist.
 */
export function compileServers(): void {
  const result = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(__dirname, '..', 'tsconfig.json'), '--outDir', COMPILED,
    '--incremental', '--tsBuildInfoFile', path.join(COMPILED, '.tsbuildinfo'), '--sourceMap', 'false'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('compiling the bench servers failed');
}

/**
 * The node flags `npm run start:production` runs the API with (package.json: `node [flags] scripts/launch.js …`), so
 * the benchmark's API processes have the heap production has: their RSS and CPU are production's.
 */
export function productionNodeFlags(): string[] {
  const script = (JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start:production'];
  const match = /^node((?: --\S+)*) scripts\/launch\.js /.exec(script);
  if (!match) throw new Error(`start:production is not "node [flags] scripts/launch.js …": ${script}`);
  return match[1].split(' ').filter(Boolean);
}

/** Forks a compiled child (bench/.dist, or another checkout's `compiled` build) with the given node flags and waits for its ready message. */
export function startChild(file: string, env: Record<string, string>, execArgv: string[] = [], compiled: string = COMPILED): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(path.join(compiled, 'bench', file.replace(/\.ts$/, '.js')), [], { env: { ...process.env, ...env }, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (ready: Ready) => resolve({ child, ready }));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code} before it was ready`)));
  });
}

/** Asks a bench child to stop and waits until it has exited. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.send({ kind: 'stop' });
  });
}

/** Resident memory of a process from /proc (Linux): now, and the peak since it started (VmHWM), in MB. */
export function residentMb(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { now: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** CPU time a process has used so far (user + system, from /proc/PID/stat), in ms. */
export function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** Busy CPU time of the whole machine so far (every core, everything but idle and iowait, from /proc/stat), in ms. */
export function machineBusyMs(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / CLOCK_TICKS;
}

// USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK).
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim() || 100);

/** Runs autocannon in a process of its own (bench/load-client.js) and returns its summary. */
export function load(url: string, headers: Record<string, string>, body: string, connections: number, duration: number): Promise<LoadResult> {
  const child = spawn(process.execPath, [path.join(__dirname, 'load-client.js'), JSON.stringify({ url, method: 'POST', headers, body, connections, duration })], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load client exited with ${code}`)))));
}

/** Runs a load against a server and charges the CPU its process and the whole machine used meanwhile to each request. */
export async function measuredLoad(pid: number, url: string, headers: Record<string, string>, body: string, connections: number, duration: number): Promise<LoadResult & CpuPerRequest> {
  const [serverBefore, machineBefore] = [processCpuMs(pid), machineBusyMs()];
  const result = await load(url, headers, body, connections, duration);
  return {
    ...result,
    serverCpuMs: round2((processCpuMs(pid) - serverBefore) / result.total),
    machineCpuMs: round2((machineBusyMs() - machineBefore) / result.total),
  };
}

/** The work queue as society staff of CSEE ask for it: the headers and, per page size, the body (the WorkQueue operation). */
export function workQueueRequest(token: string): { headers: Record<string, string>; bodyOf: (first: number) => string } {
  return {
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-society': 'CSEE' },
    bodyOf: (first) => JSON.stringify({ query: print(WorkQueueDocument), variables: { first } }),
  };
}
