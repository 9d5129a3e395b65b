import { Entity, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Assignment } from './assignment.entity';
import { DossierPart } from './dossier-part.entity';
import { WrittenExamSitting } from './written-exam-sitting.entity';

/** One judge's mark for the paper of a sitting (each paper is judged by ≥ 2 examiners, each once). */
@Entity({ tableName: 'written_exam_score' })
@Unique({ properties: ['assignment', 'sitting'] })
export class WrittenExamScore extends DossierPart {
  [OptionalProps]?: 'judgedAt';

  @ManyToOne(() => Assignment, { deleteRule: 'restrict' })
  assignment!: Assignment;

  /** The sitting whose paper was marked. */
  @ManyToOne(() => WrittenExamSitting, { deleteRule: 'restrict' })
  sitting!: WrittenExamSitting;

  @Property({ type: 'integer' })
  score!: number;

  @Property({ type: 'text', nullable: true })
  remarks?: string;

  @Property({ type: 'datetime' })
  judgedAt: Date = new Date();
}
