import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { AccountStatus, Language } from './enums';

/** A person who logs in. Accounts are global; what they may touch comes from their grants. */
@Entity({ tableName: 'account' })
export class Account {
  [OptionalProps]?: 'status' | 'createdAt' | 'language';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased so that look-ups are case-insensitive. */
  @Property({ type: 'text', unique: true })
  email!: string;

  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Enum({ items: () => AccountStatus, nativeEnumName: 'account_status' })
  status: AccountStatus = AccountStatus.ACTIVE;

  /** The language of the messages this person receives (notification templates exist in Chinese and English). */
  @Enum({ items: () => Language, nativeEnumName: 'language', default: Language.ZH })
  language: Language = Language.ZH;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date;

  /** Set when a member is revoked for fraud or misconduct: barred for life from applying (DOMAIN.md §8). */
  @Property({ type: 'datetime', nullable: true })
  barredAt?: Date;

  @Property({ type: 'text', nullable: true })
  barredReason?: string;
}
