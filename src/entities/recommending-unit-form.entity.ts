import { Check, Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Enterprise } from './enterprise.entity';

/** One overseas key project of the form (seed 002 附件 3: 已外派参与工程项目). */
export interface OverseasProject {
  name: string;
  countryOrRegion: string;
  type: string;
  status: string;
  chineseEngineersAbroad: number;
  foreignEngineersHired: number;
  meetingProfessionalBasics: number;
}

/** A project the enterprise plans to post engineers to within 3 years (未来三年计划外派参与工程项目). */
export interface PlannedProject {
  name?: string | null;
  countryOrRegion?: string | null;
}

/** 推荐单位信息表 (seed 004 附件 3): one current form per enterprise, replaced when filed again. */
@Check({ name: 'recommending_unit_form_batch_check', expression: 'engineers_per_batch >= 1' })
@Entity({ tableName: 'recommending_unit_form' })
export class RecommendingUnitForm {
  [OptionalProps]?: 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Enterprise, { deleteRule: 'restrict', unique: 'recommending_unit_form_enterprise_unique' })
  enterprise!: Enterprise;

  @Property({ type: 'text' })
  contactName!: string;

  @Property({ type: 'text' })
  contactPhone!: string;

  /** Engineers per batch the enterprise intends to recommend (at most the society's batch limit). */
  @Property({ type: 'integer' })
  engineersPerBatch!: number;

  @Property({ type: 'json' })
  overseasProjects!: OverseasProject[];

  @Property({ type: 'json' })
  plannedProjects!: PlannedProject[];

  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  submittedBy!: Account;

  @Property({ type: 'integer', version: true })
  version: number = 1;
}
