import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { ApplicationEvent } from './application-event.entity';
import { Application } from './application.entity';
import { ComplaintHandler, ComplaintKind, ComplaintOutcome, ComplaintStatus } from './enums';
import { Registration } from './registration.entity';
import { Society } from './society.entity';

/**
 * A complaint, appeal or opinion (seed 000 申诉、投诉; 003 10.2) and where its handling stands. The complainant is
 * an account, or nobody (an anonymous opinion, maybe with a contact); only the handlers see who it is.
 */
@Entity({ tableName: 'complaint' })
@Index({ properties: ['handler', 'status'] })
// The complaints report counts by the day received (issue 12).
@Index({ name: 'complaint_received_on_index', properties: ['receivedOn', 'society'] })
export class Complaint {
  [OptionalProps]?: 'status' | 'round' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Enum({ items: () => ComplaintKind, nativeEnumName: 'complaint_kind' })
  kind!: ComplaintKind;

  @Enum({ items: () => ComplaintHandler, nativeEnumName: 'complaint_handler' })
  handler!: ComplaintHandler;

  @Enum({ items: () => ComplaintStatus, nativeEnumName: 'complaint_status' })
  status: ComplaintStatus = ComplaintStatus.RECEIVED;

  /** 1, then 2 once escalated to the secretariat. */
  @Property({ type: 'integer' })
  round: number = 1;

  /** The society that handles it (RESULT) or that it is about (PROCEDURE_BREACH, MISMANAGEMENT, an opinion naming one). */
  @ManyToOne(() => Society, { deleteRule: 'restrict', nullable: true })
  society?: Society;

  @ManyToOne(() => Account, { deleteRule: 'restrict', nullable: true })
  complainant?: Account;

  /** The complainant's name and email when they lodged it (kept here: the handlers need not read their account). */
  @Property({ type: 'text', nullable: true })
  complainantName?: string;

  @Property({ type: 'text', nullable: true })
  complainantEmail?: string;

  /** How to reach the complainant (required of an anonymous opinion that wants an answer). */
  @Property({ type: 'text', nullable: true })
  contact?: string;

  /** A complaint about a result names the application and its decision (an event of its history). */
  @ManyToOne(() => Application, { deleteRule: 'restrict', nullable: true })
  application?: Application;

  @ManyToOne(() => ApplicationEvent, { deleteRule: 'restrict', nullable: true })
  decisionEvent?: ApplicationEvent;

  /** A member the complaint is about, if any: never shown who complained. */
  @ManyToOne(() => Registration, { deleteRule: 'restrict', nullable: true })
  concernsRegistration?: Registration;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  content!: string;

  /** China date the current handler received it (the escalation date in round 2). */
  @Property({ type: 'date' })
  receivedOn!: string;

  /** The handler's target in working days when it was received, and the date it gives. */
  @Property({ type: 'integer' })
  targetWorkingDays!: number;

  @Property({ type: 'date' })
  dueOn!: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict', nullable: true })
  assignedTo?: Account;

  @Enum({ items: () => ComplaintOutcome, nativeEnumName: 'complaint_outcome', nullable: true })
  outcome?: ComplaintOutcome;

  @Property({ type: 'text', nullable: true })
  outcomeReasons?: string;

  /** What the complainant was told, and when (China date, for the handling time). */
  @Property({ type: 'text', nullable: true })
  feedback?: string;

  @Property({ type: 'date', nullable: true })
  feedbackOn?: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
