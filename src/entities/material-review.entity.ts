import { ArrayType, Entity, Enum, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Assignment } from './assignment.entity';
import { DossierPart } from './dossier-part.entity';
import { MaterialReviewConclusion, NextAssessment } from './enums';

/** One examiner's material review of one round (a supplement starts the next round). */
@Entity({ tableName: 'material_review' })
@Unique({ properties: ['assignment', 'round'] })
export class MaterialReview extends DossierPart {
  [OptionalProps]?: 'submittedAt' | 'supplementAreas';

  @ManyToOne(() => Assignment, { deleteRule: 'restrict' })
  assignment!: Assignment;

  @Property({ type: 'integer' })
  round!: number;

  @Enum({ items: () => MaterialReviewConclusion, nativeEnumName: 'material_review_conclusion' })
  conclusion!: MaterialReviewConclusion;

  /** SUPPLEMENT: the areas A–E to evidence (empty with allItems or questions). */
  @Property({ type: ArrayType, columnType: 'text[]', default: '{}' })
  supplementAreas: string[] = [];

  /** SUPPLEMENT: full evidence for all 17 items. */
  @Property({ type: 'boolean', nullable: true })
  supplementAllItems?: boolean;

  /** SUPPLEMENT: specific questions. */
  @Property({ type: 'text', nullable: true })
  questions?: string;

  @Enum({ items: () => NextAssessment, nativeEnumName: 'next_assessment', nullable: true })
  nextAssessment?: NextAssessment;

  /** RECOMMEND: what the next assessment should probe. */
  @Property({ type: 'text', nullable: true })
  probePoints?: string;

  /** NOT_RECOMMEND: why. */
  @Property({ type: 'text', nullable: true })
  reasons?: string;

  /** NOT_RECOMMEND: the lower grade the applicant might apply for. */
  @Property({ type: 'text', nullable: true })
  lowerGradeSuggestion?: string;

  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();
}
