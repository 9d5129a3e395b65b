import { Entity, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { MemberRecord } from './member-record.entity';

/** A member's yearly development summary (seed 000: 做好职业发展总结): one per registration and year, rewritten freely. */
@Entity({ tableName: 'cpd_summary' })
@Unique({ properties: ['registration', 'year'] })
export class CpdSummary extends MemberRecord {
  [OptionalProps]?: 'updatedAt';

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
