import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { AccountStatus } from './enums';

/** One step of an account's history of being disabled and enabled again (who, when, why): append-only, the federation's. */
@Entity({ tableName: 'account_status_change' })
@Index({ properties: ['account'] })
export class AccountStatusChange {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  /** The status the account took. */
  @Enum({ items: () => AccountStatus, nativeEnumName: 'account_status' })
  status!: AccountStatus;

  @Property({ type: 'text' })
  reason!: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  changedBy!: Account;

  @Property({ type: 'datetime' })
  changedAt!: Date;
}
