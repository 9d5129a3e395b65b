import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Account } from './account.entity';

/**
 * A year whose official holiday arrangement (the State Council's 节假日安排) the federation has loaded whole:
 * deadlines falling in it are confirmed, like those in the years the built-in library knows.
 */
@Entity({ tableName: 'holiday_arrangement' })
export class HolidayArrangement {
  @PrimaryKey({ type: 'int', autoincrement: false })
  year!: number;

  /** Where the arrangement was taken from (the notice's title or number), for whoever checks it later. */
  @Property({ type: 'text', nullable: true })
  source?: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  loadedBy!: Account;

  @Property({ type: 'datetime' })
  loadedAt: Date = new Date();
}
