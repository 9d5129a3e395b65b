import { Entity, ManyToOne, PrimaryKey } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Application } from './application.entity';
import { Society } from './society.entity';

/** What every row belonging to one application carries: its id, its society (the tenant wall) and the application. */
@Entity({ abstract: true })
export abstract class DossierPart {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Application, { deleteRule: 'cascade' })
  application!: Application;
}
