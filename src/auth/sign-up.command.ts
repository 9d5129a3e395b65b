import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { Account, RoleGrant, Society } from '../entities';
import { GrantRole, SocietyStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { TenantScope } from '../tenancy/tenant-scope';
import { validateNewAccount } from './account-input';
import { accountIdByEmail, actAsProvenAccount } from './account-lookup';
import { hashPassword } from './password';
import { signAccessToken } from './tokens';

/**
 * Self-registration on a society's portal: creates the account and its APPLICANT grant in the
 * request's society, and logs the new account in.
 */
export async function signUpCommand(
  em: EntityManager,
  config: AppConfig,
  scope: TenantScope,
  input: { email: string; password: string; displayName: string },
) {
  if (!scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (scope.society.status !== SocietyStatus.ACTIVE) throw new AppError('SOCIETY_SUSPENDED', { params: { society: scope.society.code } });
  const valid = validateNewAccount(input);
  if (await accountIdByEmail(em, valid.email)) {
    throw new AppError('ALREADY_EXISTS', { field: 'input.email', params: { what: 'An account with this email', whatZh: '该邮箱的账号' } });
  }
  const account = em.create(Account, { email: valid.email, displayName: valid.displayName, passwordHash: await hashPassword(valid.password) });
  await actAsProvenAccount(em, account.id);
  em.create(RoleGrant, { account, role: GrantRole.APPLICANT, society: em.getReference(Society, scope.society.id) });
  await em.flush();
  return { ...signAccessToken(account.id, config.jwt.secret, config.jwt.expiresInSeconds), account };
}
