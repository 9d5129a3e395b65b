import { Entity, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Society } from './society.entity';

/** The CPD defaults of a society without a row of its own: seed 000 (T/CAS 919) says 50 hours; no document fixes the audit rate. */
export const CPD_DEFAULTS = { minimumHours: 50, auditRatePercent: 10 } as const;

/**
 * A society's CPD requirements: the yearly minimum (seed 000: 50 hours; the federation's English site says 40, so it
 * is each society's setting) and the share of members audited each year. A tenant row, so the society's own staff
 * may write it (the society row itself is the federation's).
 */
@Entity({ tableName: 'cpd_setting' })
export class CpdSetting {
  [OptionalProps]?: 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Society, { owner: true, deleteRule: 'cascade' })
  society!: Society;

  @Property({ type: 'integer' })
  minimumHours!: number;

  @Property({ type: 'integer' })
  auditRatePercent!: number;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  updatedBy!: Account;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
