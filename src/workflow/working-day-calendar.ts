/**
 * PRC working days for deadlines: official holidays and adjusted working weekends (调休) from the
 * `chinese-days` data set, corrected or extended by an override table kept by federation admins.
 */
// The package's prebuilt data set, not its functions: those build their tables at load time from dates
// parsed as UTC and read back in local time, so west of UTC every holiday lands a day early.
import libraryData from 'chinese-days/dist/chinese-days.json';

/** Only two kinds: a deadline cares whether the office is open, not why. */
export type DayKind = 'WORKDAY' | 'HOLIDAY';

/** One row of the admins' table, for years the library does not know yet or days it has wrong. */
export interface WorkingDayOverride {
  date: string;
  kind: DayKind;
  name?: string;
}

/** inLieuDays is left out: those days are already listed as holidays, it only marks which are paid back. */
const library: { holidays: Readonly<Record<string, string>>; workdays: Readonly<Record<string, string>> } = libraryData;

const DAY_MS = 24 * 60 * 60 * 1000;
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates 'YYYY-MM-DD' (a real calendar date); returns it or throws RangeError. */
export function parseCalendarDate(value: string): string {
  // Date rolls 2026-02-30 over to March rather than refusing it, so the round trip is the real check.
  const time = typeof value === 'string' && ISO_DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value) {
    throw new RangeError(`Expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The China day chinaToday answered last (whole days since the epoch, UTC+8), and its date. */
let lastChinaDay = NaN;
let lastChinaDate = '';

/** Today's date in China (UTC+8), as 'YYYY-MM-DD'. */
export function chinaToday(now: Date = new Date()): string {
  // China has kept UTC+8 all year since 1991, so a fixed offset needs no time-zone database.
  const shifted = now.getTime() + CHINA_OFFSET_MS;
  // A page asks once per application, at nearly the same instant: the date of the day asked last is kept, sparing
  // a Date and its ISO string each time (an invalid date is NaN, never equal, and throws below as before).
  const day = Math.floor(shifted / DAY_MS);
  if (day === lastChinaDay) return lastChinaDate;
  const date = new Date(shifted).toISOString().slice(0, 10);
  lastChinaDay = day;
  lastChinaDate = date;
  return date;
}

/** Dates are handled as UTC midnights so the host's time zone can never shift a day. */
function utcTime(date: string): number {
  return Date.parse(`${parseCalendarDate(date)}T00:00:00Z`);
}

/** Re-validating keeps a walk past 9999-12-31 from returning a malformed date. */
function nextDay(date: string): string {
  return parseCalendarDate(new Date(utcTime(date) + DAY_MS).toISOString().slice(0, 10));
}

let cachedYears: { first: number; last: number } | undefined;

/** Built from one snapshot of the admins' table, so every date in one computation sees the same rules. */
export class WorkingDayCalendar {
  private readonly overrides = new Map<string, DayKind>();
  private readonly arrangedYears: ReadonlySet<number>;

  /**
   * Later entries win, so a correction can simply be appended to the admins' table. `arrangedYears` are the
   * years whose whole official arrangement the federation loaded: like the library's years, they are confirmed.
   */
  constructor(overrides: readonly WorkingDayOverride[] = [], arrangedYears: readonly number[] = []) {
    for (const { date, kind } of overrides) {
      if (kind !== 'WORKDAY' && kind !== 'HOLIDAY') throw new RangeError(`Unknown day kind ${JSON.stringify(kind)} for ${date}`);
      this.overrides.set(parseCalendarDate(date), kind);
    }
    this.arrangedYears = new Set(arrangedYears);
  }

  /** The years whose arrangement the federation loaded, in order. */
  arrangedYearList(): number[] {
    return [...this.arrangedYears].sort((a, b) => a - b);
  }

  /** Whether the official holidays of a year are known: the library has them, or the federation loaded them. */
  isYearConfirmed(year: number): boolean {
    const { first, last } = WorkingDayCalendar.libraryYears();
    return (year >= first && year <= last) || this.arrangedYears.has(year);
  }

  /**
   * Whether a deadline counted over (from, to] rests on known holidays only: a single unconfirmed year in
   * between means the date may still move when the State Council publishes that year's arrangement.
   */
  isSpanConfirmed(from: string, to: string): boolean {
    const first = Number(parseCalendarDate(from).slice(0, 4));
    const last = Number(parseCalendarDate(to).slice(0, 4));
    for (let year = Math.min(first, last); year <= Math.max(first, last); year += 1) {
      if (!this.isYearConfirmed(year)) return false;
    }
    return true;
  }

  /** The years the built-in library knows; outside them only overrides and Mon–Fri apply. */
  static libraryYears(): { first: number; last: number } {
    if (!cachedYears) {
      // Read from the data, so upgrading chinese-days widens the range without a code change.
      const years = [...Object.keys(library.holidays), ...Object.keys(library.workdays)].map((date) => Number(date.slice(0, 4)));
      cachedYears = { first: Math.min(...years), last: Math.max(...years) };
    }
    return { ...cachedYears };
  }

  /**
   * Override first, then the library for years it covers, then Mon–Fri: the admins' word is final. A year whose
   * whole arrangement the federation loaded is its overrides and Mon–Fri only: the library no longer speaks for it.
   */
  isWorkingDay(date: string): boolean {
    const time = utcTime(date);
    const override = this.overrides.get(date);
    if (override) return override === 'WORKDAY';
    const { first, last } = WorkingDayCalendar.libraryYears();
    const year = Number(date.slice(0, 4));
    if (year >= first && year <= last && !this.arrangedYears.has(year)) {
      if (library.workdays[date]) return true;
      if (library.holidays[date]) return false;
    }
    const weekday = new Date(time).getUTCDay();
    return weekday >= 1 && weekday <= 5;
  }

  /** The deadline `count` working days after `start`; the start day itself never counts. */
  addWorkingDays(start: string, count: number): string {
    parseCalendarDate(start);
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`Expected a non-negative whole number of days, got ${count}`);
    let date = start;
    for (let remaining = count; remaining > 0; ) {
      date = nextDay(date);
      if (this.isWorkingDay(date)) remaining -= 1;
    }
    return date;
  }

  /** Working days in (from, to], so that addWorkingDays(from, n) is the first `to` giving n. */
  workingDaysBetween(from: string, to: string): number {
    parseCalendarDate(from);
    parseCalendarDate(to);
    let count = 0;
    // ISO dates of four-digit years sort as strings in calendar order.
    for (let date = from; date < to; ) {
      date = nextDay(date);
      if (this.isWorkingDay(date)) count += 1;
    }
    return count;
  }
}
