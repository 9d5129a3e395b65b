import type { EntityManager } from '@mikro-orm/postgresql';
import { Application, Objection, Society } from '../entities';
import { NotificationChannel, ObjectionStatus } from '../entities/enums';
import { enqueueNotification } from './outbox';

const OUTCOME_NAMES: Record<ObjectionStatus, { zh: string; en: string }> = {
  [ObjectionStatus.OPEN]: { zh: '处理中', en: 'open' },
  [ObjectionStatus.DISMISSED]: { zh: '异议不成立，予以驳回', en: 'dismissed' },
  [ObjectionStatus.UPHELD_NOT_REGISTERED]: { zh: '异议成立，不予注册', en: 'upheld: not registered' },
  [ObjectionStatus.UPHELD_REREVIEW]: { zh: '异议成立，重新综合审议', en: 'upheld: back to the comprehensive review' },
};

/** The objector's contact, when it is an email address (the contact is free text: a phone number gets no mail). */
export function emailIn(contact: string | undefined | null): string | undefined {
  const trimmed = contact?.trim();
  return trimmed && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(trimmed) ? trimmed.toLowerCase() : undefined;
}

/**
 * Messages of a decided objection (seed 000: objections are verified and handled by the society): the objector by
 * email when their contact is an address; the applicant when it is dismissed (an upheld objection reaches them as
 * the step it causes: not registered, or back to the review). Written in the deciding transaction.
 */
export async function notifyObjectionDecided(em: EntityManager, objection: Objection, at: Date): Promise<number> {
  const application = await em.findOneOrFail(Application, { id: objection.application.id }, { filters: false });
  const society = await em.findOneOrFail(Society, { id: objection.society.id });
  const common = { societyZh: society.nameZh, societyEn: society.nameEn };
  const dedupeKey = `objection_decided:${objection.id}`;
  let written = 0;
  const objector = emailIn(objection.contact);
  if (objector) {
    const outcome = OUTCOME_NAMES[objection.status];
    written += await enqueueNotification(em, {
      kind: 'OBJECTION_DECIDED_FOR_OBJECTOR', dedupeKey, recipient: { email: objector }, channels: [NotificationChannel.EMAIL],
      params: { ...common, applicantName: application.name ?? '', outcomeZh: outcome.zh, outcomeEn: outcome.en, resolution: objection.resolution ?? '' },
      societyId: society.id, applicationId: application.id, at,
    });
  }
  if (objection.status === ObjectionStatus.DISMISSED) {
    written += await enqueueNotification(em, {
      kind: 'OBJECTION_DISMISSED', dedupeKey, recipient: { accountId: application.applicant.id },
      channels: [NotificationChannel.IN_APP, NotificationChannel.EMAIL], params: common, societyId: society.id, applicationId: application.id, at,
    });
  }
  return written;
}
