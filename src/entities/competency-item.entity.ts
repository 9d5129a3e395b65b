import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CompetencyArea } from './competency-area.entity';

/** One of the 17 competency items A1–E4 with its PROFESSIONAL and SENIOR wording. */
@Entity({ tableName: 'competency_item' })
export class CompetencyItem {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @ManyToOne(() => CompetencyArea)
  area!: CompetencyArea;

  @Property({ type: 'text' })
  professionalZh!: string;

  @Property({ type: 'text' })
  seniorZh!: string;

  @Property({ type: 'json' })
  evidenceExamplesZh!: string[];

  @Property({ type: 'integer' })
  sortOrder!: number;
}
