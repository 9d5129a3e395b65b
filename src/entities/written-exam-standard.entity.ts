import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { EngineeringField } from './engineering-field.entity';
import { Society } from './society.entity';

/** One reference material of a written-exam standard: a title, and where to find it when it is online. */
export interface WrittenExamReference {
  title: string;
  link: string | null;
}

/**
 * A society's written-exam standard for one of its engineering fields (seed 000 rule 9: 笔试由获授权学会组织,
 * pass conditions, outline and reference materials set and published by the society). Until published it is a
 * draft: the public does not see it and outcomes keep the society's general pass mark.
 */
@Entity({ tableName: 'written_exam_standard' })
@Unique({ properties: ['society', 'field'] })
@Index({ properties: ['field'] })
export class WrittenExamStandard {
  [OptionalProps]?: 'references' | 'publishedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => EngineeringField, { deleteRule: 'restrict' })
  field!: EngineeringField;

  /** 0–100: the judges' average must reach it. */
  @Property({ type: 'integer' })
  passMark!: number;

  /** The exam outline (考试大纲). */
  @Property({ type: 'text' })
  outline!: string;

  @Property({ type: 'json' })
  references: WrittenExamReference[] = [];

  /** Null while a draft; set when published, cleared again by a later change (a changed standard is published anew). */
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  updatedBy!: Account;

  @Property({ type: 'datetime' })
  updatedAt!: Date;
}
