import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Society } from './society.entity';

/**
 * A society's yearly CPD audit draw, kept so it can be re-done by anyone: the population (registration ids), the
 * rate and the seed decide the sample (order by md5(seed || id), take ceil(population × rate / 100)).
 */
@Entity({ tableName: 'cpd_audit_draw' })
@Unique({ properties: ['society', 'year'] })
export class CpdAuditDraw {
  [OptionalProps]?: 'drawnAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  ratePercent!: number;

  @Property({ type: 'text' })
  seed!: string;

  /** The registration ids the sample was drawn from. */
  @Property({ type: 'json' })
  population!: string[];

  /** Null when scheduled work drew it. */
  @ManyToOne(() => Account, { deleteRule: 'restrict', nullable: true })
  drawnBy?: Account;

  @Property({ type: 'datetime' })
  drawnAt: Date = new Date();
}
