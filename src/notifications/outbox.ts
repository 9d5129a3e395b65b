import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Account, Notification } from '../entities';
import { Language, NotificationChannel, NotificationStatus } from '../entities/enums';
import { accountContact } from '../auth/account-lookup';
import { enqueueJob } from '../jobs/enqueue-job';
import { DELIVER_NOTIFICATIONS_JOB } from './delivery-job';
import { renderTemplate, type NotificationKind } from './templates';
import type { TemplateParams } from './message';

/** Who receives a message: an account (its address and language are read from it), or a bare address. */
export type NotificationRecipient = { accountId: string } | { email: string; language?: Language };

/** One message to write to the outbox. */
export interface OutboxMessage {
  kind: NotificationKind;
  /** Names the event that causes the message: with recipient and channel it is unique, so a repeat writes nothing. */
  dedupeKey: string;
  recipient: NotificationRecipient;
  /** IN_APP needs an account recipient; EMAIL needs an address (an account's, or the bare one). */
  channels: readonly NotificationChannel[];
  params: TemplateParams;
  societyId?: string;
  applicationId?: string;
  /** The event's time (the request's clock). */
  at: Date;
}

interface ResolvedRecipient {
  accountId?: string;
  email?: string;
  language: Language;
}

async function resolveRecipient(em: EntityManager, recipient: NotificationRecipient): Promise<ResolvedRecipient | undefined> {
  if ('email' in recipient) return { email: recipient.email, language: recipient.language ?? Language.ZH };
  // Through the SECURITY DEFINER look-up, not the account row: whoever writes the event (an examiner, a job) may not be
  // allowed to read the recipient's account, and a message must never be dropped for that.
  const contact = await accountContact(em, recipient.accountId);
  return contact ? { accountId: recipient.accountId, email: contact.email, language: contact.language } : undefined;
}

/**
 * Writes a message to the outbox in the caller's transaction (it must be in one) (the one that records the event), rendered in the
 * recipient's language, once per channel. A message whose (dedupeKey, channel, recipient) is already there is not
 * written again. Returns how many rows were written.
 */
export async function enqueueNotification(em: EntityManager, message: OutboxMessage): Promise<number> {
  const recipient = await resolveRecipient(em, message.recipient);
  if (!recipient) return 0;
  const rendered = renderTemplate(message.kind, recipient.language, message.params);
  const recipientKey = recipient.accountId ?? `email:${recipient.email!.toLowerCase()}`;
  let written = 0;
  for (const channel of message.channels) {
    if (channel === NotificationChannel.IN_APP && !recipient.accountId) continue;
    if (channel === NotificationChannel.EMAIL && !recipient.email) continue;
    const email = channel === NotificationChannel.EMAIL;
    const inserted = await insertOnce(em, () => em
      .createQueryBuilder(Notification)
      .insert({
        id: randomUUID(),
        society: message.societyId ?? null,
        application: message.applicationId ?? null,
        recipient: recipient.accountId ? em.getReference(Account, recipient.accountId) : null,
        email: email ? recipient.email : null,
        recipientKey,
        channel,
        kind: message.kind,
        language: recipient.language,
        subject: rendered.subject,
        body: rendered.body,
        params: withoutSecrets(message.params),
        dedupeKey: message.dedupeKey,
        createdAt: message.at,
        // In-app delivery is the row itself; email waits for the delivery job.
        status: email ? NotificationStatus.PENDING : NotificationStatus.SENT,
        sentAt: email ? null : message.at,
        nextAttemptAt: email ? message.at : null,
        attempts: 0,
      } as never)
      .execute('run'));
    written += inserted;
    // Deliver soon after the commit (the minute tick would too): one waiting run of the job is enough.
    if (email && inserted > 0) await enqueueJob(em, DELIVER_NOTIFICATIONS_JOB, {}, { singletonKey: DELIVER_NOTIFICATIONS_JOB });
  }
  return written;
}

/**
 * Runs one insert behind a savepoint; a unique violation (the dedupe key is taken: this event's message exists)
 * undoes just it and answers 0. Not `on conflict do nothing`: with row-level security that needs the new row to be
 * readable by the writer, and a message is readable only by its recipient.
 */
async function insertOnce(em: EntityManager, insert: () => Promise<unknown>): Promise<number> {
  await em.execute('savepoint outbox_insert');
  try {
    await insert();
    await em.execute('release savepoint outbox_insert');
    return 1;
  } catch (error) {
    const unique = error instanceof UniqueConstraintViolationException || (error as { code?: string }).code === '23505';
    if (!unique) throw error;
    await em.execute('rollback to savepoint outbox_insert');
    return 0;
  }
}

/** Single-use tokens stay in the rendered body only (the mail needs them); params are what clients may show. */
function withoutSecrets(params: TemplateParams): TemplateParams {
  const { token: _token, link: _link, ...rest } = params;
  return rest;
}
