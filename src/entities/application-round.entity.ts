import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Society } from './society.entity';

/** An application round of a society with its closing date (seed 004: 4 月 20 日前). */
@Entity({ tableName: 'application_round' })
@Unique({ name: 'application_round_society_name_unique', properties: ['society', 'name'] })
export class ApplicationRound {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @Property({ type: 'text' })
  name!: string;

  /** The China date the round closes (inclusive). */
  @Property({ type: 'date' })
  closesOn!: string;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}
