import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { Account } from '../entities';
import { AccountStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { actAsProvenAccount, loginCredentials } from './account-lookup';
import { verifyAgainstDummy, verifyPassword } from './password';
import { signAccessToken } from './tokens';

/** Lower-cases and trims an email so that look-ups are case-insensitive. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The active account these credentials open, or undefined. Always one password verification (against a dummy
 * hash for an unknown email), and a disabled account counts as no account whatever the password: the answer
 * and its time tell a stranger nothing about who has an account or whose is disabled.
 */
export async function accountForCredentials(em: EntityManager, email: string, password: string): Promise<Account | undefined> {
  // Row-level security hides every account before one is proven, and hashes are never readable: the narrow look-up.
  const credentials = await loginCredentials(em, normalizeEmail(email));
  if (!credentials) {
    await verifyAgainstDummy(password);
    return undefined;
  }
  const matches = await verifyPassword(credentials.passwordHash, password);
  if (!matches || credentials.status !== AccountStatus.ACTIVE) return undefined;
  // Proven: from here row-level security shows the account its own row.
  await actAsProvenAccount(em, credentials.id);
  return em.findOneOrFail(Account, { id: credentials.id });
}

/** Issues an access token for an account that just proved itself, and notes the login. */
export async function issueLogin(em: EntityManager, config: AppConfig, account: Account) {
  account.lastLoginAt = new Date();
  await em.flush();
  return { ...signAccessToken(account.id, config.jwt.secret, config.jwt.expiresInSeconds), account };
}

/**
 * Checks credentials and issues an access token. Unknown email, wrong password and a disabled account all give
 * the same INVALID_CREDENTIALS after the same amount of work.
 */
export async function loginCommand(em: EntityManager, config: AppConfig, email: string, password: string) {
  const account = await accountForCredentials(em, email, password);
  if (!account) throw new AppError('INVALID_CREDENTIALS');
  return issueLogin(em, config, account);
}
