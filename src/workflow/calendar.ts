import type { EntityManager } from '@mikro-orm/postgresql';
import { HolidayArrangement, WorkingDayOverrideRow } from '../entities';
import { WorkingDayCalendar } from './working-day-calendar';

/** The PRC working-day calendar with the admins' overrides and loaded years, as the database has them now. */
export async function loadCalendar(em: EntityManager): Promise<WorkingDayCalendar> {
  const rows = await em.find(WorkingDayOverrideRow, {}, { orderBy: { date: 'asc' } });
  const arranged = await em.find(HolidayArrangement, {}, { fields: ['year'] });
  return new WorkingDayCalendar(
    rows.map((row) => ({ date: row.date, kind: row.kind, name: row.name })),
    arranged.map((row) => row.year),
  );
}

// One calendar per request: a page of applications asks for it once per deadline shown.
const requestCalendars = new WeakMap<EntityManager, Promise<WorkingDayCalendar>>();

/** The calendar as this request's transaction sees it, loaded once per request (keyed by its fork). */
export function calendarOfRequest(em: EntityManager): Promise<WorkingDayCalendar> {
  let calendar = requestCalendars.get(em);
  if (!calendar) {
    calendar = loadCalendar(em);
    requestCalendars.set(em, calendar);
  }
  return calendar;
}

/** A calendar date plus whole months (the last day of the month when it has fewer days). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}
