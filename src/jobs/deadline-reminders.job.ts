import type { EntityManager } from '@mikro-orm/postgresql';
import { Application, Registration, Society } from '../entities';
import { ApplicationStage, NotificationChannel, RegistrationStatus } from '../entities/enums';
import { enqueueNotification } from '../notifications/outbox';
import { addMonths, loadCalendar } from '../workflow/calendar';
import { STAGES } from '../workflow/procedure';
import { chinaToday, type WorkingDayCalendar } from '../workflow/working-day-calendar';
import type { JobDefinition } from './job-definition';
import { societyStaffIds } from './job-recipients';
import { allSocietyIds, inSocietyScope } from './job-scope';
import { LAPSABLE_STAGES } from './lapse-applications.job';

/** A return is reminded when at most this many working days are left (seed 000: 10 working days to complete). */
export const RETURN_REMINDER_WORKING_DAYS = 3;
/** The evaluation deadline (12 months from acceptance) is announced this many months ahead. */
export const EVALUATION_NOTICE_MONTHS = 1;
/** DOMAIN.md §8: the re-registration window opens 3 months before expiry and closes 12 months after it. */
export const REREGISTRATION_OPENS_MONTHS_BEFORE = 3;
export const REREGISTRATION_CLOSES_MONTHS_AFTER = 12;

const BOTH = [NotificationChannel.IN_APP, NotificationChannel.EMAIL];
const OPEN_STAGES = (Object.keys(STAGES) as ApplicationStage[]).filter((stage) => !STAGES[stage].terminal && stage !== ApplicationStage.DRAFT);

/**
 * Working days left before a return's deadline when it is due a reminder on `today`, else undefined: the deadline
 * is still ahead and at most RETURN_REMINDER_WORKING_DAYS working days away. "At most", not "exactly": a run missed
 * on the third day (an outage) is caught up the next day; the outbox's dedupe key keeps it to one per deadline.
 */
export function returnReminderDue(calendar: WorkingDayCalendar, today: string, deadline: string): number | undefined {
  if (deadline <= today) return undefined;
  const left = calendar.workingDaysBetween(today, deadline);
  return left <= RETURN_REMINDER_WORKING_DAYS ? left : undefined;
}

/** Whether an evaluation deadline is announced on `today`: not passed, and at most a month ahead. */
export function evaluationReminderDue(today: string, deadline: string): boolean {
  return deadline >= today && deadline <= addMonths(today, EVALUATION_NOTICE_MONTHS);
}

/** The re-registration window of a registration valid until `validUntil`. */
export function reregistrationWindow(validUntil: string): { opensOn: string; closesOn: string } {
  return { opensOn: addMonths(validUntil, -REREGISTRATION_OPENS_MONTHS_BEFORE), closesOn: addMonths(validUntil, REREGISTRATION_CLOSES_MONTHS_AFTER) };
}

/** Whether the window is open on `today` (its opening is announced once, on the first run while it is open). */
export function reregistrationWindowOpen(today: string, validUntil: string): boolean {
  const { opensOn, closesOn } = reregistrationWindow(validUntil);
  return opensOn <= today && today <= closesOn;
}

async function remindReturns(em: EntityManager, society: Society, calendar: WorkingDayCalendar, today: string, at: Date): Promise<number> {
  const candidates = await em.find(Application, { society: society.id, stage: { $in: [...LAPSABLE_STAGES] }, stageDeadline: { $gt: today } }, { orderBy: { id: 'asc' } });
  let written = 0;
  for (const application of candidates) {
    const left = returnReminderDue(calendar, today, application.stageDeadline!);
    if (left === undefined) continue;
    const completion = application.stage === ApplicationStage.RETURNED_FOR_COMPLETION;
    written += await enqueueNotification(em, {
      kind: 'RETURN_DUE_SOON', dedupeKey: `reminder:return-due:${application.id}:${application.stageDeadline}`,
      recipient: { accountId: application.applicant.id }, channels: BOTH,
      params: {
        societyZh: society.nameZh, societyEn: society.nameEn, deadline: application.stageDeadline, workingDaysLeft: left,
        whatZh: completion ? '补正材料' : '补充说明', whatEn: completion ? 'completed' : 'clarified',
      },
      societyId: society.id, applicationId: application.id, at,
    });
  }
  return written;
}

