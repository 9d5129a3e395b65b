import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification } from '../entities';
import { NotificationChannel } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { TenantScope } from '../tenancy/tenant-scope';
import { keysetCondition, pageOrder, type PageRequest } from '../resolvers/common/connection';

/** Most ids one markNotificationsRead takes. */
export const MAX_MARK_READ = 100;

/** Whose inbox, seen from which portal: a society's portal shows that society's messages and account messages. */
export interface InboxOwner {
  accountId: string;
  scope: TenantScope;
}

function inboxWhere(owner: InboxOwner): Record<string, unknown> {
  const where: Record<string, unknown> = { recipient: owner.accountId, channel: NotificationChannel.IN_APP };
  if (owner.scope.society) where.$or = [{ society: owner.scope.society.id }, { society: null }];
  return where;
}

/** One keyset page of the owner's in-app notifications, newest first (one row more than asked, for hasNextPage). */
export async function inboxPage(em: EntityManager, owner: InboxOwner, request: PageRequest, unreadOnly = false): Promise<Notification[]> {
  const conditions: Record<string, unknown>[] = [inboxWhere(owner)];
  if (unreadOnly) conditions.push({ readAt: null });
  const seek = keysetCondition('createdAt', 'desc', request);
  if (seek) conditions.push(seek);
  const order = pageOrder('desc', request);
  return em.find(Notification, { $and: conditions }, { populate: ['createdAtCursor'], orderBy: { createdAt: order, id: order }, limit: request.size + 1 });
}

/** One notification of the owner's inbox by id (the list's own condition), or null: anyone else's is not there. */
export async function inboxNotification(em: EntityManager, owner: InboxOwner, id: string): Promise<Notification | null> {
  return em.findOne(Notification, { $and: [inboxWhere(owner), { id }] });
}

/** How many notifications the owner's inbox lists (all, or the unread ones): the `totalCount` of its connection. */
export async function inboxCount(em: EntityManager, owner: InboxOwner, unreadOnly = false): Promise<number> {
  return em.count(Notification, unreadOnly ? { $and: [inboxWhere(owner), { readAt: null }] } : inboxWhere(owner));
}

/** How many of the owner's in-app notifications are unread. */
export async function unreadCount(em: EntityManager, owner: InboxOwner): Promise<number> {
  return em.count(Notification, { $and: [inboxWhere(owner), { readAt: null }] });
}

/**
 * Marks the owner's notifications read (already read ones keep their time). Any id that is not the owner's own
 * notification refuses the whole call with NOT_FOUND: nothing is marked.
 */
export async function markRead(em: EntityManager, owner: InboxOwner, ids: readonly string[], at: Date): Promise<number> {
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_MARK_READ) {
    throw new AppError('BAD_USER_INPUT', { field: 'ids', params: { detail: `between 1 and ${MAX_MARK_READ} ids`, detailZh: `须给出 1 到 ${MAX_MARK_READ} 个标识` } });
  }
  const own = await em.find(Notification, { $and: [inboxWhere(owner), { id: { $in: unique } }] }, { fields: ['id', 'readAt'] });
  if (own.length !== unique.length) throw new AppError('NOT_FOUND', { field: 'ids' });
  const unread = own.filter((notification) => !notification.readAt).map((notification) => notification.id);
  if (unread.length === 0) return 0;
  return em.nativeUpdate(Notification, { id: { $in: unread }, recipient: owner.accountId, readAt: null }, { readAt: at });
}
