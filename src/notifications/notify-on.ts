import type { EntityManager } from '@mikro-orm/postgresql';
import { Application, ApplicationEvent, Grade, Interview, Registration, Society } from '../entities';
import { InterviewMode, NotificationChannel } from '../entities/enums';
import { enqueueNotification } from './outbox';
import type { NotificationKind } from './templates';
import type { TemplateParams } from './message';

/**
 * Application events that notify the applicant, by action: the seeds oblige these (a return with its items and
 * deadline; the interview notice; not accepted and not registered with reasons, "及时通知其本人"; registered with
 * the number; objection decisions).
 */
const APPLICANT_MESSAGES: Readonly<Record<string, NotificationKind>> = {
  returnForCompletion: 'RETURNED_FOR_COMPLETION',
  returnForClarification: 'RETURNED_FOR_CLARIFICATION',
  requestSupplement: 'SUPPLEMENT_REQUESTED',
  scheduleInterview: 'INTERVIEW_SCHEDULED',
  rejectNotAccepted: 'NOT_ACCEPTED',
  lapse: 'LAPSED',
  decideNotRegistered: 'NOT_REGISTERED',
  upholdObjectionNotRegistered: 'NOT_REGISTERED',
  upholdObjectionRereview: 'OBJECTION_UPHELD_REREVIEW',
  confirmRegistration: 'REGISTERED',
  registerTrainee: 'REGISTERED',
  // After registration (seed 000): every status change is the member's to know; the re-registration outcome
  // "应告知其结果".
  suspendRegistration: 'REGISTRATION_STATUS_CHANGED',
  restoreRegistration: 'REGISTRATION_STATUS_CHANGED',
  cancelRegistration: 'REGISTRATION_STATUS_CHANGED',
  cancelRegistrationAutomatically: 'REGISTRATION_STATUS_CHANGED',
  revokeRegistration: 'REGISTRATION_STATUS_CHANGED',
  grantReregistration: 'REREGISTRATION_GRANTED',
  refuseReregistration: 'REREGISTRATION_REFUSED',
};

/** A registration's status as the member reads it. */
const STATUS_NAMES: Record<string, { zh: string; en: string }> = {
  ACTIVE: { zh: '有效', en: 'in force' },
  SUSPENDED: { zh: '暂停', en: 'suspended' },
  CANCELLED: { zh: '注销', en: 'cancelled' },
  REVOKED: { zh: '撤销', en: 'revoked' },
};

/** The application actions that notify anyone (for documentation and tests). */
export const NOTIFYING_ACTIONS: readonly string[] = Object.keys(APPLICANT_MESSAGES);

const MODE_NAMES: Record<InterviewMode, { zh: string; en: string }> = {
  [InterviewMode.ONSITE]: { zh: '现场', en: 'on site' },
  [InterviewMode.ONLINE]: { zh: '线上', en: 'online' },
  [InterviewMode.MIXED]: { zh: '现场与线上结合', en: 'mixed (on site and online)' },
};

const queued = new WeakMap<EntityManager, ApplicationEvent[]>();

/**
 * The notification hook: call it once where an application event is written, in the same entity manager. It only
 * notes the event; writeQueuedNotifications writes the messages in the same transaction once the command is done
 * (facts such as the registration number or the interview exist only by then).
 */
export function notifyOn(em: EntityManager, event: ApplicationEvent): void {
  if (!(event.action in APPLICANT_MESSAGES)) return;
  const list = queued.get(em) ?? [];
  list.push(event);
  queued.set(em, list);
}

/** Forgets the events noted on this entity manager (their command was rolled back). */
export function discardQueuedNotifications(em: EntityManager): void {
  queued.delete(em);
}

/**
 * Writes the outbox messages of every event noted since the last call, in the caller's transaction. The request
 * runs it at the end of each mutation field (inside its savepoint); a job runner calls it before committing.
 */
export async function writeQueuedNotifications(em: EntityManager): Promise<number> {
  const events = queued.get(em);
  if (!events || events.length === 0) return 0;
  queued.delete(em);
  let written = 0;
  for (const event of events) written += await writeEventMessages(em, event);
  return written;
}

async function writeEventMessages(em: EntityManager, event: ApplicationEvent): Promise<number> {
  const kind = APPLICANT_MESSAGES[event.action];
  const application = await em.findOneOrFail(Application, { id: event.application.id }, { filters: false });
  const society = await em.findOneOrFail(Society, { id: application.society.id });
  const params: TemplateParams = { societyZh: society.nameZh, societyEn: society.nameEn, ...(await factsOf(em, event, application)) };
  return enqueueNotification(em, {
    kind, dedupeKey: `application_event:${event.id}`, recipient: { accountId: application.applicant.id },
    channels: [NotificationChannel.IN_APP, NotificationChannel.EMAIL], params,
    societyId: society.id, applicationId: application.id, at: event.at,
  });
}

async function factsOf(em: EntityManager, event: ApplicationEvent, application: Application): Promise<TemplateParams> {
  const details = event.details ?? {};
  const items = Array.isArray(details.items) ? (details.items as string[]) : [];
  const base: TemplateParams = { reason: event.reason ?? null, items, deadline: (details.stageDeadline as string | undefined) ?? application.stageDeadline ?? null };
  switch (event.action) {
    case 'scheduleInterview': {
      const [interview] = await em.find(Interview, { application }, { orderBy: { createdAt: 'desc' }, limit: 1, filters: false });
      if (!interview) return base;
      const mode = MODE_NAMES[interview.mode];
      return { ...base, scheduledAt: interview.scheduledAt.toISOString(), scheduledAtZh: chinaDateTime(interview.scheduledAt), modeZh: mode.zh, modeEn: mode.en, location: interview.location };
    }
    case 'confirmRegistration':
    case 'registerTrainee': {
      const registration = await em.findOne(Registration, { application }, { filters: false });
      const grade = await em.findOneOrFail(Grade, { id: application.grade.id });
      return { ...base, registrationNumber: registration?.registrationNumber ?? null, validFrom: registration?.validFrom ?? null, validUntil: registration?.validUntil ?? null, gradeZh: grade.nameZh, gradeEn: grade.nameEn };
    }
    default: {
      if (typeof details.registrationNumber !== 'string') return base;
      // A registration's own event (registration-history.ts): its number, the status it moved to, the new validity.
      const status = STATUS_NAMES[String(details.toStatus)] ?? { zh: String(details.toStatus), en: String(details.toStatus) };
      return {
        ...base, registrationNumber: details.registrationNumber, statusZh: status.zh, statusEn: status.en,
        validFrom: (details.validFrom as string | undefined) ?? null, validUntil: (details.validUntil as string | undefined) ?? null,
      };
    }
  }
}

/** "2026-12-03 09:30" in China time (UTC+8, no daylight saving). */
function chinaDateTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
