import { Entity, Enum, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Account } from './account.entity';
import { CpdAuditDraw } from './cpd-audit-draw.entity';
import { CpdAuditStatus } from './enums';
import { MemberRecord } from './member-record.entity';

/** A member drawn for a year's CPD audit: asked for evidence, which staff accept or reject with reasons. */
@Entity({ tableName: 'cpd_audit' })
@Unique({ properties: ['registration', 'year'] })
export class CpdAudit extends MemberRecord {
  [OptionalProps]?: 'status' | 'requestedAt';

  @ManyToOne(() => CpdAuditDraw, { deleteRule: 'cascade' })
  draw!: CpdAuditDraw;

  @Property({ type: 'integer' })
  year!: number;

  @Enum({ items: () => CpdAuditStatus, nativeEnumName: 'cpd_audit_status' })
  status: CpdAuditStatus = CpdAuditStatus.EVIDENCE_REQUESTED;

  @Property({ type: 'datetime' })
  requestedAt: Date = new Date();

  /** The member's account of the evidence (the files are on the activities). */
  @Property({ type: 'text', nullable: true })
  evidenceNote?: string;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date;

  @ManyToOne(() => Account, { deleteRule: 'restrict', nullable: true })
  decidedBy?: Account;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  @Property({ type: 'text', nullable: true })
  reasons?: string;
}
