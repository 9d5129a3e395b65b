import { ArrayType, Check, Entity, Enum, Formula, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { cursorInstantSql } from '../common/cursor-instant';
import { Account } from './account.entity';
import { EngineeringField } from './engineering-field.entity';
import { Enterprise } from './enterprise.entity';
import { ExaminerGrade, GrantRole } from './enums';
import { Society } from './society.entity';

/**
 * role@scope: what an account may do, and where. Society-scoped grants live behind the
 * tenant wall (RLS); an examiner grant carries the examiner's grade, field, specialties and employer.
 */
@Entity({ tableName: 'role_grant' })
@Index({ properties: ['account'] })
// The scope must match the role: society roles name a society, recommenders an enterprise, federation roles neither.
@Check({ name: 'role_grant_society_scope_check', expression: `(society_id is not null) = (role = 'SOCIETY_STAFF' or role = 'EXAMINER' or role = 'APPLICANT')` })
@Check({ name: 'role_grant_enterprise_scope_check', expression: `(enterprise_id is not null) = (role::text = any (array['ENTERPRISE_RECOMMENDER', 'ENTERPRISE_ADMIN']))` })
// Only examiner grants carry an examiner grade and field, and they must.
@Check({ name: 'role_grant_examiner_check', expression: `(role = 'EXAMINER') = (examiner_grade is not null and field_id is not null)` })
@Index({ properties: ['society', 'role'] })
// One active grant per person, role and scope: concurrent grants cannot double a person (federation roles, with
// neither society nor enterprise, count as one scope: nulls not distinct).
@Index({
  name: 'role_grant_one_active_per_scope',
  expression: `create unique index "role_grant_one_active_per_scope" on "role_grant" ("account_id", "role", "society_id", "enterprise_id") nulls not distinct where "revoked_at" is null`,
})
export class RoleGrant {
  [OptionalProps]?: 'createdAt' | 'specialtyCodes';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Account, { deleteRule: 'cascade' })
  account!: Account;

  @Enum({ items: () => GrantRole, nativeEnumName: 'grant_role' })
  role!: GrantRole;

  @ManyToOne(() => Society, { nullable: true, deleteRule: 'restrict' })
  society?: Society;

  @ManyToOne(() => Enterprise, { nullable: true, deleteRule: 'restrict' })
  enterprise?: Enterprise;

  @Enum({ items: () => ExaminerGrade, nativeEnumName: 'examiner_grade', nullable: true })
  examinerGrade?: ExaminerGrade;

  @ManyToOne(() => EngineeringField, { nullable: true, deleteRule: 'restrict' })
  field?: EngineeringField;

  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  specialtyCodes: string[] = [];

  /** The examiner's employer, used for recusal (never assigned to an applicant of the same employer). */
  @Property({ type: 'text', nullable: true })
  employer?: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** `created_at` to the microsecond, for keyset cursors (the Date above keeps milliseconds); read only when a page populates it. */
  @Formula((alias) => cursorInstantSql(`${alias}.created_at`), { lazy: true })
  createdAtCursor?: string;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  /** Why the grant was revoked (an examiner taken off the society's roster, a role revoked). */
  @Property({ type: 'text', nullable: true })
  revocationReason?: string;

  /** Who revoked it (revokeSocietyRole, revokeEnterpriseRole, revokeExaminer); null for grants revoked before this was kept. */
  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict' })
  revokedBy?: Account;
}
