import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** A member grade on a ladder ('GENERAL' for T/CAS 326; categories may add their own ladder), with its basic conditions as data. */
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

  @Property({ type: 'integer' })
  minRelevantWorkYears!: number;

  @Property({ type: 'integer' })
  minMajorWorkYears!: number;

  @Property({ type: 'text' })
  educationRequirementZh!: string;
}
