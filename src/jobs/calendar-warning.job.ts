import { NotificationChannel } from '../entities/enums';
import { enqueueNotification } from '../notifications/outbox';
import { loadCalendar } from '../workflow/calendar';
import { nextYearArrangementMissing } from '../workflow/holiday-arrangement.command';
import { chinaToday } from '../workflow/working-day-calendar';
import type { JobDefinition } from './job-definition';
import { federationAdminIds } from './job-recipients';
import { inSystemScope } from './job-scope';

/**
 * Warns the federation admins while next year's holiday arrangement is missing from the working-day calendar
 * (the same rule as workingDayCalendarStatus.nextYearArrangementMissing: from November on). Weekly, Monday 09:00
 * Beijing time, until someone loads it; one message per admin and run day.
 */
export const CALENDAR_WARNING_JOB: JobDefinition = {
  name: 'calendar-arrangement-warning',
  cron: '0 9 * * 1',
  queue: { retryLimit: 3, retryDelay: 300, retryBackoff: true, expireInSeconds: 5 * 60 },
  async run(ctx) {
    const at = ctx.clock();
    const today = chinaToday(at);
    const year = Number(today.slice(0, 4)) + 1;
    return inSystemScope(ctx.orm, async (em) => {
      if (!nextYearArrangementMissing(await loadCalendar(em), today)) return { today, year, missing: false, written: 0 };
      let written = 0;
      for (const accountId of await federationAdminIds(em)) {
        written += await enqueueNotification(em, {
          kind: 'CALENDAR_ARRANGEMENT_MISSING', dedupeKey: `calendar:arrangement-missing:${year}:${today}`, recipient: { accountId },
          channels: [NotificationChannel.IN_APP, NotificationChannel.EMAIL], params: { year }, at,
        });
      }
      return { today, year, missing: true, written };
    });
  },
};
