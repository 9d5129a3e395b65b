import { Check, Collection, Entity, Enum, ManyToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { EngineeringField } from './engineering-field.entity';
import { SocietyStatus } from './enums';
import { SocietyField } from './society-field.entity';

/** An authorized national society: one tenant of the platform. */
@Check({ name: 'society_enterprise_batch_limit_check', expression: 'enterprise_batch_limit >= 1 and enterprise_batch_limit <= 1000' })
@Check({ name: 'society_recommendation_code_valid_days_check', expression: 'recommendation_code_valid_days >= 1 and recommendation_code_valid_days <= 366' })
@Entity({ tableName: 'society' })
export class Society {
  [OptionalProps]?: 'status' | 'createdAt' | 'clarificationWorkingDays' | 'writtenExamPassMark' | 'enterpriseBatchLimit' | 'recommendationCodeValidDays';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Enum({ items: () => SocietyStatus, nativeEnumName: 'society_status' })
  status: SocietyStatus = SocietyStatus.ACTIVE;

  @Property({ type: 'text', nullable: true })
  suspensionReason?: string;

  @Property({ type: 'datetime', nullable: true })
  suspendedAt?: Date;

  /**
   * Working days an applicant has to answer a basic-conditions return. The guide sets 10 working days for
   * form-check returns only and is silent here: the society's setting, 10 until the federation changes it.
   */
  @Property({ type: 'integer', default: 10 })
  clarificationWorkingDays: number = 10;

  /** The society's written-exam pass mark, 0–100 (seed 000: "笔试合格条件由获授权学会确定"). */
  @Property({ type: 'integer', default: 60 })
  writtenExamPassMark: number = 60;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @ManyToMany({ entity: () => EngineeringField, pivotEntity: () => SocietyField })
  fields = new Collection<EngineeringField>(this);

  /** Engineers an enterprise may recommend per batch (seed 004: 每批次建议不超过 50 人): the society's setting. */
  @Property({ type: 'integer', default: 50 })
  enterpriseBatchLimit: number = 50;

  /** Days a recommendation code stays redeemable: the society's setting. */
  @Property({ type: 'integer', default: 60 })
  recommendationCodeValidDays: number = 60;
}
