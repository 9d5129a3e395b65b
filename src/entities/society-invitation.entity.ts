import { ArrayType, Check, DeferMode, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { EngineeringField } from './engineering-field.entity';
import { Enterprise } from './enterprise.entity';
import { ExaminerGrade, GrantRole } from './enums';
import { RoleGrant } from './role-grant.entity';
import { Society } from './society.entity';

/**
 * An invitation to hold a role in a society or in a recommending enterprise: a grant only the invitee can make
 * real, by accepting it. It names the account invited (every invitation has one: grantSocietyRole and the
 * enterprise appointments create a missing account first) and, for EXAMINER, the examiner attributes the grant will
 * carry. Exactly one of society and enterprise is set.
 */
@Entity({ tableName: 'society_invitation' })
@Index({ properties: ['account'] })
// One open invitation per person, role and society (answered ones stay as history).
@Index({
  name: 'society_invitation_one_open',
  expression: `create unique index "society_invitation_one_open" on "society_invitation" ("society_id", "enterprise_id", "account_id", "role") nulls not distinct where "accepted_at" is null and "declined_at" is null`,
})
// Roles that are offered: society staff and examiners (applicants sign up themselves), an enterprise's admin and recommenders.
@Check({
  name: 'society_invitation_role_check',
  expression: `(society_id is not null and enterprise_id is null and role::text = any (array['SOCIETY_STAFF', 'EXAMINER'])) or (enterprise_id is not null and society_id is null and role::text = any (array['ENTERPRISE_ADMIN', 'ENTERPRISE_RECOMMENDER']))`,
})
@Check({ name: 'society_invitation_examiner_check', expression: `(role = 'EXAMINER') = (examiner_grade is not null and field_id is not null)` })
@Check({ name: 'society_invitation_answer_check', expression: 'accepted_at is null or declined_at is null' })
@Check({ name: 'society_invitation_grant_check', expression: '(grant_id is not null) = (accepted_at is not null)' })
export class SocietyInvitation {
  [OptionalProps]?: 'createdAt' | 'specialtyCodes';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { nullable: true, deleteRule: 'restrict' })
  society?: Society;

  @ManyToOne(() => Enterprise, { nullable: true, deleteRule: 'restrict' })
  enterprise?: Enterprise;

  /** The enterprise's name when inviting: the invitee may not read the enterprise's row before accepting. */
  @Property({ type: 'text', nullable: true })
  enterpriseName?: string;

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

  /**
   * The inviter's name as it was when inviting: the invitee may not read the inviter's account (row-level security
   * shows a person only to those who share a society with them), yet should know who invited them.
   */
  @Property({ type: 'text' })
  invitedByName!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  declinedAt?: Date;

  /** The grant accepting made. The invitation names it before it is inserted (RLS reads it): checked at commit. */
  @ManyToOne(() => RoleGrant, { nullable: true, deleteRule: 'restrict', deferMode: DeferMode.INITIALLY_DEFERRED })
  grant?: RoleGrant;
}
