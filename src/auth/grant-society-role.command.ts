import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, EngineeringField, RoleGrant, Society, SocietyField, SocietyInvitation, Specialty } from '../entities';
import { ExaminerGrade, GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { allowPlatformAction } from '../policies/platform.policy';
import type { CommandContext } from '../workflow/command-context';
import { validateNewAccount } from './account-input';
import { accountIdByEmail } from './account-lookup';
import { hashPassword } from './password';

/** Examiner attributes for an EXAMINER grant. */
export interface ExaminerInput {
  grade: ExaminerGrade;
  fieldCode: string;
  specialtyCodes: string[];
  employer: string;
}

/** A role to offer in the request's society, to an existing account or a new one. */
export interface GrantSocietyRoleInput {
  email: string;
  role: GrantRole;
  displayName?: string | null;
  initialPassword?: string | null;
  examiner?: ExaminerInput | null;
}

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** Checks an examiner's attributes against the society's fields: the grant's columns, or BAD_USER_INPUT on the field at fault. */
export async function examinerAttributes(em: EntityManager, societyId: string, input: ExaminerInput | null | undefined, at = 'input.examiner') {
  if (!input) throw bad(at, 'an examiner needs grade, field, specialties and employer', '考官须填写级别、领域、专业和工作单位');
  const field = await em.findOne(EngineeringField, { code: input.fieldCode.trim().toUpperCase() });
  if (!field || !(await em.count(SocietyField, { society: societyId, field }))) {
    throw bad(`${at}.fieldCode`, 'the field is not one this society evaluates', '该领域不在本学会的授权范围内');
  }
  const codes = [...new Set(input.specialtyCodes.map((code) => code.trim().toUpperCase()))];
  const known = await em.find(Specialty, { field, code: { $in: codes } });
  if (codes.length === 0 || known.length !== codes.length) {
    throw bad(`${at}.specialtyCodes`, 'name one or more specialties of the field', '须指定该领域下的一个或多个专业类别');
  }
  const employer = input.employer.trim();
  if (!employer || employer.length > 200) throw bad(`${at}.employer`, 'the employer must have 1–200 characters', '工作单位须为 1–200 个字符');
  return { examinerGrade: input.grade, field, specialtyCodes: codes, employer };
}

/** How long an invitation stays open. */
export const INVITATION_VALID_DAYS = 14;

/**
 * Invites a person to hold a role in the request's society: federation admins invite staff and examiners, society
 * staff invite examiners. Nobody gets a role without accepting it (acceptInvitation), so staff cannot attach a role
 * to another society's applicant, and an existing account joins a second society this way.
 *
 * The answer never tells whether the email had an account: displayName and initialPassword are always required and
 * checked, an account is created with them only when the email has none (an existing person keeps their own
 * password), and the result is the same open invitation either way, after the same hashing work.
 */
export async function grantSocietyRoleCommand(ctx: CommandContext, input: GrantSocietyRoleInput): Promise<SocietyInvitation> {
  const { em } = ctx;
  const society = ctx.scope.society;
  if (!society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowPlatformAction(ctx, 'grantSocietyRole', { role: input.role })) throw new AppError('FORBIDDEN');
  const examiner = input.role === GrantRole.EXAMINER ? await examinerAttributes(em, society.id, input.examiner) : undefined;
  if (input.displayName == null) throw bad('input.displayName', 'give the name as on the ID card', '请填写与身份证件一致的姓名');
  if (input.initialPassword == null) throw bad('input.initialPassword', 'give an initial password (used only if the person has no account yet)', '请填写初始密码（仅在此人尚无账号时使用）');
  const valid = validateNewAccount({ email: input.email, password: input.initialPassword, displayName: input.displayName }, 'input', 'initialPassword');
  const passwordHash = await hashPassword(valid.password);
  const now = ctx.clock();
  try {
    // The person may be unknown to this society so far: their account exists even where row-level security hides it.
    const existingId = await accountIdByEmail(em, valid.email);
    const account = existingId ? em.getReference(Account, existingId) : em.create(Account, { email: valid.email, displayName: valid.displayName, passwordHash });
    // Staff see their own society's grants and invitations: saying these exist tells them nothing new.
    if (await em.count(RoleGrant, { account, society: society.id, role: input.role, revokedAt: null })) {
      throw new AppError('ALREADY_EXISTS', { field: 'input.role', params: { what: 'This grant', whatZh: '该授权' } });
    }
    const open = await em.findOne(SocietyInvitation, { account, society: society.id, role: input.role, acceptedAt: null, declinedAt: null });
    if (open && open.expiresAt > now) throw openInvitationExists();
    const invitation = open ?? em.create(SocietyInvitation, { society: em.getReference(Society, society.id), account, email: valid.email, role: input.role, invitedBy: em.getReference(Account, ctx.principal!.accountId), invitedByName: ctx.principal!.displayName, expiresAt: now });
    // An expired invitation is renewed with what the inviter says now.
    Object.assign(invitation, {
      email: valid.email, invitedBy: em.getReference(Account, ctx.principal!.accountId), invitedByName: ctx.principal!.displayName, createdAt: now, expiresAt: new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000),
      examinerGrade: examiner?.examinerGrade ?? null, field: examiner?.field ?? null, specialtyCodes: examiner?.specialtyCodes ?? [], employer: examiner?.employer ?? null,
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
