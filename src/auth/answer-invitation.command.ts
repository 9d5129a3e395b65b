import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { RoleGrant, SocietyInvitation } from '../entities';
import { SocietyStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { allowInvitationAnswer } from '../policies/invitation.policy';
import { isUuid } from '../common/is-uuid';

/**
 * The viewer's invitations, newest first: open ones, and the answered or expired ones of the last while.
 * Read from any scope: the invitee belongs to none of the inviting society's tenants yet (RLS: their own rows).
 */
export function myInvitations(ctx: CommandContext): Promise<SocietyInvitation[]> {
  if (!ctx.principal) return Promise.resolve([]);
  return ctx.em.find(SocietyInvitation, { account: ctx.principal.accountId }, { filters: false, populate: ['society'], orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** The viewer's own open invitation; anyone else's, or an unknown id, is NOT_FOUND (their existence is not told). */
async function openInvitationOfViewer(ctx: CommandContext, id: string): Promise<SocietyInvitation> {
  const invitation = isUuid(id) ? await ctx.em.findOne(SocietyInvitation, { id }, { filters: false, populate: ['society'] }) : null;
  if (!invitation || !allowInvitationAnswer(ctx, { accountId: invitation.account.id, societyId: invitation.society?.id ?? null, enterpriseId: invitation.enterprise?.id ?? null })) {
    throw new AppError('NOT_FOUND', { field: 'id' });
  }
  if (invitation.acceptedAt || invitation.declinedAt) {
    throw new AppError('INVALID_TRANSITION', { field: 'id', params: { action: 'answerInvitation', stage: invitation.acceptedAt ? 'ACCEPTED' : 'DECLINED' } });
  }
  if (invitation.expiresAt <= ctx.clock()) {
    throw new AppError('INVITATION_EXPIRED', { field: 'id', params: { expiredAt: invitation.expiresAt.toISOString().slice(0, 10) } });
  }
  return invitation;
}

/**
 * The invitee accepts: the grant the invitation names is made (in the society or the enterprise), exactly as the
 * inviter specified it. The invitation
 * is marked first, naming the grant, because the database lets an account add its own grant only for an accepted
 * invitation naming it (RLS policy role_grant_accepted_invitation).
 */
export async function acceptInvitationCommand(ctx: CommandContext, id: string): Promise<SocietyInvitation> {
  const invitation = await openInvitationOfViewer(ctx, id);
  if (invitation.society && invitation.society.status !== SocietyStatus.ACTIVE) throw new AppError('SOCIETY_SUSPENDED', { params: { society: invitation.society.code } });
  const grantId = randomUUID();
  await answerOnce(ctx, invitation, { acceptedAt: ctx.clock(), grant: grantId });
  try {
    ctx.em.create(RoleGrant, {
      id: grantId, account: invitation.account, role: invitation.role, society: invitation.society, enterprise: invitation.enterprise,
      examinerGrade: invitation.examinerGrade, field: invitation.field, specialtyCodes: invitation.specialtyCodes, employer: invitation.employer,
      createdAt: ctx.clock(),
    });
    await ctx.em.flush();
    await ctx.em.refresh(invitation, { filters: false });
  } catch (error) {
    // The person holds this role here already (e.g. a concurrent accept, or a grant from another invitation).
    if (error instanceof UniqueConstraintViolationException) throw new AppError('ALREADY_EXISTS', { field: 'id', params: { what: 'This grant', whatZh: '该授权' } });
    throw error;
  }
  return invitation;
}

/** The invitee declines: nothing is granted, and the society may invite again. */
export async function declineInvitationCommand(ctx: CommandContext, id: string): Promise<SocietyInvitation> {
  const invitation = await openInvitationOfViewer(ctx, id);
  await answerOnce(ctx, invitation, { declinedAt: ctx.clock() });
  await ctx.em.refresh(invitation, { filters: false });
  return invitation;
}

/** Records the answer only while the invitation is still open (of two concurrent answers, the second is refused); the caller refreshes the entity. */
async function answerOnce(ctx: CommandContext, invitation: SocietyInvitation, answer: { acceptedAt?: Date; declinedAt?: Date; grant?: string }): Promise<void> {
  const answered = await ctx.em.nativeUpdate(SocietyInvitation, { id: invitation.id, acceptedAt: null, declinedAt: null }, answer, { filters: false });
  if (answered !== 1) throw new AppError('INVALID_TRANSITION', { field: 'id', params: { action: 'answerInvitation', stage: 'ANSWERED' } });
}
