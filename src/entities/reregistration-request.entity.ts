import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { ReregistrationCondition, ReregistrationStatus } from './enums';
import { Registration } from './registration.entity';
import { Society } from './society.entity';

/** One condition as staff checked it: met or not, with a note the member reads. */
export interface CheckedCondition {
  condition: ReregistrationCondition;
  met: boolean;
  note?: string;
}

/**
 * A member's request to re-register (seed 000 "每 5 年进行一次再注册"), made inside the window, checked condition by
 * condition by the society's staff, then granted (a new certificate, 5 years from the old expiry) or refused with
 * reasons. A tenant row of the member's society.
 */
@Entity({ tableName: 'reregistration_request' })
@Index({ properties: ['registration'] })
@Index({
  name: 'reregistration_request_one_pending',
  expression: `create unique index "reregistration_request_one_pending" on "reregistration_request" ("registration_id") where status = 'PENDING'`,
})
export class ReregistrationRequest {
  [OptionalProps]?: 'status' | 'conditions';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Registration, { deleteRule: 'restrict' })
  registration!: Registration;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  requestedBy!: Account;

  @Property({ type: 'datetime' })
  requestedAt!: Date;

  @Property({ type: 'text' })
  statement!: string;

  /** The window the request was made in (3 months before to 12 months after the expiry it renews). */
  @Property({ type: 'date' })
  windowOpensOn!: string;

  @Property({ type: 'date' })
  windowClosesOn!: string;

  /** The validity it renews. */
  @Property({ type: 'date' })
  expiring!: string;

  @Enum({ items: () => ReregistrationStatus, nativeEnumName: 'reregistration_status' })
  status: ReregistrationStatus = ReregistrationStatus.PENDING;

  @Property({ type: 'json' })
  conditions: CheckedCondition[] = [];

  @ManyToOne(() => Account, { deleteRule: 'restrict', nullable: true })
  checkedBy?: Account;

  @Property({ type: 'datetime', nullable: true })
  checkedAt?: Date;

  @ManyToOne(() => Account, { deleteRule: 'restrict', nullable: true })
  decidedBy?: Account;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  /** Why it was refused (told to the member), or a note on the grant. */
  @Property({ type: 'text', nullable: true })
  reasons?: string;

  @Property({ type: 'date', nullable: true })
  newValidFrom?: string;

  @Property({ type: 'date', nullable: true })
  newValidUntil?: string;
}
