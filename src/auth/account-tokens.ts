import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AccountToken } from '../entities';
import { AccountTokenPurpose, Language } from '../entities/enums';

/** A token's stored form: its SHA-256 (the token itself exists only in the mail). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** What a new token carries besides its purpose. */
export interface NewAccountToken {
  purpose: AccountTokenPurpose;
  email: string;
  accountId?: string;
  societyId?: string;
  displayName?: string;
  passwordHash?: string;
  language?: Language;
}

/** Issues a single-use token (256 random bits, base64url) valid `ttlSeconds`; answers the token and its row id. */
export async function issueAccountToken(em: EntityManager, token: NewAccountToken, now: Date, ttlSeconds: number): Promise<{ token: string; id: string; expiresAt: Date }> {
  const secret = randomBytes(32).toString('base64url');
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
  // Insert only: the application role may not read account tokens back (row-level security, no select grant).
  await em.createQueryBuilder(AccountToken).insert({
    id, purpose: token.purpose, tokenHash: tokenHash(secret), email: token.email, account: token.accountId ?? null, society: token.societyId ?? null,
    displayName: token.displayName ?? null, passwordHash: token.passwordHash ?? null, language: token.language ?? null, createdAt: now, expiresAt,
  } as never).execute('run');
  return { token: secret, id, expiresAt };
}

/** A token that was just used: what it was issued with, and its row id. */
export type UsedAccountToken = Omit<NewAccountToken, 'purpose'> & { id: string };

/** Uses a token once (unused, unexpired, of this purpose), through the SECURITY DEFINER function; undefined otherwise. */
export async function useAccountToken(em: EntityManager, token: string, purpose: AccountTokenPurpose, now: Date): Promise<UsedAccountToken | undefined> {
  if (typeof token !== 'string' || token.length === 0 || token.length > 200) return undefined;
  const [row] = await em.execute<Array<{ id: string; email: string; account_id: string | null; society_id: string | null; display_name: string | null; password_hash: string | null; language: Language | null }>>(
    'select * from app_use_account_token(?, ?, ?)', [tokenHash(token), purpose, now],
  );
  if (!row) return undefined;
  return {
    id: row.id, email: row.email, accountId: row.account_id ?? undefined, societyId: row.society_id ?? undefined,
    displayName: row.display_name ?? undefined, passwordHash: row.password_hash ?? undefined, language: row.language ?? undefined,
  };
}

/** The link a mail carries: the frontend's page with the token. */
export function tokenLink(baseUrl: string, page: 'verify-email' | 'reset-password', token: string): string {
  return `${baseUrl}/${page}?token=${encodeURIComponent(token)}`;
}
