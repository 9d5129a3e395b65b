import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { MajorWorkKind } from './enums';
import { DossierPart } from './dossier-part.entity';

/** One post in the work history, with its referee; flagged when it was major engineering work. */
@Entity({ tableName: 'work_history_entry' })
@Index({ properties: ['application', 'fromDate'] })
export class WorkHistoryEntry extends DossierPart {
  @Property({ type: 'date' })
  fromDate!: string;

  /** Null while the post is current. */
  @Property({ type: 'date', nullable: true })
  toDate?: string;

  @Property({ type: 'text' })
  employer!: string;

  @Property({ type: 'text', nullable: true })
  department?: string;

  @Property({ type: 'text' })
  position!: string;

  @Property({ type: 'text' })
  refereeName!: string;

  @Property({ type: 'text' })
  refereeContact!: string;

  @Property({ type: 'boolean' })
  majorEngineeringWork: boolean = false;

  @Enum({ items: () => MajorWorkKind, nativeEnumName: 'major_work_kind', nullable: true })
  majorWorkKind?: MajorWorkKind;
}
