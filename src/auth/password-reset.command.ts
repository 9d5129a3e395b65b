import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { Account } from '../entities';
import { AccountStatus, AccountTokenPurpose, NotificationChannel } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { enqueueNotification } from '../notifications/outbox';
import { accountContact, actAsProvenAccount, loginCredentials } from './account-lookup';
import { issueAccountToken, tokenLink, useAccountToken } from './account-tokens';
import { normalizeEmail } from './login.command';
import { checkPasswordPolicy } from './password-policy';
import { hashPassword } from './password';
import { chinaTime } from './sign-up.command';

/**
 * Asks for a password reset. The answer is always the same (true), whether or not the email has an account: only
 * an active account's owner gets a mail, with a single-use token that expires (ACCOUNT_TOKEN_TTL_SECONDS).
 */
export async function requestPasswordResetCommand(em: EntityManager, config: AppConfig, email: string, now: Date): Promise<true> {
  const normalized = typeof email === 'string' ? normalizeEmail(email) : '';
  if (normalized.length === 0 || normalized.length > 254) return true;
  const credentials = await loginCredentials(em, normalized);
  if (!credentials || credentials.status !== AccountStatus.ACTIVE) return true;
  const contact = (await accountContact(em, credentials.id))!;
  const issued = await issueAccountToken(em, { purpose: AccountTokenPurpose.PASSWORD_RESET, email: normalized, accountId: credentials.id }, now, config.email.tokenTtlSeconds);
  await enqueueNotification(em, {
    kind: 'PASSWORD_RESET', dedupeKey: `account_token:${issued.id}`, recipient: contact, channels: [NotificationChannel.EMAIL],
    params: { token: issued.token, link: tokenLink(config.email.linkBaseUrl, 'reset-password', issued.token), expiresAt: chinaTime(issued.expiresAt) },
    at: now,
  });
  return true;
}

/**
 * Sets a new password with a mailed token (once, before it expires; every other reset token of the account ends
 * with it). The password policy applies; a refused password leaves the token unused.
 */
export async function resetPasswordCommand(em: EntityManager, token: string, newPassword: string, now: Date): Promise<true> {
  const used = await useAccountToken(em, token, AccountTokenPurpose.PASSWORD_RESET, now);
  if (!used || !used.accountId) throw new AppError('ACCOUNT_TOKEN_INVALID', { field: 'token' });
  // Throws WEAK_PASSWORD: the request rolls back, and the token with it stays unused.
  checkPasswordPolicy(newPassword, 'newPassword', used.email);
  const credentials = await loginCredentials(em, used.email);
  if (!credentials || credentials.id !== used.accountId || credentials.status !== AccountStatus.ACTIVE) throw new AppError('ACCOUNT_TOKEN_INVALID', { field: 'token' });
  await actAsProvenAccount(em, used.accountId);
  await em.nativeUpdate(Account, { id: used.accountId }, { passwordHash: await hashPassword(newPassword) });
  return true;
}
