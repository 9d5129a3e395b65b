import { Entity, Enum, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Account } from './account.entity';
import { ReferralStatus } from './enums';
import { MemberRecord } from './member-record.entity';
import { PartnerBody } from './partner-body.entity';

/** The federation's referral of a member who asked for mutual recognition to a partner body, with its answer (seed 002). */
@Entity({ tableName: 'recognition_referral' })
@Unique({ properties: ['registration', 'partnerBody'] })
export class RecognitionReferral extends MemberRecord {
  [OptionalProps]?: 'status';

  @ManyToOne(() => PartnerBody, { deleteRule: 'restrict' })
  partnerBody!: PartnerBody;

  @Enum({ items: () => ReferralStatus, nativeEnumName: 'referral_status' })
  status: ReferralStatus = ReferralStatus.REFERRED;

  /** China date the federation sent the referral. */
  @Property({ type: 'date' })
  referredOn!: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  referredBy!: Account;

  /** China date of the partner body's answer (or of the withdrawal). */
  @Property({ type: 'date', nullable: true })
  answeredOn?: string;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
