import DataLoader from 'dataloader';

/** A loader that fetches many rows in one statement and returns, per key, the rows whose key matches. */
export function groupedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
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
export function keyedLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | undefined> {
  return new DataLoader<K, V | undefined>(async (keys) => {
    const rows = new Map((await fetch(keys)).map((row) => [keyOf(row), row] as const));
    return keys.map((key) => rows.get(key));
  });
}
