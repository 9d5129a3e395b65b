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
 * Checks credentials and issues an access token. Unknown email and wrong password give the same
 * INVALID_CREDENTIALS after the same amount of work, so the answer does not reveal who has an account.
 */
export async function loginCommand(em: EntityManager, config: AppConfig, email: string, password: string) {
  const credentials = await loginCredentials(em, normalizeEmail(email));
  if (!credentials) {
    await verifyAgainstDummy(password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!(await verifyPassword(credentials.passwordHash, password))) throw new AppError('INVALID_CREDENTIALS');
  if (credentials.status !== AccountStatus.ACTIVE) throw new AppError('ACCOUNT_DISABLED');
  // Proven: from here row-level security shows the account its own row.
  await actAsProvenAccount(em, credentials.id);
  const account = await em.findOneOrFail(Account, { id: credentials.id });
  account.lastLoginAt = new Date();
  await em.flush();
  return { ...signAccessToken(account.id, config.jwt.secret, config.jwt.expiresInSeconds), account };
}
