import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Application } from './application.entity';
import { AchievementCategory } from './enums';
import { Society } from './society.entity';

/** One professional achievement (at most 6 per dossier). */
@Entity({ tableName: 'achievement' })
@Index({ properties: ['application'] })
export class Achievement {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Application, { deleteRule: 'cascade' })
  application!: Application;

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
