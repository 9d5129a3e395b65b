import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One of the five competency areas A–E. */
@Entity({ tableName: 'competency_area' })
export class CompetencyArea {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;
}
