import { Entity, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Account } from './account.entity';
import { DossierPart } from './dossier-part.entity';

/**
 * A written-exam sitting, recorded by society staff: when and where the applicant wrote which paper. The judges
 * mark the paper of the latest sitting; a later sitting (a paper voided and written again) supersedes earlier ones.
 */
@Entity({ tableName: 'written_exam_sitting' })
@Unique({ properties: ['application', 'number'] })
export class WrittenExamSitting extends DossierPart {
  [OptionalProps]?: 'recordedAt';

  /** 1, 2, … per application, in the order recorded (the unique pair makes concurrent records collide, not interleave). */
  @Property({ type: 'integer' })
  number!: number;

  /** China date of the sitting. */
  @Property({ type: 'date' })
  heldOn!: string;

  /** Place, or the online platform. */
  @Property({ type: 'text' })
  venue!: string;

  /** The paper written (subject or title). */
  @Property({ type: 'text' })
  paper!: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  recordedBy!: Account;

  @Property({ type: 'datetime' })
  recordedAt: Date = new Date();
}
