import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Account } from './account.entity';
import { DossierPart } from './dossier-part.entity';
import { InterviewConclusion, InterviewMode } from './enums';

/** An interview: scheduled by staff, recorded by the panel's chief (seed 000 "面试"). */
@Entity({ tableName: 'interview' })
@Index({ properties: ['application'] })
export class Interview extends DossierPart {
  [OptionalProps]?: 'createdAt' | 'questions';

  @Enum({ items: () => InterviewMode, nativeEnumName: 'interview_mode' })
  mode!: InterviewMode;

  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  /** Place (on site) or link (online). */
  @Property({ type: 'text' })
  location!: string;

  @Property({ type: 'boolean', nullable: true })
  identityChecked?: boolean;

  @Property({ type: 'text', nullable: true })
  changesSinceSubmission?: string;

  @Property({ type: 'integer', nullable: true })
  selfStatementMinutes?: number;

  @Property({ type: 'integer', nullable: true })
  questioningMinutes?: number;

  @Property({ type: 'integer', nullable: true })
  deliberationMinutes?: number;

  /** Questions asked, per competency item code. */
  @Property({ type: 'json' })
  questions: Record<string, string> = {};

  @Enum({ items: () => InterviewConclusion, nativeEnumName: 'interview_conclusion', nullable: true })
  conclusion?: InterviewConclusion;

  /** PASS: improvement advice, shown to the applicant only after registration. */
  @Property({ type: 'text', nullable: true })
  advice?: string;

  /** FAIL: reasons. */
  @Property({ type: 'text', nullable: true })
  reasons?: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict' })
  recordedBy?: Account;

  @Property({ type: 'datetime', nullable: true })
  recordedAt?: Date;

  /** The applicant's answers to the questionnaire about the interview (seed 000: 对面试考官进行评价). */
  @Property({ type: 'json', nullable: true })
  questionnaire?: { overall: number; fairness: number; professionalism: number; comments?: string };

  @Property({ type: 'datetime', nullable: true })
  questionnaireSubmittedAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
