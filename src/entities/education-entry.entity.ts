import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Application } from './application.entity';
import { EducationLevel } from './enums';
import { Society } from './society.entity';

/** One education period (from senior high school upwards); listed oldest first. */
@Entity({ tableName: 'education_entry' })
@Index({ properties: ['application', 'fromDate'] })
export class EducationEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Application, { deleteRule: 'cascade' })
  application!: Application;

  @Property({ type: 'date' })
  fromDate!: string;

  @Property({ type: 'date' })
  toDate!: string;

  @Property({ type: 'text' })
  school!: string;

  @Property({ type: 'text', nullable: true })
  major?: string;

  @Enum({ items: () => EducationLevel, nativeEnumName: 'education_level' })
  level!: EducationLevel;

  /** The degree from which relevant work is counted (学历/学位), "无" for non-degree education. */
  @Property({ type: 'text', nullable: true })
  degree?: string;

  @Property({ type: 'boolean' })
  qualifying: boolean = false;
}
