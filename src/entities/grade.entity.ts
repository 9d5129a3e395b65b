import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A member grade on a ladder (each category plug-in brings its ladder, src/categories), with its basic conditions as text and data. */
@Entity({ tableName: 'grade' })
@Unique({ properties: ['ladder', 'code'] })
export class Grade {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  ladder!: string;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  /** Position on the ladder, lowest first. */
  @Property({ type: 'integer' })
  rank!: number;

  @Property({ type: 'text' })
  educationRequirementZh!: string;

  /** Every basic condition as the source document words it. */
  @Property({ type: 'text' })
  basicConditionsZh!: string;

  /** The basic conditions as data, in the shape the ladder's plug-in uses (GradeConditionsData). */
  @Property({ type: 'json' })
  basicConditions!: Record<string, unknown>;
}
