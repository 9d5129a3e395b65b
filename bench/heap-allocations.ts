import { readFileSync } from 'node:fs';

/**
 * Where a process allocates, from a sampling heap profile (`BENCH_HEAP_PROFILE=dir` makes the bench's API processes
 * write one of the steady state, issue 14). Each sample is an allocation the profiler kept: with the bench's settings
 * every sampled allocation, or, with BENCH_HEAP_PROFILE_PROMOTED=1, only what no young-generation collection freed
 * (what was promoted to the old generation, or still lived at the end). Garbage collection's cost follows both: how
 * often a scavenge strikes follows the bytes allocated, how often a full collection does follows the bytes promoted.
 * Usage:
 *
 *   npx ts-node --transpile-only bench/heap-allocations.ts dir/api-on-1234.heapprofile [how many lines]
 */

/** One node of V8's sampling heap profile (HeapProfiler.SamplingHeapProfileNode). */
interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** The allocating function of a profile node: its name, its file (relative to node_modules or the compiled tree) and line. */
function allocatingFunction(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  // A package's path from its name on; the API's own code from its compiled tree's root (dist/ or bench/.dist/).
  const file = url.includes('node_modules/') ? url.replace(/.*node_modules\//, '') : url.replace(/.*\/\.?dist\//, '');
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

/** The bytes each function allocated itself (inlined callees count as their own frames), largest first, and the total. */
export function allocationsByFunction(head: ProfileNode): { total: number; functions: Array<{ name: string; bytes: number }> } {
  const bytes = new Map<string, number>();
  let total = 0;
  const pending = [head];
  while (pending.length > 0) {
    const node = pending.pop()!;
    total += node.selfSize;
    if (node.selfSize > 0) {
      const name = allocatingFunction(node);
      bytes.set(name, (bytes.get(name) ?? 0) + node.selfSize);
    }
    pending.push(...node.children);
  }
  const functions = [...bytes].map(([name, size]) => ({ name, bytes: size })).sort((a, b) => b.bytes - a.bytes);
  return { total, functions };
}

if (require.main === module) {
  const [file, lines = '30'] = process.argv.slice(2);
  if (!file) throw new Error('usage: heap-allocations.ts <file.heapprofile> [lines]');
  const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: ProfileNode };
  const { total, functions } = allocationsByFunction(head);
  console.log(`${(total / 1e6).toFixed(1)} MB sampled`);
  for (const { name, bytes } of functions.slice(0, Number(lines))) console.log(`${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
}
