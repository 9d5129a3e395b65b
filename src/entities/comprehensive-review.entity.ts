import { Entity, Enum, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Account } from './account.entity';
import { DossierPart } from './dossier-part.entity';
import { ApplicationStage, ComprehensiveReviewConclusion } from './enums';

/** The review group's decision on an application: one per round (a re-review or re-assessment starts the next round). */
@Entity({ tableName: 'comprehensive_review' })
@Unique({ properties: ['application', 'round'] })
export class ComprehensiveReview extends DossierPart {
  [OptionalProps]?: 'decidedAt';

  /** The application's comprehensive-review round this decision concludes (the command always names it). */
  @Property({ type: 'integer', default: 1 })
  round!: number;

  @Enum({ items: () => ComprehensiveReviewConclusion, nativeEnumName: 'comprehensive_review_conclusion' })
  conclusion!: ComprehensiveReviewConclusion;

  /** Sent to the applicant when not registered; why a re-assessment is needed. */
  @Property({ type: 'text', nullable: true })
  reasons?: string;

  /** REASSESS: the assessment stage named. */
  @Enum({ items: () => ApplicationStage, nativeEnumName: 'application_stage', nullable: true })
  reassessStage?: ApplicationStage;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  decidedBy!: Account;

  @Property({ type: 'datetime' })
  decidedAt: Date = new Date();
}
