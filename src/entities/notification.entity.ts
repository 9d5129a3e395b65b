import { Entity, Enum, Formula, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { cursorInstantSql } from '../common/cursor-instant';
import { Account } from './account.entity';
import { Application } from './application.entity';
import { Language, NotificationChannel, NotificationStatus } from './enums';
import { Society } from './society.entity';

/**
 * One message of the outbox: written in the transaction of the event that causes it, rendered at once (subject and
 * body in the recipient's language), then delivered: in-app by being here, by email through the delivery job.
 * (dedupe_key, channel, recipient_key) is unique, so one event never yields two messages for one recipient and channel.
 */
@Entity({ tableName: 'notification' })
@Unique({ name: 'notification_dedupe', properties: ['dedupeKey', 'channel', 'recipientKey'] })
@Index({
  name: 'notification_inbox_index',
  expression: `create index "notification_inbox_index" on "notification" ("recipient_id", "created_at" desc, "id" desc) where "channel" = 'IN_APP'`,
})
@Index({
  name: 'notification_due_index',
  expression: `create index "notification_due_index" on "notification" ("next_attempt_at") where "status" in ('PENDING', 'SENDING')`,
})
export class Notification {
  [OptionalProps]?: 'createdAt' | 'attempts' | 'params';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The society the event happened in; none for account messages (sign-up, password reset). */
  @ManyToOne(() => Society, { nullable: true, deleteRule: 'restrict' })
  society?: Society;

  @ManyToOne(() => Application, { nullable: true, deleteRule: 'cascade' })
  application?: Application;

  /** The account it is for; none when it goes to a bare address (an objector who gave an email). */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'cascade' })
  recipient?: Account;

  /** The address an EMAIL message goes to, as it was when the event happened. */
  @Property({ type: 'text', nullable: true })
  email?: string;

  /** The recipient account's id, or `email:<address>`: the dedupe key's recipient part. */
  @Property({ type: 'text' })
  recipientKey!: string;

  @Enum({ items: () => NotificationChannel, nativeEnumName: 'notification_channel' })
  channel!: NotificationChannel;

  /** The template (src/notifications/templates.ts). */
  @Property({ type: 'text' })
  kind!: string;

  @Enum({ items: () => Language, nativeEnumName: 'language' })
  language!: Language;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  /** The facts the template was rendered from (items, deadline, number…), for clients that render their own. */
  @Property({ type: 'json', default: '{}' })
  params: Record<string, unknown> = {};

  /** Names the event: an application event's id, or a command's own key. */
  @Property({ type: 'text' })
  dedupeKey!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** `created_at` to the microsecond, for keyset cursors (the Date above keeps milliseconds); read only when a page populates it. */
  @Formula((alias) => cursorInstantSql(`${alias}.created_at`), { lazy: true })
  createdAtCursor?: string;

  /** In-app: when the recipient marked it read. */
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date;

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status' })
  status!: NotificationStatus;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  /** EMAIL: not before this time (backoff after a failure). */
  @Property({ type: 'datetime', nullable: true })
  nextAttemptAt?: Date;

  /** EMAIL: the delivery claim in progress, and until when it holds. */
  @Property({ type: 'uuid', nullable: true })
  claimId?: string;

  @Property({ type: 'datetime', nullable: true })
  claimedUntil?: Date;

  @Property({ type: 'datetime', nullable: true })
  sentAt?: Date;

  @Property({ type: 'text', nullable: true })
  lastError?: string;
}
