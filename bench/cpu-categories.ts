import { readFileSync } from 'node:fs';

/**
 * Where a process's CPU goes, by kind of work, from a Linux `perf` profile (issue 14). V8's own CPU profiler
 * (BENCH_CPU_PROFILE) samples wall-clock time on the main thread: while the API waits for a core — a PostgreSQL
 * backend its query woke runs on its core — the samples pile up in the write that woke it (`writev`, 15–27% of that
 * profile), and the garbage collector's helper threads are not in it at all. `perf record -e cpu-clock` samples a
 * thread only while it is on a CPU, every thread of the process, kernel included: what the bench's "server CPU ms"
 * counts. Usage (the API started with NODE_OPTIONS=--perf-basic-prof so that JIT frames have names):
 *
 *   perf record -e cpu-clock -F 2000 -g -p <pid> -o api.perf -- sleep 8
 *   perf script -i api.perf -F ip,sym | npx ts-node --transpile-only bench/cpu-categories.ts
 */

/** A kind of work and the frames that belong to it (a regular expression over the symbol names perf prints). */
interface Category {
  name: string;
  frames: RegExp;
}

/**
 * The kinds of work. A stack is read from its leaf up, and the first frame any category matches decides the sample's
 * kind (so a JSON.parse inside readApplications counts as JSON.parse, a read model built there as read models); this
 * list's order only decides between categories matching the same frame. The API's own code is recognised by its
 * compiled path (dist/src or bench/.dist/src).
 */
export const CPU_CATEGORIES: readonly Category[] = [
  { name: 'garbage collection', frames: /Scavenger|Heap::|Marking|Sweeper|MinorGC|MarkCompact|GCTracer|MemoryAllocator|Evacuat/ },
  { name: 'JSON.stringify', frames: /JsonStringifier|prettyJSONStringify/ },
  { name: 'encoding the answer', frames: /WriteUtf8|createFromString|utf8Write|dist\/src\/http\/graphql-http\.js/ },
  { name: 'JSON.parse', frames: /JsonParser/ },
  { name: 'decoding PostgreSQL text (UTF-8)', frames: /Utf8Decoder|StringSlice|NewStringFromUtf8/ },
  { name: 'pg (protocol and client)', frames: /pg-protocol|\/pg\/lib\// },
  { name: 'read models', frames: /dist\/src\/resolvers\/applications\/application-read\.js|dist\/src\/loaders\/|ReadModel/ },
  { name: 'field policies and guards', frames: /dist\/src\/(policies|workflow)\/|dist\/src\/assessment\/guard/ },
  { name: 'resolvers', frames: /dist\/src\/resolvers\// },
  { name: 'graphql-js', frames: /node_modules\/graphql\/|graphql-scalars|graphql-middleware|graphql-shield/ },
  { name: 'Apollo Server', frames: /@apollo\// },
  { name: 'MikroORM and knex', frames: /knex|mikro-orm|tarn/ },
  { name: 'express', frames: /\/router\/|\/express\/|body-parser|raw-body|helmet|on-finished|finalhandler/ },
  { name: 'node http and streams', frames: /node:_http|HTTPParser|llhttp|node:net|stream_base|node:internal\/streams|node:events/ },
  { name: 'async hooks and promises', frames: /async_hooks|RunMicrotasks|Promise/ },
  { name: 'other application code', frames: /dist\/src\// },
  { name: 'kernel', frames: /_raw_spin|finish_task_switch|tcp_|sock_|do_syscall|entry_SYSCALL|ep_poll|schedule/ },
];

/** The share of samples (0–1) per kind, largest first, of `perf script -F ip,sym` output (one stack per blank-line-separated block, leaf first). */
export function cpuByCategory(perfScript: string, categories: readonly Category[] = CPU_CATEGORIES): Array<{ name: string; share: number }> {
  const counts = new Map<string, number>();
  let samples = 0;
  for (const block of perfScript.split(/\n\s*\n/)) {
    // Each line: the address, then the symbol (which may contain spaces).
    const symbols = block.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => line.replace(/^[0-9a-f]+\s+/, ''));
    if (symbols.length === 0) continue;
    samples += 1;
    let kind = 'other';
    for (const symbol of symbols) {
      const match = categories.find((category) => category.frames.test(symbol));
      if (match) {
        kind = match.name;
        break;
      }
    }
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, share: count / samples })).sort((a, b) => b.share - a.share);
}

if (require.main === module) {
  const shares = cpuByCategory(readFileSync(0, 'utf8'));
  for (const { name, share } of shares) console.log(`${(share * 100).toFixed(1).padStart(5)}%  ${name}`);
}
