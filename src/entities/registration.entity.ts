import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Application } from './application.entity';
import { RegistrationReasonKind, RegistrationStatus } from './enums';
import { Society } from './society.entity';

/**
 * A registered member: the public register's row. What it shows is public by design (name, employer, field,
 * grade, number, validity, status), so the table is readable across tenants.
 */
@Entity({ tableName: 'registration' })
@Unique({ properties: ['registrationNumber'] })
@Index({ properties: ['name'] })
// The reports' expiries coming up (migration 20261130020000).
@Index({ properties: ['validUntil'] })
export class Registration {
  [OptionalProps]?: 'status' | 'registeredAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Application, { deleteRule: 'restrict' })
  application!: Application;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  member!: Account;

  @Property({ type: 'text' })
  registrationNumber!: string;

  @Property({ type: 'text' })
  name!: string;

  /** The name in pinyin, for the English register (seed 000: 中文和英文网站). */
  @Property({ type: 'text', nullable: true })
  namePinyin?: string;

  @Property({ type: 'text', nullable: true })
  employer?: string;

  @Property({ type: 'text' })
  fieldNameZh!: string;

  @Property({ type: 'text' })
  fieldNameEn!: string;

  @Property({ type: 'text' })
  gradeNameZh!: string;

  @Property({ type: 'text' })
  gradeNameEn!: string;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date' })
  validUntil!: string;

  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  status: RegistrationStatus = RegistrationStatus.ACTIVE;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  confirmedBy!: Account;

  @Property({ type: 'datetime' })
  registeredAt: Date = new Date();

  /** When the status last changed (published with it: 003 10.1.4). */
  @Property({ type: 'datetime', nullable: true })
  statusChangedAt?: Date;

  /** The kind of reason of the last change (published; the words of the reason stay in the history). */
  @Enum({ items: () => RegistrationReasonKind, nativeEnumName: 'registration_reason_kind', nullable: true })
  statusReasonKind?: RegistrationReasonKind;

  /** A suspended member's application to be restored (seed 000: 在符合条件后…申请恢复); cleared by the decision. */
  @Property({ type: 'datetime', nullable: true })
  restorationRequestedAt?: Date | null;
}
