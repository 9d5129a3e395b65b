import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { AchievementCategory } from './enums';
import { DossierPart } from './dossier-part.entity';

/** One professional achievement (at most 6 per dossier). */
@Entity({ tableName: 'achievement' })
@Index({ properties: ['application'] })
export class Achievement extends DossierPart {
  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: () => AchievementCategory, nativeEnumName: 'achievement_category' })
  category!: AchievementCategory;

  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  role!: string;

  @Property({ type: 'text', nullable: true })
  description?: string;
}
