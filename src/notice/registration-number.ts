import type { EntityManager } from '@mikro-orm/postgresql';

/** Fills the configured format: {year}, {society}, {seq:N} (the sequence zero-padded to N digits). */
export function formatRegistrationNumber(format: string, values: { year: number; society: string; seq: number }): string {
  return format
    .replace(/\{year\}/g, String(values.year))
    .replace(/\{society\}/g, values.society)
    .replace(/\{seq(?::(\d+))?\}/g, (_whole, width?: string) => String(values.seq).padStart(Number(width ?? 0), '0'));
}

/** The next number of a year's sequence: one statement, so concurrent confirmations never get the same one. */
export async function nextRegistrationSequence(em: EntityManager, year: number): Promise<number> {
  const [row] = await em.execute<Array<{ last_value: number }>>(
    `insert into registration_sequence (year, last_value) values (?, 1)
     on conflict (year) do update set last_value = registration_sequence.last_value + 1
     returning last_value`,
    [year],
  );
  return Number(row.last_value);
}
