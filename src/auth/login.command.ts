import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { Account } from '../entities';
import { AccountStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
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
  const account = await em.findOne(Account, { email: normalizeEmail(email) }, { populate: ['passwordHash'] });
  if (!account) {
    await verifyAgainstDummy(password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (!(await verifyPassword(account.passwordHash, password))) throw new AppError('INVALID_CREDENTIALS');
  if (account.status !== AccountStatus.ACTIVE) throw new AppError('ACCOUNT_DISABLED');
  account.lastLoginAt = new Date();
  await em.flush();
  return { ...signAccessToken(account.id, config.jwt.secret, config.jwt.expiresInSeconds), account };
}
