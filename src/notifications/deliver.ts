import type { EntityManager } from '@mikro-orm/postgresql';
import type { EmailConfig } from '../config';
import { NotificationStatus } from '../entities/enums';
import type { Mailer } from './mailer';

/** What one delivery run did. */
export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/** Delivery settings (from EmailConfig). */
export type DeliverySettings = Pick<EmailConfig, 'maxAttempts' | 'retryBaseSeconds' | 'leaseSeconds'>;

/** Delay before attempt n+1 after n failed attempts: base × 2^(n-1), at most 6 hours. */
export function retryDelaySeconds(failedAttempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(0, failedAttempts - 1), 6 * 3600);
}

interface Claimed {
  id: string;
  claim_id: string;
  email: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Sends the email messages due at `now`, one claim at a time. Each claim commits before the send (the statement
 * runs outside any transaction), so a second worker, or a second run of this job, finds the message taken and
 * skips it: one message is sent once. A failed send is retried with exponential backoff until maxAttempts, then
 * FAILED. A worker that dies mid-send leaves the claim to expire after leaseSeconds; the message is then tried again
 * (the JSON transport recognises it by its id; SMTP gets the same Message-ID).
 */
export async function deliverDueNotifications(em: EntityManager, mailer: Mailer, settings: DeliverySettings, now: () => Date = () => new Date(), limit = 50): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
  const due = await em.execute<Array<{ id: string }>>('select app_notification_due(?, ?) as id', [now(), limit]);
  for (const { id } of due) {
    const [claimed] = await em.execute<Claimed[]>('select * from app_notification_claim(?, ?, ?)', [id, now(), settings.leaseSeconds]);
    if (!claimed) continue;
    try {
      await mailer.send({ notificationId: claimed.id, to: claimed.email, subject: claimed.subject, text: claimed.body });
      await settle(em, claimed, now(), NotificationStatus.SENT, null, null);
      report.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (claimed.attempts >= settings.maxAttempts) {
        await settle(em, claimed, now(), NotificationStatus.FAILED, null, message);
        report.failed += 1;
      } else {
        const retryAt = new Date(now().getTime() + retryDelaySeconds(claimed.attempts, settings.retryBaseSeconds) * 1000);
        await settle(em, claimed, now(), NotificationStatus.PENDING, retryAt, message);
        report.retried += 1;
      }
    }
  }
  return report;
}

async function settle(em: EntityManager, claimed: Claimed, at: Date, outcome: NotificationStatus, retryAt: Date | null, error: string | null): Promise<void> {
  await em.execute('select app_notification_settle(?, ?, ?, ?, ?, ?)', [claimed.id, claimed.claim_id, at, outcome, retryAt, error?.slice(0, 2000) ?? null]);
}
