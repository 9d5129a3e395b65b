import { Application, ApplicationEvent, Notification } from '../entities';
import { NotificationChannel } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { isUuid } from '../common/is-uuid';
import type { RequestContext } from '../http/request-context';
import {
  allowFollowApplicationProgress, allowNotificationEvent, allowSubscription, allowWorkQueueEvent, type SubscriptionName,
} from '../policies/live.policy';
import { applicationFacts } from '../policies/load-application';
import { relationsOf, type ApplicationRelation } from '../policies/relations';
import type { LiveSignal } from './live-signal';

/** What an application event's subscription resolves from: the rows as the subscriber reads them, and their relations. */
export interface ApplicationProgressRoot {
  application: Application;
  event: ApplicationEvent;
  relations: ReadonlySet<ApplicationRelation>;
}

/**
 * One subscription's rules in time: `open` when subscribing (refuses with a code, or answers which signals to
 * take), `admit` for each signal in a fresh transaction as the subscriber (the root to resolve, undefined to skip it
 * quietly, or a thrown AppError that ends the stream: the right is gone).
 */
export interface LiveFeed<Args = Record<string, unknown>, Root = unknown> {
  open(ctx: RequestContext, args: Args): Promise<(signal: LiveSignal) => boolean>;
  admit(ctx: RequestContext, signal: LiveSignal, args: Args): Promise<Root | undefined>;
}

/** The subscription's own row first: anonymous → UNAUTHENTICATED, anyone else without the row's condition → FORBIDDEN. */
function requireSubscription(ctx: RequestContext, name: SubscriptionName): void {
  if (!ctx.principal) throw new AppError('UNAUTHENTICATED');
  if (!allowSubscription(ctx, name)) throw new AppError('FORBIDDEN');
}

/** Before each event: the row still allows it, or the stream ends. */
function stillAllowed(ctx: RequestContext, name: SubscriptionName): void {
  if (!allowSubscription(ctx, name)) throw new AppError('SUBSCRIPTION_REVOKED');
}

/** The application as the subscriber reads it (row-level security and the tenant filter apply), with their relations. */
async function readApplication(ctx: RequestContext, id: string): Promise<{ application: Application; relations: ReadonlySet<ApplicationRelation> } | undefined> {
  const application = isUuid(id) ? await ctx.em.findOne(Application, { id }) : null;
  if (!application) return undefined;
  return { application, relations: await relationsOf(ctx, applicationFacts(application)) };
}

/** The event a signal names, with its actor for the history's "who". */
function readEvent(ctx: RequestContext, id: string): Promise<ApplicationEvent | null> {
  return ctx.em.findOne(ApplicationEvent, { id }, { populate: ['actor'], strategy: 'select-in' });
}

/** applicationProgress(applicationId): one application's steps, for whoever reads its procedure part. */
const applicationProgress: LiveFeed<{ applicationId: string }, ApplicationProgressRoot> = {
  async open(ctx, { applicationId }) {
    requireSubscription(ctx, 'applicationProgress');
    const read = await readApplication(ctx, applicationId);
    // Not the viewer's to follow: not revealed either (another applicant's, another society's).
    if (!read || !allowFollowApplicationProgress(read.relations, read.application.stage)) throw new AppError('NOT_FOUND', { field: 'applicationId' });
    return (signal) => signal.kind === 'APPLICATION_EVENT' && signal.applicationId === applicationId;
  },
  async admit(ctx, signal, { applicationId }) {
    stillAllowed(ctx, 'applicationProgress');
    if (signal.kind !== 'APPLICATION_EVENT') return undefined;
    const read = await readApplication(ctx, applicationId);
    if (!read || !allowFollowApplicationProgress(read.relations, read.application.stage)) throw new AppError('SUBSCRIPTION_REVOKED', { field: 'applicationId' });
    const event = await readEvent(ctx, signal.id);
    return event ? { ...read, event } : undefined;
  },
};

/** workQueueChanges: every step of an application of the society in scope, for its staff. */
const workQueueChanges: LiveFeed<Record<string, never>, ApplicationProgressRoot> = {
  async open(ctx) {
    requireSubscription(ctx, 'workQueueChanges');
    const societyId = ctx.scope.society!.id;
    return (signal) => signal.kind === 'APPLICATION_EVENT' && signal.societyId === societyId;
  },
  async admit(ctx, signal) {
    stillAllowed(ctx, 'workQueueChanges');
    if (signal.kind !== 'APPLICATION_EVENT') return undefined;
    const read = await readApplication(ctx, signal.applicationId);
    // A draft's steps are the applicant's own: not shown, and not a reason to end the stream.
    if (!read || !allowWorkQueueEvent(ctx, signal.societyId, read.relations, read.application.stage)) return undefined;
    const event = await readEvent(ctx, signal.id);
    return event ? { ...read, event } : undefined;
  },
};

/** notificationAdded: the signed-in person's new in-app messages (on a society's portal: that society's and account messages). */
const notificationAdded: LiveFeed<Record<string, never>, Notification> = {
  async open(ctx) {
    requireSubscription(ctx, 'notificationAdded');
    const accountId = ctx.principal!.accountId;
    const societyId = ctx.scope.society?.id;
    return (signal) => signal.kind === 'NOTIFICATION' && signal.recipientId === accountId
      && (societyId === undefined || signal.societyId === null || signal.societyId === societyId);
  },
  async admit(ctx, signal) {
    stillAllowed(ctx, 'notificationAdded');
    if (signal.kind !== 'NOTIFICATION') return undefined;
    // Row-level security lets the recipient alone read it; the policy says the same in the code.
    const notification = await ctx.em.findOne(Notification, { id: signal.id, channel: NotificationChannel.IN_APP });
    if (!notification?.recipient || !allowNotificationEvent(ctx, { recipientId: notification.recipient.id })) return undefined;
    return notification;
  },
};

/** Every subscription's feed, by its root field's name: a subscription without one is refused. */
export const LIVE_FEEDS: Record<SubscriptionName, LiveFeed<never, unknown>> = {
  applicationProgress: applicationProgress as LiveFeed<never, unknown>,
  workQueueChanges: workQueueChanges as LiveFeed<never, unknown>,
  notificationAdded: notificationAdded as LiveFeed<never, unknown>,
};
