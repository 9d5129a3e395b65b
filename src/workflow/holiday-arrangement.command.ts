import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, HolidayArrangement, WorkingDayOverrideRow } from '../entities';
import { AppError } from '../errors/app-error';
import { rescheduleOpenDeadlines, type RescheduleResult } from './reschedule-deadlines';
import { WorkingDayCalendar, type DayKind } from './working-day-calendar';
import { checkCalendarDate } from '../common/input-ranges';

/** One holiday of the State Council's arrangement: a name and its first and last day off. */
export interface HolidayPeriod {
  name: string;
  firstDay: string;
  lastDay: string;
}

/** One weekend day declared a working day (调休上班). */
export interface AdjustedWorkingDay {
  date: string;
  name?: string | null;
}

/** A year's official arrangement as the State Council publishes it (国务院办公厅关于 YYYY 年部分节假日安排的通知). */
export interface HolidayArrangementInput {
  year: number;
  source?: string | null;
  holidays: readonly HolidayPeriod[];
  adjustedWorkingDays: readonly AdjustedWorkingDay[];
}

/** What loading an arrangement did. */
export interface HolidayArrangementResult extends RescheduleResult {
  year: number;
  holidayDays: number;
  adjustedWorkingDays: number;
}

/** Years a deadline can reasonably fall in; outside them an arrangement is a typing mistake. */
export const ARRANGEMENT_YEARS = { first: 2000, last: 2100 } as const;
// A New Year holiday may begin in late December and a make-up working day fall in early January of the next year.
const SPILL_DAYS = 15;
// The longest official holiday (Spring Festival, National Day) is 8–9 days; anything far longer is a typo.
const LONGEST_HOLIDAY_DAYS = 15;
const DAY_MS = 24 * 60 * 60 * 1000;

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysOf(period: { firstDay: string; lastDay: string }): string[] {
  const days: string[] = [];
  for (let day = period.firstDay; day <= period.lastDay; day = shift(day, 1)) days.push(day);
  return days;
}

/** Checks an arrangement and lists its days: every day off and every make-up working day, or the first problem. */
export function arrangementDays(input: HolidayArrangementInput): Map<string, { kind: DayKind; name: string }> {
  if (!Number.isInteger(input.year) || input.year < ARRANGEMENT_YEARS.first || input.year > ARRANGEMENT_YEARS.last) {
    throw bad('input.year', `a year between ${ARRANGEMENT_YEARS.first} and ${ARRANGEMENT_YEARS.last}`, `年份须在 ${ARRANGEMENT_YEARS.first} 到 ${ARRANGEMENT_YEARS.last} 之间`);
  }
  if (input.holidays.length === 0) throw bad('input.holidays', 'an arrangement names at least one holiday', '节假日安排至少须包含一个节日');
  const earliest = shift(`${input.year}-01-01`, -SPILL_DAYS);
  const latest = shift(`${input.year}-12-31`, SPILL_DAYS);
  const days = new Map<string, { kind: DayKind; name: string }>();
  const within = (day: string, field: string) => {
    if (day < earliest || day > latest) throw bad(field, `a day of ${input.year} (or within ${SPILL_DAYS} days of it)`, `须为 ${input.year} 年内（或前后 ${SPILL_DAYS} 天内）的日期`);
  };
  input.holidays.forEach((holiday, index) => {
    const path = `input.holidays[${index}]`;
    const name = holiday.name?.trim();
    if (!name || name.length > 20) throw bad(`${path}.name`, 'a name of 1–20 characters', '节日名称须为 1–20 个字符');
    const firstDay = checkCalendarDate(holiday.firstDay, `${path}.firstDay`);
    const lastDay = checkCalendarDate(holiday.lastDay, `${path}.lastDay`);
    within(firstDay, `${path}.firstDay`);
    within(lastDay, `${path}.lastDay`);
    if (lastDay < firstDay) throw bad(`${path}.lastDay`, 'the last day cannot precede the first', '最后一天不能早于第一天');
    const period = daysOf({ firstDay, lastDay });
    if (period.length > LONGEST_HOLIDAY_DAYS) throw bad(`${path}.lastDay`, `a holiday lasts at most ${LONGEST_HOLIDAY_DAYS} days`, `一个假期不超过 ${LONGEST_HOLIDAY_DAYS} 天`);
    for (const day of period) {
      if (days.has(day)) throw bad(`${path}.firstDay`, `${day} is already in another holiday`, `${day} 已在另一个假期中`);
      days.set(day, { kind: 'HOLIDAY', name });
    }
  });
  input.adjustedWorkingDays.forEach((workday, index) => {
    const path = `input.adjustedWorkingDays[${index}]`;
    const date = checkCalendarDate(workday.date, `${path}.date`);
    within(date, `${path}.date`);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    // A make-up working day is a Saturday or Sunday: a weekday is a working day already, so listing it is a typo.
    if (weekday !== 0 && weekday !== 6) throw bad(`${path}.date`, `${date} is not a Saturday or Sunday`, `${date} 不是周六或周日，无需调休上班`);
    if (days.has(date)) throw bad(`${path}.date`, `${date} is also listed as a holiday`, `${date} 同时被列为假日`);
    const name = workday.name?.trim() || '调休上班';
    if (name.length > 20) throw bad(`${path}.name`, 'a name of 1–20 characters', '名称须为 1–20 个字符');
    days.set(date, { kind: 'WORKDAY', name });
  });
  return days;
}

