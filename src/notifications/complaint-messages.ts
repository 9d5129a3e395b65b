import type { EntityManager } from '@mikro-orm/postgresql';
import { Registration, Society, type Complaint } from '../entities';
import { ComplaintHandler, ComplaintOutcome, NotificationChannel } from '../entities/enums';
import { emailIn } from './objection-messages';
import { enqueueNotification } from './outbox';
import { COMPLAINT_HANDLER_ROLE } from '../policies/complaint.policy';

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
 * The accounts that handle a complaint now (complaint.policy.ts isComplaintHandler): a society's staff, or the
 * federation's committee or secretariat — active grants of active accounts, through one narrow SECURITY DEFINER
 * look-up (a complainant's request can read neither federation grants nor other people's accounts).
 */
async function handlerIds(em: EntityManager, handler: ComplaintHandler, societyId: string | undefined): Promise<string[]> {
  if (handler === ComplaintHandler.SOCIETY && !societyId) return [];
  const rows = await em.execute<Array<{ id: string }>>('select app_complaint_handler_ids as id from app_complaint_handler_ids(?, ?)', [COMPLAINT_HANDLER_ROLE[handler], societyId ?? null]);
  return rows.map((row) => row.id);
}

const HANDLER_NAMES: Record<ComplaintHandler, { zh: string; en: string }> = {
  [ComplaintHandler.SOCIETY]: { zh: '学会', en: 'The society' },
  [ComplaintHandler.QUALITY_SUPERVISION]: { zh: '联合体标准与质量监督委员会', en: 'The federation\'s standards and quality supervision committee' },
  [ComplaintHandler.SECRETARIAT]: { zh: '联合体秘书处', en: 'The federation secretariat' },
};

/**
 * Tells the complaint's handlers (in-app) that it was received (step RECEIVE) or escalated to them (step ESCALATE);
 * written in the step's transaction. The member a complaint concerns is never a recipient.
 */
export async function notifyComplaintReceived(em: EntityManager, complaint: Complaint, step: 'RECEIVE' | 'ESCALATE', at: Date): Promise<number> {
  const society = complaint.society ? await em.findOneOrFail(Society, { id: complaint.society.id }) : undefined;
  const names = HANDLER_NAMES[complaint.handler];
  const handlerZh = complaint.handler === ComplaintHandler.SOCIETY && society ? society.nameZh : names.zh;
  const handlerEn = complaint.handler === ComplaintHandler.SOCIETY && society ? society.nameEn : names.en;
  // The member a complaint concerns is never told of it, even when they hold a handling role.
  const concerned = complaint.concernsRegistration
    ? (await em.findOne(Registration, { id: complaint.concernsRegistration.id }, { filters: false }))?.member.id
    : undefined;
  let written = 0;
  for (const accountId of await handlerIds(em, complaint.handler, society?.id)) {
    if (accountId === concerned) continue;
    written += await enqueueNotification(em, {
      kind: 'COMPLAINT_RECEIVED', dedupeKey: stepKey(complaint, step), recipient: { accountId }, channels: [NotificationChannel.IN_APP],
      params: { handlerZh, handlerEn, subject: complaint.subject, dueOn: complaint.dueOn, escalated: step === 'ESCALATE' ? 'yes' : '' },
      societyId: complaint.handler === ComplaintHandler.SOCIETY ? society?.id : undefined, at,
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
