import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { EducationLevel } from './enums';
import { DossierPart } from './dossier-part.entity';

/** One education period (from senior high school upwards); listed oldest first. */
@Entity({ tableName: 'education_entry' })
@Index({ properties: ['application', 'fromDate'] })
export class EducationEntry extends DossierPart {
  @Property({ type: 'date' })
  fromDate!: string;

  @Property({ type: 'date' })
  toDate!: string;

  @Property({ type: 'text' })
  school!: string;

  @Property({ type: 'text', nullable: true })
  major?: string;

  @Enum({ items: () => EducationLevel, nativeEnumName: 'education_level' })
  level!: EducationLevel;

  /** The degree from which relevant work is counted (学历/学位), "无" for non-degree education. */
  @Property({ type: 'text', nullable: true })
  degree?: string;

  @Property({ type: 'boolean' })
  qualifying: boolean = false;
}
