import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

/** An admin-maintained calendar day that overrides the built-in PRC calendar (years the library does not know, corrections). */
@Entity({ tableName: 'working_day_override' })
export class WorkingDayOverrideRow {
  @PrimaryKey({ type: 'date' })
  date!: string;

  @Enum({ items: () => ['WORKDAY', 'HOLIDAY'], nativeEnumName: 'day_kind' })
  kind!: 'WORKDAY' | 'HOLIDAY';

  @Property({ type: 'text', nullable: true })
  name?: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
