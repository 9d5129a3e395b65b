import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER, type TenantFilterParams } from './tenant-filter';
import type { TenantScope } from './tenant-scope';

/** Formats ids as a PostgreSQL uuid[] literal; RLS casts it, so a malformed value errors instead of matching. */
function uuidArrayLiteral(ids: string[]): string {
  return `{${ids.join(',')}}`;
}

/** The RLS settings' names, in the order of their set_config calls and values. */
const SETTING_NAMES = ['app.account_id', 'app.society_ids', 'app.federation'] as const;

/**
 * Sets the third wall's inputs inside the request's transaction (set_config(..., true): they vanish
 * with the transaction, so a pooled connection never carries one request's scope into the next).
 */
export async function applyRlsSettings(em: EntityManager, settings: { accountId?: string; societyIds: string[]; federation: boolean }): Promise<void> {
  await em.execute(`select ${rlsSettingsSelectList(() => '?')}`, rlsSettingsValues(settings));
}

/**
 * The three transaction-local set_config calls of the RLS settings as one select list, for a statement that asks
 * something else too; `placeholder(i)` writes the parameter of the i-th value of rlsSettingsValues.
 */
export function rlsSettingsSelectList(placeholder: (index: number) => string): string {
  return SETTING_NAMES.map((name, index) => `set_config('${name}', ${placeholder(index)}, true)`).join(', ');
}

/** The values of the RLS settings, in the order of rlsSettingsSelectList. */
export function rlsSettingsValues(settings: { accountId?: string; societyIds: string[]; federation: boolean }): string[] {
  return [settings.accountId ?? '', uuidArrayLiteral(settings.societyIds), settings.federation ? 'on' : 'off'];
}

/** The ORM's tenant filter of a resolved scope (the second wall), on the request's fork. */
export function applyTenantFilter(em: EntityManager, scope: TenantScope, accountId: string | undefined): void {
  const params: TenantFilterParams = { societyIds: scope.societyIds, crossTenant: scope.crossTenant, enterpriseIds: scope.enterpriseIds, accountId };
  em.setFilterParams(TENANT_FILTER, params);
}

/** Applies a resolved scope to the request's fork: RLS settings and the ORM tenant filter. */
export async function applyTenantScope(em: EntityManager, accountId: string | undefined, scope: TenantScope): Promise<void> {
  await applyRlsSettings(em, { accountId, societyIds: scope.societyIds, federation: scope.federation });
  applyTenantFilter(em, scope, accountId);
}
