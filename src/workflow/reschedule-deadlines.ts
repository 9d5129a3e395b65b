import type { EntityManager } from '@mikro-orm/postgresql';
import { Application, PublicNotice, PublicNoticeEntry } from '../entities';
import { recordApplicationEvent } from './application-events';
import { TENANT_FILTER } from '../tenancy/tenant-filter';
import { loadCalendar } from './calendar';
import { deadlineAfter, noticeLastDay } from './deadlines';

/** A change of the working-day calendar by a federation admin: which days changed, by whom, when, and why. */
export interface CalendarChange {
  em: EntityManager;
  actorId: string;
  now: Date;
  /** The days whose kind changed (added, removed or replaced overrides). */
  changedDates: readonly string[];
  /** What happened, as the history shows it in both languages ("2027-01-01 设为休息日"…). */
  reason: { zh: string; en: string };
}

/** How many open deadlines a calendar change moved. */
export interface RescheduleResult {
  stageDeadlines: number;
  noticeEnds: number;
}

/** The history entry's action for a deadline the calendar moved (no stage changes). */
export const DEADLINE_MOVED_ACTION = 'moveDeadline';

// A calendar change is federation-wide whatever society header the admin's request carries: the tenant filter
// is lifted for these reads, and RLS still admits them only because the principal holds a federation role.
const ACROSS_TENANTS = { filters: { [TENANT_FILTER]: false } } as const;

/**
 * Recomputes every open deadline a calendar change can affect (stage deadlines of returned applications and the
 * last days of open public notices) from what each is counted from, in the caller's transaction, and records each
 * move in the application's history. Run it after the change is written, so the calendar it loads includes it.
 */
export async function rescheduleOpenDeadlines(change: CalendarChange): Promise<RescheduleResult> {
  if (change.changedDates.length === 0) return { stageDeadlines: 0, noticeEnds: 0 };
  const { em } = change;
  // Only days after a deadline's start can move it: anything counted from the last changed day on is untouched.
  const latest = [...change.changedDates].sort().at(-1)!;
  const calendar = await loadCalendar(em);
  // The reason says what moved and why, in both languages, so the history reads on its own.
  const history = (application: Application, moved: { zh: string; en: string }, details: Record<string, unknown>) =>
    recordApplicationEvent(em, {
      application, actorId: change.actorId, action: DEADLINE_MOVED_ACTION, reason: `${change.reason.zh}：${moved.zh} / ${change.reason.en}: ${moved.en}`, details, at: change.now,
    });

  const returned = await em.find(
    Application,
    { stageDeadline: { $ne: null }, stageDeadlineStart: { $ne: null, $lt: latest }, stageDeadlineWorkingDays: { $ne: null } },
    ACROSS_TENANTS,
  );
  let stageDeadlines = 0;
  for (const application of returned) {
    const moved = deadlineAfter(calendar, application.stageDeadlineStart!, application.stageDeadlineWorkingDays!);
    if (moved.date === application.stageDeadline) continue;
    const previousDeadline = application.stageDeadline;
    // Plain SQL, because the ORM bumps the optimistic-lock version on every update: a moved deadline is not an edit
    // of the dossier, and the applicant's expectedVersion must stay valid. RLS still applies to the statement.
    await em.execute('update application set stage_deadline = ? where id = ?', [moved.date, application.id]);
    history(
      application,
      { zh: `截止日期由 ${previousDeadline} 调整为 ${moved.date}`, en: `deadline moved from ${previousDeadline} to ${moved.date}` },
      { previousDeadline, stageDeadline: moved.date, calendarConfirmed: moved.calendarConfirmed, changedDates: change.changedDates },
    );
    stageDeadlines += 1;
  }

  const notices = await em.find(PublicNotice, { closedAt: null, workingDays: { $ne: null }, startsOn: { $lt: latest } }, ACROSS_TENANTS);
  let noticeEnds = 0;
  for (const notice of notices) {
    const moved = noticeLastDay(calendar, notice.startsOn, notice.workingDays!);
    if (moved.date === notice.endsOn) continue;
    const previousEndsOn = notice.endsOn;
    await em.nativeUpdate(PublicNotice, { id: notice.id }, { endsOn: moved.date }, ACROSS_TENANTS);
    const entries = await em.find(PublicNoticeEntry, { notice: notice.id }, { ...ACROSS_TENANTS, populate: ['application'] });
    for (const entry of entries) {
      history(
        entry.application,
        { zh: `公示截止日由 ${previousEndsOn} 调整为 ${moved.date}`, en: `public notice now ends on ${moved.date} instead of ${previousEndsOn}` },
        { noticeId: notice.id, previousEndsOn, noticeEndsOn: moved.date, calendarConfirmed: moved.calendarConfirmed, changedDates: change.changedDates },
      );
    }
    noticeEnds += 1;
  }
  await em.flush();
  return { stageDeadlines, noticeEnds };
}
