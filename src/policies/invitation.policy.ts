import type { PolicySubject } from './policy-subject';

/** An invitation as the policy sees it. */
export interface InvitationLike {
  accountId: string;
  /** The inviting society, or null for an enterprise's invitation. */
  societyId: string | null;
  /** The inviting enterprise, or null for a society's invitation. */
  enterpriseId: string | null;
}

/** Only the person invited answers an invitation (accepts or declines it). */
export function allowInvitationAnswer(subject: PolicySubject, invitation: InvitationLike): boolean {
  return subject.principal !== undefined && subject.principal.accountId === invitation.accountId;
}
