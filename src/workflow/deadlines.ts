import type { WorkingDayCalendar } from './working-day-calendar';

/** A date counted in working days from a start, and whether the holidays it crosses are officially known. */
export interface WorkingDayDeadline {
  date: string;
  calendarConfirmed: boolean;
}

/**
 * A deadline is derived, never stored alone: from its start and a number of working days (the start day
 * itself never counts). Keeping start and count lets a later calendar change move it.
 */
export function deadlineAfter(calendar: WorkingDayCalendar, start: string, workingDays: number): WorkingDayDeadline {
  const date = calendar.addWorkingDays(start, workingDays);
  return { date, calendarConfirmed: calendar.isSpanConfirmed(start, date) };
}

/**
 * The last day of a public notice of `workingDays` working days starting on `startsOn`: the first day counts
 * when it is a working day (seed 000 "公示期不少于5个工作日").
 */
export function noticeLastDay(calendar: WorkingDayCalendar, startsOn: string, workingDays: number): WorkingDayDeadline {
  const date = calendar.addWorkingDays(startsOn, calendar.isWorkingDay(startsOn) ? workingDays - 1 : workingDays);
  return { date, calendarConfirmed: calendar.isSpanConfirmed(startsOn, date) };
}