/**
 * Federation admins: loads a year's official arrangement in one step. It replaces every override of that year,
 * confirms the year (deadlines in it are no longer flagged), and moves the open deadlines it affects.
 */
export async function loadHolidayArrangement(
  em: EntityManager, actorId: string, now: Date, input: HolidayArrangementInput,
): Promise<HolidayArrangementResult> {
  const days = arrangementDays(input);
  const source = input.source?.trim() || undefined;
  if (source && source.length > 200) throw bad('input.source', 'at most 200 characters', '不超过 200 个字符');

  // Which days change kind: compare the calendar before and after over every day the change could touch.
  const before = await em.find(WorkingDayOverrideRow, {});
  const arrangedBefore = (await em.find(HolidayArrangement, {}, { fields: ['year'] })).map((row) => row.year);
  const yearStart = `${input.year}-01-01`;
  const yearEnd = `${input.year}-12-31`;
  const replaced = before.filter((row) => (row.date >= yearStart && row.date <= yearEnd) || days.has(row.date));
  const replacedDates = new Set(replaced.map((row) => row.date));
  const kept = before.filter((row) => !replacedDates.has(row.date));
  const calendarBefore = new WorkingDayCalendar(before.map((row) => ({ date: row.date, kind: row.kind })), arrangedBefore);
  const calendarAfter = new WorkingDayCalendar(
    [...kept.map((row) => ({ date: row.date, kind: row.kind })), ...[...days].map(([date, day]) => ({ date, kind: day.kind }))],
    [...arrangedBefore, input.year],
  );
  const changedDates: string[] = [];
  for (let day = shift(yearStart, -SPILL_DAYS); day <= shift(yearEnd, SPILL_DAYS); day = shift(day, 1)) {
    if (calendarBefore.isWorkingDay(day) !== calendarAfter.isWorkingDay(day)) changedDates.push(day);
  }

  if (replaced.length > 0) await em.nativeDelete(WorkingDayOverrideRow, { date: { $in: [...replacedDates] } });
  await em.insertMany(WorkingDayOverrideRow, [...days].map(([date, day]) => ({ date, kind: day.kind, name: day.name, createdAt: now })));
  await em.upsert(HolidayArrangement, { year: input.year, source, loadedBy: em.getReference(Account, actorId), loadedAt: now });

  const holidayDays = [...days.values()].filter((day) => day.kind === 'HOLIDAY').length;
  const moved = await rescheduleOpenDeadlines({
    em, actorId, now, changedDates,
    reason: { zh: `载入 ${input.year} 年节假日安排${source ? `（${source}）` : ''}`, en: `${input.year} holiday arrangement loaded` },
  });
  return { year: input.year, holidayDays, adjustedWorkingDays: days.size - holidayDays, ...moved };
}

/** Whether next year's arrangement is still unknown when it is due (the State Council publishes it by the end of the year). */
export function nextYearArrangementMissing(calendar: WorkingDayCalendar, today: string): boolean {
  const month = Number(today.slice(5, 7));
  // From November on: the notice usually appears in late October or November.
  return month >= 11 && !calendar.isYearConfirmed(Number(today.slice(0, 4)) + 1);
}
