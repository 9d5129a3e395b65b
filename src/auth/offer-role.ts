import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Account, EngineeringField, Enterprise, RoleGrant, Society, SocietyInvitation } from '../entities';
import type { ExaminerGrade, GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { validateNewAccount } from './account-input';
import { accountIdByEmail } from './account-lookup';
import { hashPassword } from './password';

/** How long an invitation stays open. */
export const INVITATION_VALID_DAYS = 14;

/** Where a role is offered: a society (staff, examiners) or a recommending enterprise (its admin, its recommenders). */
export type RoleScope = { societyId: string; enterpriseId?: undefined } | { enterpriseId: string; enterpriseName: string; societyId?: undefined };

/** A role offered to a person by email; the examiner columns only for EXAMINER. */
export interface RoleOffer {
  scope: RoleScope;
  role: GrantRole;
  email: string;
  displayName?: string | null;
  initialPassword?: string | null;
  examiner?: { examinerGrade: ExaminerGrade; field: EngineeringField; specialtyCodes: string[]; employer: string };
}

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/**
 * Offers a role as an invitation the person accepts (acceptInvitation); nobody gets a role without accepting it.
 * The answer never tells whether the email had an account: displayName and initialPassword are always required and
 * checked, an account is created with them only when the email has none (an existing person keeps their own
 * password), and the result is the same open invitation either way, after the same hashing work. The caller has
 * checked who may offer the role.
 */
export async function offerRole(ctx: CommandContext, offer: RoleOffer): Promise<SocietyInvitation> {
  const { em } = ctx;
  if (offer.displayName == null) throw bad('input.displayName', 'give the name as on the ID card', '请填写与身份证件一致的姓名');
  if (offer.initialPassword == null) throw bad('input.initialPassword', 'give an initial password (used only if the person has no account yet)', '请填写初始密码（仅在此人尚无账号时使用）');
  const valid = validateNewAccount({ email: offer.email, password: offer.initialPassword, displayName: offer.displayName }, 'input', 'initialPassword');
  const passwordHash = await hashPassword(valid.password);
  const now = ctx.clock();
  // Enterprise rows carry no society, which the tenant filter would take for another tenant's: row-level security
  // (role_grant_enterprise*, society_invitation_enterprise) is the wall that shows the appointer its own.
  const where = offer.scope.societyId !== undefined ? { society: offer.scope.societyId } : { enterprise: offer.scope.enterpriseId };
  const options = offer.scope.societyId !== undefined ? {} : { filters: false };
  try {
    // The person may be unknown to this society or enterprise so far: their account exists even where row-level security hides it.
    const existingId = await accountIdByEmail(em, valid.email);
    const account = existingId ? em.getReference(Account, existingId) : em.create(Account, { email: valid.email, displayName: valid.displayName, passwordHash });
    // The appointer sees the grants and invitations of this society or enterprise: saying these exist tells them nothing new.
    if (await em.count(RoleGrant, { account, ...where, role: offer.role, revokedAt: null }, options)) {
      throw new AppError('ALREADY_EXISTS', { field: 'input.role', params: { what: 'This grant', whatZh: '该授权' } });
    }
    const open = await em.findOne(SocietyInvitation, { account, ...where, role: offer.role, acceptedAt: null, declinedAt: null }, options);
    if (open && open.expiresAt > now) throw openInvitationExists();
    const inviter = { invitedBy: em.getReference(Account, ctx.principal!.accountId), invitedByName: ctx.principal!.displayName };
    const invitation = open ?? em.create(SocietyInvitation, {
      society: offer.scope.societyId !== undefined ? em.getReference(Society, offer.scope.societyId) : undefined,
      enterprise: offer.scope.enterpriseId !== undefined ? em.getReference(Enterprise, offer.scope.enterpriseId) : undefined,
      enterpriseName: offer.scope.enterpriseId !== undefined ? offer.scope.enterpriseName : undefined,
      account, email: valid.email, role: offer.role, ...inviter, expiresAt: now,
    });
    // An expired invitation is renewed with what the inviter says now.
    Object.assign(invitation, {
      email: valid.email, ...inviter, createdAt: now, expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000),
      examinerGrade: offer.examiner?.examinerGrade ?? null, field: offer.examiner?.field ?? null, specialtyCodes: offer.examiner?.specialtyCodes ?? [], employer: offer.examiner?.employer ?? null,
    });
    await em.flush();
    return invitation;
  } catch (error) {
    // A concurrent invitation of the same person (or creation of the same new account) got there first.
    if (error instanceof UniqueConstraintViolationException) throw openInvitationExists();
    throw error;
  }
}

function openInvitationExists(): AppError {
  return new AppError('ALREADY_EXISTS', { field: 'input.email', params: { what: 'An open invitation of this person to this role', whatZh: '对此人担任该角色的有效邀请' } });
}
