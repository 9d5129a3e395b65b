import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Complaint } from './complaint.entity';
import { ComplaintHandler, ComplaintStepAction } from './enums';

/** One step of a complaint's handling with its evidence (003 10.2.5: 保留相关处理手续和证据): append-only. */
@Entity({ tableName: 'complaint_step' })
@Unique({ properties: ['complaint', 'seq'] })
export class ComplaintStep {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Complaint, { deleteRule: 'cascade' })
  complaint!: Complaint;

  /** 1, 2, … within the complaint: the order of the record (two steps may share an instant). */
  @Property({ type: 'integer' })
  seq!: number;

  @Property({ type: 'integer' })
  round!: number;

  /** Who handled the complaint when the step was taken. */
  @Enum({ items: () => ComplaintHandler, nativeEnumName: 'complaint_handler' })
  handler!: ComplaintHandler;

  @Enum({ items: () => ComplaintStepAction, nativeEnumName: 'complaint_step_action' })
  action!: ComplaintStepAction;

  /** Null for an anonymous complaint's receipt. */
  @ManyToOne(() => Account, { deleteRule: 'restrict', nullable: true })
  actor?: Account;

  @Property({ type: 'text' })
  note!: string;

  /** The evidence the step rests on (documents, records of calls, minutes), as the handler records it. */
  @Property({ type: 'text', nullable: true })
  evidence?: string;

  @Property({ type: 'datetime' })
  at!: Date;
}