async function remindEvaluationDeadlines(em: EntityManager, society: Society, today: string, at: Date): Promise<number> {
  const candidates = await em.find(
    Application,
    { society: society.id, stage: { $in: OPEN_STAGES }, evaluationDeadline: { $gte: today, $lte: addMonths(today, EVALUATION_NOTICE_MONTHS) } },
    { orderBy: { id: 'asc' } },
  );
  if (candidates.length === 0) return 0;
  const staff = await societyStaffIds(em, society.id);
  let written = 0;
  for (const application of candidates) {
    if (!evaluationReminderDue(today, application.evaluationDeadline!)) continue;
    const stage = STAGES[application.stage];
    const params = {
      societyZh: society.nameZh, societyEn: society.nameEn, name: application.name ?? '—', deadline: application.evaluationDeadline,
      acceptedOn: application.acceptedAt ? chinaToday(application.acceptedAt) : '—', stageZh: stage.phaseZh, stageEn: stage.phaseEn,
    };
    for (const accountId of [application.applicant.id, ...staff]) {
      written += await enqueueNotification(em, {
        kind: 'EVALUATION_DEADLINE_NEAR', dedupeKey: `reminder:evaluation-deadline:${application.id}:${application.evaluationDeadline}`,
        recipient: { accountId }, channels: BOTH, params, societyId: society.id, applicationId: application.id, at,
      });
    }
  }
  return written;
}

async function announceReregistrationWindows(em: EntityManager, society: Society, today: string, at: Date): Promise<number> {
  const candidates = await em.find(
    Registration,
    // The register is public (no tenant filter on it): the society is named here, or every society would see every member.
    { society: society.id, status: RegistrationStatus.ACTIVE, validUntil: { $lte: addMonths(today, REREGISTRATION_OPENS_MONTHS_BEFORE), $gte: addMonths(today, -REREGISTRATION_CLOSES_MONTHS_AFTER) } },
    { orderBy: { id: 'asc' } },
  );
  let written = 0;
  for (const registration of candidates) {
    if (!reregistrationWindowOpen(today, registration.validUntil)) continue;
    const window = reregistrationWindow(registration.validUntil);
    written += await enqueueNotification(em, {
      kind: 'REREGISTRATION_WINDOW_OPEN', dedupeKey: `reminder:reregistration-window:${registration.id}:${registration.validUntil}`,
      recipient: { accountId: registration.member.id }, channels: BOTH,
      params: { societyZh: society.nameZh, societyEn: society.nameEn, registrationNumber: registration.registrationNumber, validUntil: registration.validUntil, ...window },
      societyId: society.id, applicationId: registration.application.id, at,
    });
  }
  return written;
}

/**
 * Deadline reminders, society by society, each in one transaction: a return due within 3 working days (to the
 * applicant), the evaluation deadline a month ahead (to the applicant and the society's staff), a re-registration
 * window opening (to the member). Each message's dedupe key names the deadline: once per deadline, however many
 * runs, retries or processes; a deadline the calendar moves is a new deadline and is reminded again.
 */
export const DEADLINE_REMINDERS_JOB: JobDefinition = {
  name: 'deadline-reminders',
  cron: '0 8 * * *',
  queue: { retryLimit: 3, retryDelay: 120, retryBackoff: true, expireInSeconds: 15 * 60 },
  async run(ctx) {
    const at = ctx.clock();
    const today = chinaToday(at);
    const totals = { today, returnDue: 0, evaluationDeadline: 0, reregistrationWindow: 0 };
    for (const societyId of await allSocietyIds(ctx.orm)) {
      await inSocietyScope(ctx.orm, societyId, async (em) => {
        const society = await em.findOneOrFail(Society, { id: societyId });
        const calendar = await loadCalendar(em);
        totals.returnDue += await remindReturns(em, society, calendar, today, at);
        totals.evaluationDeadline += await remindEvaluationDeadlines(em, society, today, at);
        totals.reregistrationWindow += await announceReregistrationWindows(em, society, today, at);
      });
    }
    return totals;
  },
};
