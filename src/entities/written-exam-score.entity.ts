import { Entity, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Assignment } from './assignment.entity';
import { DossierPart } from './dossier-part.entity';

/** One judge's mark for an applicant's written-exam paper (each paper is judged by ≥ 2 examiners). */
@Entity({ tableName: 'written_exam_score' })
@Unique({ properties: ['assignment'] })
export class WrittenExamScore extends DossierPart {
  [OptionalProps]?: 'judgedAt';

  @ManyToOne(() => Assignment, { deleteRule: 'restrict' })
  assignment!: Assignment;

  /** The sitting: date and place the paper was written. */
  @Property({ type: 'text' })
  sitting!: string;

  @Property({ type: 'integer' })
  score!: number;

  @Property({ type: 'text', nullable: true })
  remarks?: string;

  @Property({ type: 'datetime' })
  judgedAt: Date = new Date();
}
