import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config';
import { Account, RoleGrant } from '../entities';
import { GrantRole, SocietyStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { TenantScope } from '../tenancy/tenant-scope';
import { validateNewAccount } from './account-input';
import { actAsProvenAccount } from './account-lookup';
import { accountForCredentials, issueLogin } from './login.command';
import { hashPassword } from './password';

/**
 * Self-registration on a society's portal: the applicant's account and APPLICANT grant in the request's society,
 * logged in.
 *
 * An email that already has an account is never answered with "exists": the sign-up is then that person joining
 * this society as an applicant, proven by their own password (the same account, an APPLICANT grant added if it was
 * missing, logged in); with any other password, or for a disabled account, it answers INVALID_CREDENTIALS like
 * login. Concurrent sign-ups with one email make one account: the later ones take the existing-account path.
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
  // One hash and one verification whether or not the email is taken: the time tells nothing either.
  await insertAccountUnlessTaken(em, { ...valid, passwordHash: await hashPassword(valid.password) });
  // The account just made opens with this password; an existing one (or one a concurrent sign-up made) must be opened by it.
  const account = await accountForCredentials(em, valid.email, valid.password);
  if (!account) throw new AppError('INVALID_CREDENTIALS');
  await addApplicantGrant(em, account.id, scope.society.id);
  return issueLogin(em, config, account);
}

/** Inserts the account unless the email is taken (also by a sign-up committing meanwhile); whether it inserted. */
async function insertAccountUnlessTaken(em: EntityManager, valid: { email: string; displayName: string; passwordHash: string }): Promise<boolean> {
  const { passwordHash } = valid;
  const id = randomUUID();
  // Row-level security shows a request only the account it proved; the insert returns columns of the new row, so
  // the request acts as that (not yet existing) account for it. Login proves the real one right after.
  await actAsProvenAccount(em, id);
  const inserted = await em
    .createQueryBuilder(Account)
    .insert({ id, email: valid.email, displayName: valid.displayName, passwordHash, createdAt: new Date() })
    .onConflict('email')
    .ignore()
    .execute('run');
  return inserted.affectedRows === 1;
}

/** The APPLICANT grant in the society, unless the account holds it already (one active grant per role and society). */
async function addApplicantGrant(em: EntityManager, accountId: string, societyId: string): Promise<void> {
  await em
    .createQueryBuilder(RoleGrant)
    .insert({ id: randomUUID(), account: accountId, role: GrantRole.APPLICANT, society: societyId, specialtyCodes: [], createdAt: new Date() })
    .onConflict()
    .ignore()
    .execute('run');
}
