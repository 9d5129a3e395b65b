import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { EngineeringField } from './engineering-field.entity';
import { Enterprise } from './enterprise.entity';
import { Society } from './society.entity';

/** A society's opening of recommendation rights (开通推荐权限) for one enterprise in one of its fields; withdrawable. */
@Entity({ tableName: 'recommendation_right' })
@Index({ name: 'recommendation_right_enterprise_index', properties: ['enterprise'] })
@Index({
  name: 'recommendation_right_one_open',
  expression: 'create unique index "recommendation_right_one_open" on "recommendation_right" ("society_id", "enterprise_id", "field_id") where withdrawn_at is null',
})
export class RecommendationRight {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Enterprise, { deleteRule: 'restrict' })
  enterprise!: Enterprise;

  @ManyToOne(() => EngineeringField, { deleteRule: 'restrict' })
  field!: EngineeringField;

  @Property({ type: 'datetime' })
  openedAt!: Date;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  openedBy!: Account;

  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict' })
  withdrawnBy?: Account;

  @Property({ type: 'text', nullable: true })
  withdrawalReason?: string;
}
