import { ArrayType, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
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
@Index({ properties: ['society', 'role'] })
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

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;
}
