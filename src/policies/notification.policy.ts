import type { PolicySubject } from './policy-subject';

/** A notification as the policy sees it. */
export interface NotificationLike {
  recipientId: string;
}

/** A notification is its recipient's alone: nobody else (staff, federation) reads or marks it. */
export function allowNotificationRead(subject: PolicySubject, notification: NotificationLike): boolean {
  return subject.principal !== undefined && subject.principal.accountId === notification.recipientId;
}
