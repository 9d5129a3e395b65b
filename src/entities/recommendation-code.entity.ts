import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { EngineeringField } from './engineering-field.entity';
import { Enterprise } from './enterprise.entity';
import { Grade } from './grade.entity';
import { RecommendationRight } from './recommendation-right.entity';
import { Society } from './society.entity';

/**
 * A recommendation code (推荐码) assigned to one named engineer. Only the code's SHA-256 digest is stored: the
 * code is shown once, to the enterprise that assigns it, and can never be read back.
 */
@Check({ name: 'recommendation_code_summary_check', expression: 'char_length(experience_summary) <= 300' })
@Entity({ tableName: 'recommendation_code' })
@Index({ name: 'recommendation_code_enterprise_index', properties: ['enterprise', 'createdAt', 'id'] })
export class RecommendationCode {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Enterprise, { deleteRule: 'restrict' })
  enterprise!: Enterprise;

  /** The society whose recommendation right the code uses. */
  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => EngineeringField, { deleteRule: 'restrict' })
  field!: EngineeringField;

  /** The intended grade (拟申请级别). */
  @ManyToOne(() => Grade, { deleteRule: 'restrict' })
  grade!: Grade;

  @Property({ type: 'text', unique: 'recommendation_code_digest_unique' })
  codeDigest!: string;

  /** The codes assigned together (one batch, within the society's batch limit). */
  @Property({ type: 'uuid' })
  batchId!: string;

  @Property({ type: 'text' })
  engineerName!: string;

  @Property({ type: 'text' })
  engineerContact!: string;

  @Property({ type: 'text' })
  currentLocation!: string;

  /** ≤ 300 characters (seed 002 附件 3: 300字以内主要工程实践经历). */
  @Property({ type: 'text' })
  experienceSummary!: string;

  /** The overseas key project of the form the engineer belongs to. */
  @Property({ type: 'text' })
  overseasProject!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  createdBy!: Account;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict' })
  revokedBy?: Account;

  /** Why it was revoked, when the society revoked it (its right withdrawn); the enterprise's own revocations give none. */
  @Property({ type: 'text', nullable: true })
  revocationReason?: string;

  /** The withdrawn recommendation right that revoked it, if that is how it ended. */
  @ManyToOne(() => RecommendationRight, { nullable: true, deleteRule: 'restrict' })
  revokedWithRight?: RecommendationRight;

  @Property({ type: 'datetime', nullable: true })
  redeemedAt?: Date;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict' })
  redeemedBy?: Account;
}
