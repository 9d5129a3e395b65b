import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccountStatus, Language } from '../entities/enums';

/** What login needs of an account, before any scope is known. */
export interface LoginCredentials {
  id: string;
  passwordHash: string;
  status: AccountStatus;
}

/**
 * The account an email logs in to (row-level security hides every account from a request that has proven none,
 * and the application role cannot read password hashes at all): one SECURITY DEFINER look-up, migration 05.
 */
export async function loginCredentials(em: EntityManager, email: string): Promise<LoginCredentials | undefined> {
  const [row] = await em.execute<Array<{ id: string; password_hash: string; status: AccountStatus }>>('select * from app_login_account(?)', [email]);
  return row ? { id: row.id, passwordHash: row.password_hash, status: row.status } : undefined;
}

/** The id of the account an email belongs to, whether or not the request may read that account. */
export async function accountIdByEmail(em: EntityManager, email: string): Promise<string | undefined> {
  const [row] = await em.execute<Array<{ id: string | null }>>('select app_account_id_by_email(?) as id', [email]);
  return row?.id ?? undefined;
}

/**
 * The request has just proven an account (login, sign-up): row-level security may now show it its own rows.
 * Transaction-local, like every other setting of the third wall.
 */
export async function actAsProvenAccount(em: EntityManager, accountId: string): Promise<void> {
  await em.execute(`select set_config('app.account_id', ?, true)`, [accountId]);
}

/** An account's address and language, whoever asks (SECURITY DEFINER, migration 20261130030000): for mails about it. */
export async function accountContact(em: EntityManager, accountId: string): Promise<{ email: string; language: Language } | undefined> {
  const [row] = await em.execute<Array<{ email: string; language: Language }>>('select * from app_account_contact(?)', [accountId]);
  return row;
}
