import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Society } from './society.entity';

/** A batch of proposed registrants published for at least 5 working days (seed 000 "公示"). */
@Entity({ tableName: 'public_notice' })
@Index({ properties: ['society', 'startsOn'] })
export class PublicNotice {
  [OptionalProps]?: 'publishedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'date' })
  startsOn!: string;

  /** The last day of the notice: objections are taken until then, and it cannot close before. */
  @Property({ type: 'date' })
  endsOn!: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  publishedBy!: Account;

  @Property({ type: 'datetime' })
  publishedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;
}
