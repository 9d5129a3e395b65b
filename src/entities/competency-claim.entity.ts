import { ArrayType, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Application } from './application.entity';
import { Society } from './society.entity';

/** A passage of the self-statement and the competency items (A1–E4) it evidences. */
@Entity({ tableName: 'competency_claim' })
@Index({ properties: ['application'] })
export class CompetencyClaim {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Application, { deleteRule: 'cascade' })
  application!: Application;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  passage!: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  itemCodes!: string[];
}
