import { Assignment, RoleGrant } from '../entities';
import { GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { checkText } from '../dossier/input-checks';
import { allowPlatformAction } from '../policies/platform.policy';
import { enterpriseInScope } from '../tenancy/enterprise-scope';
import { endAssignments } from '../workflow/assignment-ends';
import type { CommandContext } from '../workflow/command-context';
import { accountIdByEmail } from './account-lookup';
import { normalizeEmail } from './login.command';
import { isUuid } from '../common/is-uuid';

/** A role to take back from a person, named as it was offered: by email and role. */
export interface RevokeRoleInput {
  email: string;
  role: GrantRole;
  reason: string;
  /** revokeEnterpriseRole by society staff or a federation admin: the enterprise whose admin is revoked. */
  enterpriseId?: string | null;
}

/** The admin role of each scope: a society's staff, an enterprise's admin. */
const ADMIN_ROLES: ReadonlySet<GrantRole> = new Set([GrantRole.SOCIETY_STAFF, GrantRole.ENTERPRISE_ADMIN]);

/**
 * Revokes a grant: when, why and who stay on it (the history of a grant), and the access it gave ends with the
 * next request in every process (app_request_principal reads the grants afresh), live streams included. An
 * examiner's standing assignments end with it, as revokeExaminer ends them.
 */
export async function revokeGrant(ctx: CommandContext, grant: RoleGrant, reason: string, field = 'input.email'): Promise<void> {
  const now = ctx.clock();
  // Only while it stands: of two concurrent revocations the second finds nothing (and keeps the first's reason and revoker).
  // Row-level security, not the tenant filter, decides here: enterprise grants carry no society.
  const revoked = await ctx.em.nativeUpdate(RoleGrant, { id: grant.id, revokedAt: null }, { revokedAt: now, revocationReason: reason, revokedBy: ctx.principal!.accountId }, { filters: false });
  if (revoked !== 1) throw new AppError('NOT_FOUND', { field });
  if (grant.role === GrantRole.EXAMINER) {
    endAssignments(await ctx.em.find(Assignment, { examiner: grant, removedAt: null }), 'EXAMINER_REVOKED', now);
  }
  await ctx.em.flush();
}

/** The active grant of this email and role where `where` says; an unknown email and a missing grant are the same NOT_FOUND. */
async function activeGrant(ctx: CommandContext, input: RevokeRoleInput, where: Record<string, unknown>, options: { filters?: boolean } = {}): Promise<RoleGrant> {
  const accountId = await accountIdByEmail(ctx.em, normalizeEmail(input.email));
  const grant = accountId ? await ctx.em.findOne(RoleGrant, { account: accountId, role: input.role, revokedAt: null, ...where }, options) : null;
  if (!grant) throw new AppError('NOT_FOUND', { field: 'input.email' });
  return grant;
}

/**
 * Refuses revoking one's own grant when it is the last active admin grant of its scope: the society or the
 * enterprise would be left without an admin by its own admin's hand (someone else may still revoke it).
 */
async function refuseOwnLastAdminGrant(ctx: CommandContext, grant: RoleGrant, where: Record<string, unknown>, options: { filters?: boolean } = {}): Promise<void> {
  if (grant.account.id !== ctx.principal?.accountId || !ADMIN_ROLES.has(grant.role)) return;
  const others = await ctx.em.count(RoleGrant, { role: grant.role, revokedAt: null, id: { $ne: grant.id }, ...where }, options);
  if (others === 0) {
    const society = grant.role === GrantRole.SOCIETY_STAFF;
    throw new AppError('LAST_ADMIN_GRANT', { field: 'input.email', params: { scope: society ? 'society' : 'enterprise', scopeZh: society ? '学会' : '推荐单位' } });
  }
}

/**
 * Revokes a role in the request's society, with the reason: whoever may grant the role may revoke it (a federation
 * admin staff and examiners, the society's staff its examiners). An examiner's assignments end as with
 * revokeExaminer, which stays the roster's way by grant id.
 */
export async function revokeSocietyRoleCommand(ctx: CommandContext, input: RevokeRoleInput): Promise<void> {
  const society = ctx.scope.society;
  if (!society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowPlatformAction(ctx, 'revokeSocietyRole', { role: input.role })) throw new AppError('FORBIDDEN');
  const reason = checkText(input.reason, 'input.reason', 1000, true)!;
  const where = { society: society.id };
  const grant = await activeGrant(ctx, input, where);
  await refuseOwnLastAdminGrant(ctx, grant, where);
  await revokeGrant(ctx, grant, reason);
}

/**
 * Revokes a role in a recommending enterprise, mirroring who appoints: its admin revokes its own enterprise's
 * recommenders; society staff or a federation admin revoke an enterprise's admin (the enterprise named in the input).
 */
export async function revokeEnterpriseRoleCommand(ctx: CommandContext, input: RevokeRoleInput): Promise<void> {
  if (!allowPlatformAction(ctx, 'revokeEnterpriseRole', { role: input.role })) throw new AppError('FORBIDDEN');
  const reason = checkText(input.reason, 'input.reason', 1000, true)!;
  let enterpriseId: string;
  if (input.role === GrantRole.ENTERPRISE_RECOMMENDER) {
    enterpriseId = enterpriseInScope(ctx, { admin: true });
  } else {
    if (!input.enterpriseId || !isUuid(input.enterpriseId)) throw new AppError('NOT_FOUND', { field: 'input.enterpriseId' });
    enterpriseId = input.enterpriseId;
  }
  // Enterprise grants carry no society, which the tenant filter would take for another tenant's: row-level security
  // (role_grant_enterprise, role_grant_enterprise_admin) shows the revoker exactly the grants it may revoke.
  const where = { enterprise: enterpriseId };
  const grant = await activeGrant(ctx, input, where, { filters: false });
  await refuseOwnLastAdminGrant(ctx, grant, where, { filters: false });
  await revokeGrant(ctx, grant, reason);
}
