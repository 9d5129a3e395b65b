import type { FilterDef } from '@mikro-orm/core/typings';
import { TENANT_ENTITIES } from '../entities';

/** Name of the default-on MikroORM filter that keeps queries inside the request's societies. */
export const TENANT_FILTER = 'tenant';

/** Parameters each request sets on its own EntityManager fork. */
export interface TenantFilterParams {
  societyIds: string[];
  /** Federation roles without a society header read across every tenant. */
  crossTenant: boolean;
}

/** The second tenancy wall: every find on a tenant entity is narrowed to the request's societies. */
export const tenantFilter: FilterDef = {
  name: TENANT_FILTER,
  entity: TENANT_ENTITIES,
  default: true,
  // args: true makes a forgotten setFilterParams an error instead of an unfiltered query.
  args: true,
  cond: (args: Record<string, unknown>) => {
    const params = args as unknown as TenantFilterParams;
    if (params.crossTenant) return {};
    // An empty $in renders as `in ()` inside a populate join (a syntax error); every tenant row has a society, so
    // `society is null` matches nothing, as an empty scope must.
    if (params.societyIds.length === 0) return { society: null };
    return { society: { $in: params.societyIds } };
  },
};

/**
 * The second wall for raw SQL (read models), which the ORM filter does not reach: the same condition as
 * tenantFilter on `alias`.society_id. Row-level security still applies underneath.
 */
export function tenantSql(params: TenantFilterParams, alias: string): { sql: string; params: unknown[] } {
  if (params.crossTenant) return { sql: 'true', params: [] };
  if (params.societyIds.length === 0) return { sql: 'false', params: [] };
  return { sql: `${alias}.society_id = any (?::uuid[])`, params: [`{${params.societyIds.join(',')}}`] };
}
