import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, ApplicationEvent, type Application } from '../entities';
import type { ApplicationStage } from '../entities/enums';
import { notifyOn } from '../notifications/notify-on';

/** One entry of an application's history, as its writers describe it. */
export interface ApplicationEventRecord {
  application: Application;
  /** The account that acted. */
  actorId: string;
  /** What happened: a decision's action, or an action of the table that keeps the stage (see history.policy.ts). */
  action: string;
  /** Defaults to the application's stage now (a step that keeps the stage). */
  fromStage?: ApplicationStage;
  toStage?: ApplicationStage;
  reason?: string;
  details?: Record<string, unknown>;
  at: Date;
}

/**
 * Writes one append-only application_event in the caller's unit of work. The only place that creates
 * ApplicationEvent rows (test/unit/import-graph.test.ts checks it): whatever must follow every event (an outbox
 * row for notifications) is added here, once.
 */
export function recordApplicationEvent(em: EntityManager, record: ApplicationEventRecord): ApplicationEvent {
  const { application } = record;
  const event = em.create(ApplicationEvent, {
    society: application.society,
    application,
    actor: em.getReference(Account, record.actorId),
    action: record.action,
    fromStage: record.fromStage ?? application.stage,
    toStage: record.toStage ?? application.stage,
    reason: record.reason,
    details: record.details,
    at: record.at,
  });
  // The outbox hook: the messages an event obliges are written in the same transaction (notifications/notify-on.ts).
  notifyOn(em, event);
  return event;
}
