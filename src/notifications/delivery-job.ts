import type { MikroORM } from '@mikro-orm/postgresql';
import type { EmailConfig } from '../config';
import type { JobDefinition } from '../jobs/job-definition';
import { deliverDueNotifications } from './deliver';
import { createMailer, type Mailer } from './mailer';

/** The email delivery of one ORM (one API process, or one test app): its mailer and settings. */
interface MailDelivery {
  mailer: Mailer;
  email: EmailConfig;
}

const deliveries = new WeakMap<MikroORM, MailDelivery>();

/** The server registers its email settings with its ORM, where the delivery job (which sees only the ORM) finds them. */
export function registerMailDelivery(orm: MikroORM, email: EmailConfig, mailer: Mailer = createMailer(email)): void {
  deliveries.set(orm, { mailer, email });
}

/** The job's queue name; a run delivers every email message due. */
export const DELIVER_NOTIFICATIONS_JOB = 'deliver-notifications';

/**
 * Delivers the outbox's due email messages: every minute (a failed message waits for its backoff in the outbox,
 * so the minute tick is its retry), and at once after a command writes one (enqueueDelivery). Runs may overlap in
 * several processes: each message is claimed before it is sent, so it is sent once.
 */
export const DELIVER_NOTIFICATIONS: JobDefinition<Record<string, never>> = {
  name: DELIVER_NOTIFICATIONS_JOB,
  cron: '* * * * *',
  // 'short': at most one waiting run (commands that write mail only ask for one); retries of a crashed run with backoff.
  queue: { retryLimit: 3, retryDelay: 10, retryBackoff: true, expireInSeconds: 300, policy: 'short' },
  async run(ctx) {
    const delivery = deliveries.get(ctx.orm);
    if (!delivery || !delivery.email.enabled) return { skipped: true };
    const report = await deliverDueNotifications(ctx.orm.em.fork(), delivery.mailer, delivery.email, ctx.clock);
    return { ...report };
  },
};
