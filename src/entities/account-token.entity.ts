import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { AccountTokenPurpose, Language } from './enums';
import { Society } from './society.entity';

/**
 * A single-use token mailed to an address: completing a sign-up, or resetting a password. Only its SHA-256 is
 * stored; the application role may insert rows but never read them, and a token is used (once, before it expires)
 * only through the SECURITY DEFINER function app_use_account_token.
 */
@Entity({ tableName: 'account_token' })
@Index({ properties: ['account'] })
export class AccountToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => AccountTokenPurpose, nativeEnumName: 'account_token_purpose' })
  purpose!: AccountTokenPurpose;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'text' })
  email!: string;

  /** The account it acts on: the one whose password is reset, or the existing account joining a society. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'cascade' })
  account?: Account;

  /** Sign-up: the portal's society, where the APPLICANT grant is made. */
  @ManyToOne(() => Society, { nullable: true, deleteRule: 'cascade' })
  society?: Society;

  /** Sign-up of a new account: what it is created with (the password already hashed). */
  @Property({ type: 'text', nullable: true })
  displayName?: string;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash?: string;

  @Enum({ items: () => Language, nativeEnumName: 'language', nullable: true })
  language?: Language;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date;
}
