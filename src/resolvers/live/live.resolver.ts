import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Notification } from '../../entities';
import type { RequestContext } from '../../http/request-context';
import type { ApplicationProgressRoot } from '../../live/live-feeds';
import { followFeed } from '../../live/live-operation';
import { applicationFacts } from '../../policies/load-application';
import { historyEntryVisibility } from '../../policies/history.policy';
import { toApplicationType, toEventType } from '../applications/application.mappers';
import { toNotificationType } from '../notifications/notification.resolver';
import { NotificationType } from '../notifications/notification.types';
import { ApplicationProgressType } from './live.types';

/** A step as the viewer may see it: the history's rules for its reason and actor (src/policies/history.policy.ts). */
function toProgressType(ctx: RequestContext, { application, event, relations }: ApplicationProgressRoot): ApplicationProgressType {
  const facts = applicationFacts(application);
  const { reasonPart, actorPart } = historyEntryVisibility(relations, facts.stage, event);
  const reason = reasonPart !== undefined && (event.reason != null || Array.isArray(event.details?.items));
  if (reason) ctx.dossierReads.record(facts, reasonPart);
  if (actorPart) ctx.dossierReads.record(facts, actorPart);
  return Object.assign(new ApplicationProgressType(), {
    applicationFacts: facts,
    applicationId: application.id,
    stage: application.stage,
    event: toEventType(event, facts, { reason, actor: actorPart !== undefined }),
    application: toApplicationType(application),
  });
}

/**
 * Live progress over WebSocket (src/live): each event is announced by PostgreSQL once committed, admitted by the
 * feed's rules as the subscriber (src/policies/live.policy.ts) and then resolved here from what the feed read.
 */
@Resolver()
export class LiveResolver {
  /** The steps of one application, for whoever reads its procedure: the applicant, the recommending enterprise, staff, assessors, the federation. */
  @Subscription(() => ApplicationProgressType, {
    nullable: true, subscribe: followFeed('applicationProgress'),
    description: 'Each step of one application as it is committed: for the applicant, the recommending enterprise, staff of its society, its assessors and the federation (whoever reads its procedure). Over WebSocket (graphql-transport-ws) at /graphql; ends with SUBSCRIPTION_REVOKED when that right is lost',
  })
  applicationProgress(
    @Root() root: ApplicationProgressRoot,
    @Ctx() ctx: RequestContext,
    // Read by the feed (src/live/live-feeds.ts) when subscribing and for every event.
    @Arg('applicationId', () => ID) _applicationId: string,
  ): ApplicationProgressType {
    return toProgressType(ctx, root);
  }

  /** Every step of the applications in the society's work queue, for its staff (connectionParams.society names the society). */
  @Subscription(() => ApplicationProgressType, {
    nullable: true, subscribe: followFeed('workQueueChanges'),
    description: 'Each step of any submitted application of the society in scope (connectionParams.society), for its staff',
  })
  workQueueChanges(@Root() root: ApplicationProgressRoot, @Ctx() ctx: RequestContext): ApplicationProgressType {
    return toProgressType(ctx, root);
  }

  /** The signed-in person's new in-app notifications, as they are written. */
  @Subscription(() => NotificationType, {
    nullable: true, subscribe: followFeed('notificationAdded'),
    description: 'The signed-in person\'s new in-app notifications, as they are written (on a society\'s portal: that society\'s and account messages)',
  })
  notificationAdded(@Root() notification: Notification): NotificationType {
    return toNotificationType(notification);
  }
}
