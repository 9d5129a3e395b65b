import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Enterprise } from './enterprise.entity';
import { PreApplication } from './pre-application.entity';
import { EngineeringField } from './engineering-field.entity';
import { ApplicationChannel, ApplicationStage, InternationalTitleKind } from './enums';
import { Grade } from './grade.entity';
import { Society } from './society.entity';
import { Specialty } from './specialty.entity';

/** An application for a member grade with its dossier's single-valued parts; lists live in their own tables. */
@Entity({ tableName: 'application' })
@Index({ properties: ['society', 'stage', 'submittedAt'] })
@Index({ properties: ['society', 'stageDeadline'] })
@Index({
  name: 'application_open_stage_deadline_index',
  expression: 'create index "application_open_stage_deadline_index" on "application" ("stage_deadline_start") where stage_deadline is not null and stage_deadline_start is not null',
})
@Index({ properties: ['applicant'] })
// A recommending enterprise pages its recommendees' applications.
@Index({
  name: 'application_recommending_enterprise_index',
  expression: 'create index "application_recommending_enterprise_index" on "application" ("recommending_enterprise_id", "created_at", "id") where recommending_enterprise_id is not null',
})
@Index({ name: 'application_queue_submitted_index', properties: ['society', 'submittedAt', 'id'] })
@Index({ name: 'application_queue_due_index', properties: ['society', 'dueDate', 'id'] })
// Federation roles page every society at once: the same orders without the society (issue 14).
@Index({ name: 'application_cross_tenant_submitted_index', properties: ['submittedAt', 'id'] })
@Index({ name: 'application_cross_tenant_due_index', properties: ['dueDate', 'id'] })
// One open application per applicant per society: terminal stages do not count.
@Index({
  name: 'application_one_open_per_society',
  expression: `create unique index "application_one_open_per_society" on "application" ("applicant_id", "society_id") where stage not in ('REGISTERED', 'NOT_ACCEPTED', 'NOT_REGISTERED', 'WITHDRAWN', 'LAPSED')`,
})
export class Application {
  [OptionalProps]?: 'stage' | 'version' | 'createdAt' | 'updatedAt' | 'categoryFields' | 'clarificationReturns' | 'reviewRound' | 'comprehensiveReviewRound';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  applicant!: Account;

  @ManyToOne(() => EngineeringField, { deleteRule: 'restrict' })
  field!: EngineeringField;

  @ManyToOne(() => Specialty, { deleteRule: 'restrict' })
  specialty!: Specialty;

  @ManyToOne(() => Grade, { deleteRule: 'restrict' })
  grade!: Grade;

  @Enum({ items: () => ApplicationChannel, nativeEnumName: 'application_channel' })
  channel!: ApplicationChannel;

  @Enum({ items: () => ApplicationStage, nativeEnumName: 'application_stage' })
  stage: ApplicationStage = ApplicationStage.DRAFT;

  /** Optimistic lock: every command names the version it saw; updates check it in SQL too. */
  @Property({ type: 'integer', version: true })
  version: number = 1;

  // Basic information (基本信息).
  @Property({ type: 'text', nullable: true })
  name?: string;

  @Property({ type: 'text', nullable: true })
  namePinyin?: string;

  @Property({ type: 'text', nullable: true })
  idNumber?: string;

  @Property({ type: 'date', nullable: true })
  birthDate?: string;

  @Property({ type: 'text', nullable: true })
  membershipNumber?: string;

  @Property({ type: 'text', nullable: true })
  mailingAddress?: string;

  @Property({ type: 'text', nullable: true })
  mobile?: string;

  @Property({ type: 'text', nullable: true })
  email?: string;

  @Property({ type: 'text', nullable: true })
  employer?: string;

  @Property({ type: 'text', nullable: true })
  employerEn?: string;

  @Property({ type: 'boolean', nullable: true })
  accreditedProgramme?: boolean;

  @Property({ type: 'boolean', nullable: true })
  wantsMutualRecognition?: boolean;

  @Property({ type: 'text', nullable: true })
  selfStatement?: string;

  /** The self-statement's career plan (seed 000: 短期 1–3 年、中期 3–7 年、长期 7–10 年). */
  @Property({ type: 'text', nullable: true })
  careerPlanShortTerm?: string;

  @Property({ type: 'text', nullable: true })
  careerPlanMidTerm?: string;

  @Property({ type: 'text', nullable: true })
  careerPlanLongTerm?: string;

  /** When the applicant last submitted and so consented to verification (seed 000: 提交申请材料时，即同意…查询). */
  @Property({ type: 'datetime', nullable: true })
  verificationConsentAt?: Date;

  @Enum({ items: () => InternationalTitleKind, nativeEnumName: 'international_title_kind', nullable: true })
  internationalTitleKind?: InternationalTitleKind;

  @Property({ type: 'text', nullable: true })
  internationalTitleName?: string;

  @Property({ type: 'text', nullable: true })
  internationalTitleNumber?: string;

  /** The category plug-in's own dossier fields, validated by the plug-in. */
  @Property({ type: 'json' })
  categoryFields: Record<string, unknown> = {};

  /** Society membership as marked by staff at initial review; null until marked. */
  @Property({ type: 'boolean', nullable: true })
  societyMember?: boolean;

  /** A basic-conditions return is the last full edit: it happens at most once. */
  @Property({ type: 'integer' })
  clarificationReturns: number = 0;

  /** Material-review round: a supplement answered starts the next one. */
  @Property({ type: 'integer', default: 1 })
  reviewRound: number = 1;

  /** Comprehensive-review round: a re-review or re-assessment starts the next one, with a new group and decision. */
  @Property({ type: 'integer', default: 1 })
  comprehensiveReviewRound: number = 1;

  /** What staff asked for in the last return (missing items or points to clarify). */
  @Property({ type: 'json', nullable: true })
  returnRequest?: string[];

  /** Millisecond precision, like JavaScript dates: the work queue's keyset cursor must compare exactly. */
  @Property({ type: 'datetime', length: 3, nullable: true })
  submittedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date;

  /** The current stage's deadline (completion, clarification), a China calendar date: derived from the two below. */
  @Property({ type: 'date', nullable: true })
  stageDeadline?: string;

  /** The China date the stage deadline counts from; with the count it is recomputed when the calendar changes. */
  @Property({ type: 'date', nullable: true })
  stageDeadlineStart?: string;

  /** How many working days the stage deadline allows. */
  @Property({ type: 'int', nullable: true })
  stageDeadlineWorkingDays?: number;

  /** 12 months from acceptance: the society must finish the evaluation by then. */
  @Property({ type: 'date', nullable: true })
  evaluationDeadline?: string;

  /** The nearest deadline (stage, else evaluation; far future when none), for the queue's DUE_DATE order. Kept by the database. */
  @Property({ type: 'date', generated: `(coalesce(stage_deadline, evaluation_deadline, '9999-12-31'::date)) stored`, nullable: true, lazy: false })
  dueDate?: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  /** The approved pre-application this formal application was opened from (enterprise channel: always). */
  @ManyToOne(() => PreApplication, { nullable: true, deleteRule: 'restrict', unique: 'application_pre_application_unique' })
  preApplication?: PreApplication;

  /** The enterprise whose redeemed recommendation code led here: the RECOMMENDING_ENTERPRISE relation's source. */
  @ManyToOne(() => Enterprise, { nullable: true, deleteRule: 'restrict' })
  recommendingEnterprise?: Enterprise;
}
