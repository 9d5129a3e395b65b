import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, RoleGrant } from '../entities';
import { AccountStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { GrantSnapshot, Principal } from './principal';

/**
 * Loads the principal for a verified token: the account and its active grants, in two statements.
 * Runs after app.account_id is set, so RLS shows the account's own grants in every society.
 */
export async function loadPrincipal(em: EntityManager, accountId: string): Promise<Principal> {
  const account = await em.findOne(Account, { id: accountId });
  if (!account) throw new AppError('TOKEN_INVALID');
  if (account.status !== AccountStatus.ACTIVE) throw new AppError('ACCOUNT_DISABLED');
  const grants = await em.find(
    RoleGrant,
    { account: accountId, revokedAt: null },
    { populate: ['society'], filters: false, orderBy: { createdAt: 'asc', role: 'asc', id: 'asc' } },
  );
  return {
    accountId: account.id,
    email: account.email,
    displayName: account.displayName,
    grants: grants.map(toGrantSnapshot),
  };
}

/** The request-time view of a grant entity. */
export function toGrantSnapshot(grant: RoleGrant): GrantSnapshot {
  return {
    id: grant.id,
    role: grant.role,
    society: grant.society ? { id: grant.society.id, code: grant.society.code, status: grant.society.status } : undefined,
    enterpriseId: grant.enterprise?.id,
    examinerGrade: grant.examinerGrade,
    fieldId: grant.field?.id,
    specialtyCodes: grant.specialtyCodes,
    employer: grant.employer,
    createdAt: grant.createdAt,
  };
}
