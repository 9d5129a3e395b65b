import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Society } from './society.entity';

/** A batch of proposed registrants published for at least 5 working days (seed 000 "公示"). */
@Entity({ tableName: 'public_notice' })
@Index({ properties: ['society', 'startsOn'] })
@Index({ name: 'public_notice_open_index', expression: 'create index "public_notice_open_index" on "public_notice" ("starts_on") where closed_at is null' })
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

  /** The notice's length in working days: endsOn is derived from it and moves when the calendar changes. */
  @Property({ type: 'int', nullable: true })
  workingDays?: number;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  publishedBy!: Account;

  @Property({ type: 'datetime' })
  publishedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date;
}
