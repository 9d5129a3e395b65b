import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from '../config';
import { Account, RoleGrant, Society } from '../entities';
import { AccountStatus, AccountTokenPurpose, GrantRole, Language, NotificationChannel, SocietyStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { enqueueNotification } from '../notifications/outbox';
import { applyRlsSettings } from '../tenancy/request-transaction';
import type { TenantScope } from '../tenancy/tenant-scope';
import { validateNewAccount } from './account-input';
import { accountContact, actAsProvenAccount, loginCredentials } from './account-lookup';
import { issueAccountToken, tokenLink, useAccountToken } from './account-tokens';
import { issueLogin } from './login.command';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

/**
 * Self-registration on a society's portal (issue 16: no enumeration). The answer is always the same — "check your
 * mailbox" — and so is the work (one hash, one verification, one token or none, one mail):
 * - a new email gets a verification mail whose single-use token completes the account (verifyEmail);
 * - the owner of an existing account who signed up with their own password gets a mail whose token adds the
 *   APPLICANT grant in this society (how an applicant of one society applies in a second one);
 * - otherwise (another password, a disabled account) the owner gets "someone tried to sign up with your email".
 * Nothing is created until the token comes back.
 */
export async function signUpCommand(
  em: EntityManager,
  config: AppConfig,
  scope: TenantScope,
  input: { email: string; password: string; displayName: string; language?: Language | null },
  now: Date,
): Promise<true> {
  if (!scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (scope.society.status !== SocietyStatus.ACTIVE) throw new AppError('SOCIETY_SUSPENDED', { params: { society: scope.society.code } });
  const valid = validateNewAccount(input);
  const society = await em.findOneOrFail(Society, { id: scope.society.id });
  const passwordHash = await hashPassword(valid.password);
  const existing = await loginCredentials(em, valid.email);
  const societyNames = { societyZh: society.nameZh, societyEn: society.nameEn };
  const ttl = config.email.tokenTtlSeconds;
  if (!existing) {
    await verifyAgainstDummy(valid.password);
    const language = input.language ?? Language.ZH;
    const issued = await issueAccountToken(em, {
      purpose: AccountTokenPurpose.SIGN_UP, email: valid.email, societyId: society.id, displayName: valid.displayName, passwordHash, language,
    }, now, ttl);
    await mail(em, 'ACCOUNT_VERIFY_EMAIL', issued.id, { email: valid.email, language }, { ...societyNames, ...tokenParams(config, issued) }, now);
    return true;
  }
  const contact = (await accountContact(em, existing.id))!;
  const proven = (await verifyPassword(existing.passwordHash, valid.password)) && existing.status === AccountStatus.ACTIVE;
  if (proven) {
    const issued = await issueAccountToken(em, { purpose: AccountTokenPurpose.SIGN_UP, email: valid.email, accountId: existing.id, societyId: society.id }, now, ttl);
    await mail(em, 'ACCOUNT_JOIN_SOCIETY', issued.id, contact, { ...societyNames, ...tokenParams(config, issued) }, now);
  } else {
    await mail(em, 'ACCOUNT_SIGN_UP_ATTEMPT', `sign_up_attempt:${randomUUID()}`, contact, societyNames, now);
  }
  return true;
}

function tokenParams(config: AppConfig, issued: { token: string; expiresAt: Date }) {
  return { token: issued.token, link: tokenLink(config.email.linkBaseUrl, 'verify-email', issued.token), expiresAt: chinaTime(issued.expiresAt) };
}

/** "2026-11-30 10:00（北京时间）"-style instant, China time. */
export function chinaTime(at: Date): string {
  return `${new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')} (UTC+8)`;
}

async function mail(
  em: EntityManager, kind: 'ACCOUNT_VERIFY_EMAIL' | 'ACCOUNT_JOIN_SOCIETY' | 'ACCOUNT_SIGN_UP_ATTEMPT', key: string,
  to: { email: string; language: Language }, params: Record<string, string>, now: Date,
): Promise<void> {
  await enqueueNotification(em, { kind, dedupeKey: `account_token:${key}`, recipient: to, channels: [NotificationChannel.EMAIL], params, at: now });
}

/**
 * Completes a sign-up with the mailed token (once, before it expires): creates the account, or for an existing
 * account's owner adds the APPLICANT grant, in the society signed up on; logs the account in.
 */
export async function verifyEmailCommand(em: EntityManager, config: AppConfig, token: string, now: Date) {
  const used = await useAccountToken(em, token, AccountTokenPurpose.SIGN_UP, now);
  if (!used || !used.societyId) throw new AppError('ACCOUNT_TOKEN_INVALID', { field: 'token' });
  const society = await em.findOne(Society, { id: used.societyId });
  if (!society || society.status !== SocietyStatus.ACTIVE) throw new AppError('SOCIETY_SUSPENDED', { params: { society: society?.code ?? '' } });
  let accountId = used.accountId;
  if (!accountId) {
    accountId = randomUUID();
    // Row-level security shows a request only the account it proved: the new row is this request's.
    await actAsProvenAccount(em, accountId);
    const inserted = await em.createQueryBuilder(Account).insert({
      id: accountId, email: used.email, displayName: used.displayName!, passwordHash: used.passwordHash!, language: used.language ?? Language.ZH, createdAt: now,
    }).onConflict('email').ignore().execute('run');
    // Another sign-up of the same address completed first: that account is not this token's to open.
    if (inserted.affectedRows !== 1) throw new AppError('ACCOUNT_TOKEN_INVALID', { field: 'token' });
  } else {
    const credentials = await loginCredentials(em, used.email);
    if (!credentials || credentials.id !== accountId || credentials.status !== AccountStatus.ACTIVE) throw new AppError('ACCOUNT_TOKEN_INVALID', { field: 'token' });
    await actAsProvenAccount(em, accountId);
  }
  // The grant belongs to the society signed up on, which the token (not an argument) names: that is this request's scope now.
  await applyRlsSettings(em, { accountId, societyIds: [society.id], federation: false });
  await em.createQueryBuilder(RoleGrant)
    .insert({ id: randomUUID(), account: accountId, role: GrantRole.APPLICANT, society: society.id, specialtyCodes: [], createdAt: now })
    .onConflict().ignore().execute('run');
  const account = await em.findOneOrFail(Account, { id: accountId });
  return issueLogin(em, config, account);
}
