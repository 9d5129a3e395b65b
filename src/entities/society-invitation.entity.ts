import { ArrayType, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { EngineeringField } from './engineering-field.entity';
import { ExaminerGrade, GrantRole } from './enums';
import { Society } from './society.entity';

/**
 * An invitation to hold a role in a society: a grant only the invitee can make real, by accepting it.
 * It names the account invited (every invitation has one: grantSocietyRole creates a missing account first)
 * and, for EXAMINER, the examiner attributes the grant will carry.
 */
@Entity({ tableName: 'society_invitation' })
export class SocietyInvitation {
  [OptionalProps]?: 'createdAt' | 'specialtyCodes';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  /** The address the inviter typed (normalized). */
  @Property({ type: 'text' })
  email!: string;

  @Enum({ items: () => GrantRole, nativeEnumName: 'grant_role' })
  role!: GrantRole;

  @Enum({ items: () => ExaminerGrade, nativeEnumName: 'examiner_grade', nullable: true })
  examinerGrade?: ExaminerGrade;

  @ManyToOne(() => EngineeringField, { nullable: true, deleteRule: 'restrict' })
  field?: EngineeringField;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  specialtyCodes: string[] = [];

  @Property({ type: 'text', nullable: true })
  employer?: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  invitedBy!: Account;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  declinedAt?: Date;

  /** The grant accepting made (a plain id: the row is written before the grant, the foreign key is deferred). */
  @Property({ type: 'uuid', nullable: true })
  grantId?: string;
}
