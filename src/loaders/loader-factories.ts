import DataLoader from 'dataloader';

/**
 * Runs a request's batch fetches one after another. They share the request's transaction, i.e. one
 * connection; overlapping queries on it are queued by pg today and refused by pg 9.
 */
export class SerialGate {
  private tail: Promise<unknown> = Promise.resolve();

  /** Runs the work after everything queued before it. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** A loader that fetches many rows in one statement and returns, per key, the rows whose key matches. */
export function groupedLoader<K, V>(gate: SerialGate, fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await gate.run(() => fetch(keys));
    const groups = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A loader that fetches rows by key in one statement; a missing row resolves to undefined. */
export function keyedLoader<K, V>(gate: SerialGate, fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | undefined> {
  return new DataLoader<K, V | undefined>(async (keys) => {
    const rows = new Map((await gate.run(() => fetch(keys))).map((row) => [keyOf(row), row] as const));
    return keys.map((key) => rows.get(key));
  });
}
