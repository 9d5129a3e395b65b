import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Notification } from '../../entities';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { inboxCount, inboxPage, markRead, unreadCount, type InboxOwner } from '../../notifications/inbox';
import { ConnectionArgs, encodeCursor, pageRequest, toPage, withTotalCount } from '../common/connection';
import { NotificationConnection, NotificationType } from './notification.types';

/** The inbox of the signed-in person in the request's scope; UNAUTHENTICATED without one. */
export function ownerOf(ctx: RequestContext): InboxOwner {
  if (!ctx.principal) throw new AppError('UNAUTHENTICATED');
  return { accountId: ctx.principal.accountId, scope: ctx.scope };
}

/** An in-app message as the API shows it to its recipient. */
export function toNotificationType(row: Notification): NotificationType {
  return Object.assign(new NotificationType(), {
    id: row.id, recipientId: row.recipient!.id, kind: row.kind, subject: row.subject, body: row.body,
    applicationId: row.application?.id ?? null, createdAt: row.createdAt, readAt: row.readAt ?? null,
  });
}

/** The signed-in person's in-app notifications (own only: nobody reads another's). */
@Resolver()
export class NotificationResolver {
  /** Newest first, keyset-paginated; on a society's portal, that society's messages and account messages. */
  @Query(() => NotificationConnection, { nullable: true })
  async notifications(
    @Ctx() ctx: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationConnection> {
    const owner = ownerOf(ctx);
    const request = pageRequest(args);
    const rows = await inboxPage(ctx.em, owner, request, unreadOnly);
    const positionOf = (row: Notification) => ({ sortValue: row.createdAtCursor!, id: row.id });
    const page = toPage(rows, request, positionOf);
    return withTotalCount({
      edges: page.nodes.map((row) => ({ cursor: encodeCursor(positionOf(row)), node: toNotificationType(row) })),
      pageInfo: page.pageInfo,
    }, () => inboxCount(ctx.em, owner, unreadOnly));
  }

  /** How many of the viewer's notifications (as `notifications` lists them) are unread. */
  @Query(() => Int, { nullable: true })
  async unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return unreadCount(ctx.em, ownerOf(ctx));
  }

  /** Marks the viewer's notifications read; answers how many were unread. Another's id: NOT_FOUND, nothing marked. */
  @Mutation(() => Int, { nullable: true })
  async markNotificationsRead(@Ctx() ctx: RequestContext, @Arg('ids', () => [ID]) ids: string[]): Promise<number> {
    return markRead(ctx.em, ownerOf(ctx), ids, ctx.clock());
  }
}
