import { Entity, Enum, Formula, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Account } from './account.entity';
import { ApplicationStage } from './enums';
import { DossierPart } from './dossier-part.entity';

/** One step of an application's history: append-only (the application role may not update or delete). */
@Entity({ tableName: 'application_event' })
@Index({
  name: 'application_event_application_id_seq_index',
  expression: 'create index "application_event_application_id_seq_index" on "application_event" ("application_id", "seq")',
})
export class ApplicationEvent extends DossierPart {
  [OptionalProps]?: 'seq' | 'at' | 'actorId';

  /**
   * Insertion order from an identity column the database fills (see the migration): events of the same
   * instant still read in the order they happened. Read-only here, hence a formula.
   */
  @Formula((alias) => `${alias}.seq`, { lazy: false })
  seq?: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  actor!: Account;

  /** The actor's id even where row-level security hides the account (the system account of scheduled jobs). */
  @Formula((alias) => `${alias}.actor_id`, { lazy: false })
  actorId?: string;

  @Property({ type: 'text' })
  action!: string;

  @Enum({ items: () => ApplicationStage, nativeEnumName: 'application_stage' })
  fromStage!: ApplicationStage;

  @Enum({ items: () => ApplicationStage, nativeEnumName: 'application_stage' })
  toStage!: ApplicationStage;

  @Property({ type: 'text', nullable: true })
  reason?: string;

  /** Structured details of the step (missing items, deadline set…). */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown>;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}
