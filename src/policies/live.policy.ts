import type { ApplicationStage } from '../entities/enums';
import { VIEWER_CONDITIONS, type ViewerCondition } from './conditions';
import type { FieldAccess } from './mutation-access';
import { allowNotificationRead } from './notification.policy';
import type { PolicySubject } from './policy-subject';
import type { ApplicationRelation } from './relations';
import { canSee } from './visibility-matrix';

/**
 * One row of the subscription table: who may hold the subscription at all. Checked when subscribing and again before
 * every event (src/live), and it is the shield rule of the Subscription root field. What each event shows is then
 * decided on the object (the decisions below, and the access table of every field it selects).
 */
export interface SubscriptionRule {
  who: readonly ViewerCondition[];
}

/** The subscription table: every Subscription root field has a row (test/unit/action-table.test.ts); none is open to anonymous visitors. */
export const SUBSCRIPTION_ACTION_TABLE = {
  // The applicant, the recommending enterprise, staff, assessors and the federation: whoever's relation reads the
  // application's procedure part (followApplicationProgress); anyone signed in may ask, the object decides.
  applicationProgress: { who: ['authenticated'] },
  // The society's work queue: its staff, in the society of the connection.
  workQueueChanges: { who: ['societyStaff'] },
  // The signed-in person's own in-app messages.
  notificationAdded: { who: ['authenticated'] },
} as const satisfies Record<string, SubscriptionRule>;

/** The name of a subscription (a Subscription root field). */
export type SubscriptionName = keyof typeof SUBSCRIPTION_ACTION_TABLE;

/** The shield rule of every Subscription root field, from its row. */
export const SUBSCRIPTION_ACCESS: Record<SubscriptionName, FieldAccess> = Object.fromEntries(
  Object.entries(SUBSCRIPTION_ACTION_TABLE).map(([name, rule]) => [name, rule.who.length === 1 ? rule.who[0] : [...rule.who].sort()]),
) as Record<SubscriptionName, FieldAccess>;

/** Whether the viewer may hold a subscription (its row); a name without a row is denied. */
export function allowSubscription(subject: PolicySubject, name: string): boolean {
  const rule = (SUBSCRIPTION_ACTION_TABLE as Record<string, SubscriptionRule | undefined>)[name];
  return rule !== undefined && rule.who.some((condition) => VIEWER_CONDITIONS[condition](subject));
}

/**
 * Following an application's progress (DOMAIN.md §9 "推荐单位可通过系统实时掌握其评价进度"): the viewer's relations must
 * read its `procedure` part of the visibility matrix in its stage now — the applicant, the recommending enterprise,
 * staff of its society, its assessors, the federation. Not the public, even in the public notice.
 */
export function allowFollowApplicationProgress(relations: ReadonlySet<ApplicationRelation>, stage: ApplicationStage): boolean {
  return canSee(relations, 'procedure', stage);
}

/**
 * Whether one event of the society's work queue is shown to its staff: an application of the society in scope whose
 * procedure they read (a draft is the applicant's own, so its events are not shown).
 */
export function allowWorkQueueEvent(subject: PolicySubject, societyId: string, relations: ReadonlySet<ApplicationRelation>, stage: ApplicationStage): boolean {
  return subject.scope.society?.id === societyId && allowFollowApplicationProgress(relations, stage);
}

/** Whether an in-app notification is shown live to the viewer: its recipient only, like the inbox. */
export function allowNotificationEvent(subject: PolicySubject, notification: { recipientId: string }): boolean {
  return allowNotificationRead(subject, notification);
}
