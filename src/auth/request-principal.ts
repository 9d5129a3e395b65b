import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import { executePrepared, preparedStatement } from '../db/prepared-statement';
import { applyTenantFilter, applyTenantScope, rlsSettingsSelectList, rlsSettingsValues } from '../tenancy/request-transaction';
import { resolveTenantScope, type TenantScope } from '../tenancy/tenant-scope';
import { principalOfText } from './load-principal';
import type { Principal } from './principal';

/** The last answer of app_request_principal per account and society code, as text (the 10,000 used last); never trusted without the database confirming it. */
const lastAnswers = new LRUCache<string, string>({ max: 10_000 });

/** Every request's first statement, prepared (planned once per connection): the principal alone, or with the settings it last gave. */
const PRINCIPAL = preparedStatement('request_principal', 'select app_request_principal($1, $2)::text as r');
const PRINCIPAL_AND_SETTINGS = preparedStatement(
  'request_principal_and_settings', `select app_request_principal($1, $2)::text as r, ${rlsSettingsSelectList((index) => `$${index + 3}`)}`,
);

/**
 * The request's principal, tenant scope and RLS settings (issue 14). The first request of an account and society code
 * in this process takes two statements (app_request_principal, then the settings). After that ONE: the settings the
 * last answer gave are set in the same statement that asks app_request_principal again. When the fresh answer is the
 * same text, the principal and scope are that answer's; when it differs (a grant given or revoked, the account
 * disabled, the society suspended), they are read from the fresh answer and the settings are set again before any
 * other statement runs. So nothing cached is used that the database did not just confirm in the request's own
 * transaction: a grant change counts from the next request, in every process.
 */
export async function loadPrincipalAndScope(
  em: EntityManager, accountId: string | undefined, societyCode: string | undefined,
): Promise<{ principal?: Principal; scope: TenantScope }> {
  if (accountId === undefined && societyCode === undefined) {
    const scope = resolveTenantScope(undefined, undefined, undefined);
    await applyTenantScope(em, undefined, scope);
    return { scope };
  }
  const key = `${accountId ?? ''}\u0000${societyCode ?? ''}`;
  const last = lastAnswers.get(key);
  if (last !== undefined) {
    const assumed = principalOfText(last, accountId, societyCode);
    const scope = resolveTenantScope(assumed.principal, societyCode, assumed.society);
    const settings = rlsSettingsValues({ accountId: assumed.principal?.accountId, societyIds: scope.societyIds, federation: scope.federation });
    const [row] = await executePrepared<{ r: string }>(em, PRINCIPAL_AND_SETTINGS, [accountId ?? null, societyCode ?? null, ...settings]);
    if (row.r === last) {
      applyTenantFilter(em, scope, assumed.principal?.accountId);
      return { principal: assumed.principal, scope };
    }
    // The answer changed: forget it, and take the fresh one (which may refuse the token) with settings of its own.
    lastAnswers.delete(key);
    const fresh = principalOfText(row.r, accountId, societyCode);
    const freshScope = resolveTenantScope(fresh.principal, societyCode, fresh.society);
    await applyTenantScope(em, fresh.principal?.accountId, freshScope);
    lastAnswers.set(key, row.r);
    return { principal: fresh.principal, scope: freshScope };
  }
  const [row] = await executePrepared<{ r: string }>(em, PRINCIPAL, [accountId ?? null, societyCode ?? null]);
  const { principal, society } = principalOfText(row.r, accountId, societyCode);
  const scope = resolveTenantScope(principal, societyCode, society);
  await applyTenantScope(em, principal?.accountId, scope);
  lastAnswers.set(key, row.r);
  return { principal, scope };
}
