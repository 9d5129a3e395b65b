import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { ApplicationRound } from './application-round.entity';
import { EngineeringField } from './engineering-field.entity';
import { Enterprise } from './enterprise.entity';
import { ApplicationChannel, PreApplicationStatus } from './enums';
import { Grade } from './grade.entity';
import { RecommendationCode } from './recommendation-code.entity';
import { Society } from './society.entity';

/**
 * 拟参加工程能力评价申请: the step before the formal application, through the enterprise channel (with a redeemed
 * recommendation code) or the society / local engineer society channel (without). Screening approves or refuses it.
 */
@Check({ name: 'pre_application_channel_check', expression: `(channel = 'ENTERPRISE') = (recommendation_code_id is not null) and (channel = 'ENTERPRISE') = (enterprise_id is not null)` })
@Check({ name: 'pre_application_summary_check', expression: 'char_length(experience_summary) <= 300' })
@Check({ name: 'pre_application_refusal_reason_check', expression: `status <> 'REFUSED' or screening_reason is not null` })
@Entity({ tableName: 'pre_application' })
@Index({ name: 'pre_application_queue_index', properties: ['society', 'status', 'createdAt', 'id'] })
@Index({ name: 'pre_application_applicant_index', properties: ['applicant'] })
@Index({ name: 'pre_application_enterprise_index', properties: ['enterprise', 'createdAt', 'id'] })
export class PreApplication {
  [OptionalProps]?: 'status' | 'version' | 'screenedByFederation';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The society that evaluates it (the federation committee may allocate it to another of the field's societies). */
  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  applicant!: Account;

  @Enum({ items: () => ApplicationChannel, nativeEnumName: 'application_channel' })
  channel!: ApplicationChannel;

  @ManyToOne(() => Enterprise, { nullable: true, deleteRule: 'restrict' })
  enterprise?: Enterprise;

  @ManyToOne(() => RecommendationCode, { nullable: true, deleteRule: 'restrict', unique: 'pre_application_code_unique' })
  recommendationCode?: RecommendationCode;

  @ManyToOne(() => EngineeringField, { deleteRule: 'restrict' })
  field!: EngineeringField;

  @ManyToOne(() => Grade, { deleteRule: 'restrict' })
  grade!: Grade;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  contact!: string;

  @Property({ type: 'text' })
  currentLocation!: string;

  @Property({ type: 'text' })
  experienceSummary!: string;

  @Property({ type: 'text', nullable: true })
  overseasProject?: string;

  /** The society's round open when it was submitted. */
  @ManyToOne(() => ApplicationRound, { nullable: true, deleteRule: 'restrict' })
  round?: ApplicationRound;

  @Enum({ items: () => PreApplicationStatus, nativeEnumName: 'pre_application_status' })
  status: PreApplicationStatus = PreApplicationStatus.SUBMITTED;

  @Property({ type: 'datetime', nullable: true })
  screenedAt?: Date;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict' })
  screenedBy?: Account;

  /** The refusal's reasons (required), or the approval's note. */
  @Property({ type: 'text', nullable: true })
  screeningReason?: string;

  @Property({ type: 'boolean', default: false })
  screenedByFederation: boolean = false;

  /** The society it was submitted to, when the federation committee allocated it to another (seed 002: 按领域分配). */
  @ManyToOne(() => Society, { nullable: true, deleteRule: 'restrict' })
  allocatedFrom?: Society;

  /** The applicant asked for expert consultation (根据申请人意愿安排专家咨询). */
  @Property({ type: 'datetime', nullable: true })
  consultationRequestedAt?: Date;

  @Property({ type: 'date', nullable: true })
  consultationHeldOn?: string;

  @Property({ type: 'text', nullable: true })
  consultationNote?: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict' })
  consultationRecordedBy?: Account;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
