import type { EntityManager } from '@mikro-orm/postgresql';

/** The values a registration number is made of. */
export interface RegistrationNumberValues {
  year: number;
  society: string;
  /** The grade's mark (the category plug-in's data, e.g. P for PROFESSIONAL). */
  grade: string;
  seq: number;
}

/** Fills the configured format: {year}, {society}, {grade}, {seq:N} (the sequence zero-padded to N digits). */
export function formatRegistrationNumber(format: string, values: RegistrationNumberValues): string {
  return format
    .replace(/\{year\}/g, String(values.year))
    .replace(/\{society\}/g, values.society)
    .replace(/\{grade\}/g, values.grade)
    .replace(/\{seq(?::(\d+))?\}/g, (_whole, width?: string) => String(values.seq).padStart(Number(width ?? 0), '0'));
}

/**
 * The next number of a year's sequence for a grade mark: one statement, so concurrent confirmations never get the
 * same one. The format carries year and grade (checked by the configuration), so each pair numbers on its own.
 */
export async function nextRegistrationSequence(em: EntityManager, year: number, grade: string): Promise<number> {
  const [row] = await em.execute<Array<{ last_value: number }>>(
    `insert into registration_sequence (year, grade, last_value) values (?, ?, 1)
     on conflict (year, grade) do update set last_value = registration_sequence.last_value + 1
     returning last_value`,
    [year, grade],
  );
  return Number(row.last_value);
}
