import { AppError } from '../errors/app-error';

/**
 * Calendar dates the API accepts anywhere (birth dates, periods, sittings, notices, calendar overrides).
 * No engineer alive was born before 1900, and no deadline or notice is set beyond 2100; the bounds also keep
 * every date inside what PostgreSQL (no year 0) and the ISO 'YYYY-MM-DD' form (four-digit years) can hold, so
 * date arithmetic such as "n working days after" cannot run off either end.
 */
export const CALENDAR_DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

/** The same bounds as instants (interview times), UTC+8 midnight to midnight. */
export const INSTANT_RANGE = { min: new Date('1900-01-01T00:00:00+08:00'), max: new Date('2101-01-01T00:00:00+08:00') } as const;

/** The same bounds as years (e.g. the working-day overrides of a year). */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealCalendarDate(value: string): boolean {
  // Date rolls 2026-02-30 over to March rather than refusing it, so the round trip is the real check.
  const time = ISO_DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** A calendar date 'YYYY-MM-DD' that exists and lies in CALENDAR_DATE_RANGE; otherwise a refusal naming `field`. */
export function checkCalendarDate(value: string, field: string): string {
  if (typeof value !== 'string' || !isRealCalendarDate(value)) {
    throw new AppError('MALFORMED_DATE', { field, params: { field } });
  }
  // ISO dates of four-digit years sort as strings in calendar order.
  if (value < CALENDAR_DATE_RANGE.min || value > CALENDAR_DATE_RANGE.max) {
    throw new AppError('DATE_OUT_OF_RANGE', { field, params: { ...CALENDAR_DATE_RANGE } });
  }
  return value;
}

/** An instant inside INSTANT_RANGE; otherwise a refusal naming `field`. */
export function checkInstant(value: Date, field: string): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()) || value < INSTANT_RANGE.min || value >= INSTANT_RANGE.max) {
    throw new AppError('DATE_OUT_OF_RANGE', { field, params: { ...CALENDAR_DATE_RANGE } });
  }
  return value;
}

/** A whole number within [min, max]; otherwise NUMBER_OUT_OF_RANGE naming `field`. */
export function checkIntegerRange(value: number, field: string, range: { min: number; max: number }): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new AppError('NUMBER_OUT_OF_RANGE', { field, params: { min: range.min, max: range.max } });
  }
  return value;
}
