import type { EntityManager } from '@mikro-orm/postgresql';
import { Society, type Complaint } from '../entities';
import { ComplaintHandler, ComplaintOutcome, GrantRole, NotificationChannel } from '../entities/enums';
import { emailIn } from './objection-messages';
import { enqueueNotification } from './outbox';

const OUTCOME_NAMES: Record<ComplaintOutcome, { zh: string; en: string }> = {
  [ComplaintOutcome.UPHELD]: { zh: '投诉成立', en: 'upheld' },
  [ComplaintOutcome.PARTLY_UPHELD]: { zh: '投诉部分成立', en: 'partly upheld' },
  [ComplaintOutcome.DISMISSED]: { zh: '投诉不成立', en: 'dismissed' },
};

/** The dedupe key of a complaint step's messages: one step never yields two messages. */
function stepKey(complaint: Complaint, step: string): string {
  return `complaint:${complaint.id}:${complaint.round}:${step}`;
}

/**
 * The society's staff who handle a result complaint, read in the request: the complainant's scope is the society, so
 * row-level security lets it read the society's grants (not the accounts; the outbox reads addresses itself).
 * Federation handlers (quality supervision, secretariat) hold grants without a society, which a complainant's request
 * cannot read: they are not found here (see the report of wt/fbnotify).
 */
async function societyStaffIds(em: EntityManager, societyId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ account_id: string }>>(
    `select distinct account_id from role_grant where society_id = ? and role = ? and revoked_at is null order by account_id`,
    [societyId, GrantRole.SOCIETY_STAFF],
  );
  return rows.map((row) => row.account_id);
}

/** Tells the society's staff (in-app) that a result complaint was received; written in the lodging transaction. */
export async function notifyComplaintReceived(em: EntityManager, complaint: Complaint, at: Date): Promise<number> {
  if (complaint.handler !== ComplaintHandler.SOCIETY || !complaint.society) return 0;
  const society = await em.findOneOrFail(Society, { id: complaint.society.id });
  let written = 0;
  for (const accountId of await societyStaffIds(em, society.id)) {
    written += await enqueueNotification(em, {
      kind: 'COMPLAINT_RECEIVED', dedupeKey: stepKey(complaint, 'RECEIVE'), recipient: { accountId }, channels: [NotificationChannel.IN_APP],
      params: { societyZh: society.nameZh, societyEn: society.nameEn, subject: complaint.subject, dueOn: complaint.dueOn },
      societyId: society.id, at,
    });
  }
  return written;
}

/**
 * Tells the complainant the outcome and the feedback (seed 003 10.2.5: 及时向投诉人反馈处理结果): an account in-app and
 * by email, in its language; an anonymous complainant by email when the contact given is an address.
 */
export async function notifyComplaintFeedback(em: EntityManager, complaint: Complaint, at: Date): Promise<number> {
  const outcome = complaint.outcome ? OUTCOME_NAMES[complaint.outcome] : { zh: '', en: '' };
  const params = { subject: complaint.subject, outcomeZh: outcome.zh, outcomeEn: outcome.en, reasons: complaint.outcomeReasons ?? '', feedback: complaint.feedback ?? '' };
  const common = { kind: 'COMPLAINT_FEEDBACK' as const, dedupeKey: stepKey(complaint, 'FEEDBACK'), params, societyId: complaint.society?.id, at };
  if (complaint.complainant) {
    return enqueueNotification(em, { ...common, recipient: { accountId: complaint.complainant.id }, channels: [NotificationChannel.IN_APP, NotificationChannel.EMAIL] });
  }
  const email = emailIn(complaint.contact);
  return email ? enqueueNotification(em, { ...common, recipient: { email }, channels: [NotificationChannel.EMAIL] }) : 0;
}
