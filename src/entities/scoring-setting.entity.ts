import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Society } from './society.entity';

/**
 * A society's configuration of a category's scored result (issue 10): seed 003 says the result is the weighted
 * average of the quantitative and competency sheets but gives neither the weights nor the pass mark, so they are the
 * society's, set by its staff. A tenant row.
 */
@Entity({ tableName: 'scoring_setting' })
@Unique({ properties: ['society', 'categoryCode'] })
@Check({ name: 'scoring_setting_weights_check', expression: 'quantitative_weight >= 0 and competency_weight >= 0 and quantitative_weight + competency_weight = 100' })
export class ScoringSetting {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'cascade' })
  society!: Society;

  /** The category plug-in whose sheets it weighs (e.g. automotive). */
  @Property({ type: 'text' })
  categoryCode!: string;

  /** Percent weight of the quantitative sheet; the two weights make 100. */
  @Property({ type: 'integer' })
  quantitativeWeight!: number;

  @Property({ type: 'integer' })
  competencyWeight!: number;

  @Property({ type: 'double', columnType: 'double precision' })
  passMark!: number;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  updatedBy!: Account;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
