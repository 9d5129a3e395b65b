import type { FilterDef } from '@mikro-orm/core/typings';
import { TENANT_ENTITIES } from '../entities';

/** Name of the default-on MikroORM filter that keeps queries inside the request's societies. */
export const TENANT_FILTER = 'tenant';

/** Parameters each request sets on its own EntityManager fork. */
export interface TenantFilterParams {
  societyIds: string[];
  /** Federation roles without a society header read across every tenant. */
  crossTenant: boolean;
  /** The enterprise scope: rows of these enterprises pass whatever their society (ENTERPRISE_LINKS). */
  enterpriseIds?: readonly string[];
  /** The account of the request: its own rows of APPLICANT_LINKS pass whatever their society. */
  accountId?: string;
}

/** Tenant entities an enterprise reaches across societies, by the property naming the enterprise. */
const ENTERPRISE_LINKS: Readonly<Record<string, string>> = {
  Application: 'recommendingEnterprise',
  // Its recommendees' history (what each entry shows follows history.policy.ts): the live progress of applicationProgress.
  ApplicationEvent: 'application.recommendingEnterprise',
  PreApplication: 'enterprise',
  RecommendationRight: 'enterprise',
  RecommendationCode: 'enterprise',
};

/** Tenant entities a person reaches as their own before any society scope (a redeemed code's pre-application). */
const APPLICANT_LINKS: Readonly<Record<string, string>> = { PreApplication: 'applicant' };

/** A condition on a property path ('application.recommendingEnterprise' → { application: { recommendingEnterprise: … } }). */
function linkCondition(path: string, value: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<unknown>((inner, property) => ({ [property]: inner }), value) as Record<string, unknown>;
}

/** The second tenancy wall: every find on a tenant entity is narrowed to the request's societies. */
export const tenantFilter: FilterDef = {
  name: TENANT_FILTER,
  entity: TENANT_ENTITIES,
  default: true,
  // args: true makes a forgotten setFilterParams an error instead of an unfiltered query.
  args: true,
  cond: (args: Record<string, unknown>, _type: unknown, _em: unknown, _options: unknown, entityName?: unknown) => {
    const params = args as unknown as TenantFilterParams;
    if (params.crossTenant) return {};
    // An empty $in renders as `in ()` inside a populate join (a syntax error); every tenant row has a society, so
    // `society is null` matches nothing, as an empty scope must.
    const society = params.societyIds.length === 0 ? { society: null } : { society: { $in: params.societyIds } };
    const name = typeof entityName === 'string' ? entityName : (entityName as { name?: string } | undefined)?.name ?? '';
    const alternatives: Array<Record<string, unknown>> = [society];
    if (ENTERPRISE_LINKS[name] && params.enterpriseIds?.length) alternatives.push(linkCondition(ENTERPRISE_LINKS[name], { $in: [...params.enterpriseIds] }));
    if (APPLICANT_LINKS[name] && params.accountId) alternatives.push({ [APPLICANT_LINKS[name]]: params.accountId });
    return alternatives.length === 1 ? society : { $or: alternatives };
  },
};

/**
 * The second wall for raw SQL (read models), which the ORM filter does not reach: the same condition as
 * tenantFilter on `alias`.society_id. Row-level security still applies underneath.
 */
export function tenantSql(params: TenantFilterParams, alias: string, links: { enterpriseColumn?: string } = {}): { sql: string; params: unknown[] } {
  if (params.crossTenant) return { sql: 'true', params: [] };
  // The enterprise scope reaches its own rows of a table with an enterprise link, across societies (ENTERPRISE_LINKS).
  const enterprise = links.enterpriseColumn && params.enterpriseIds?.length
    ? { sql: `${alias}.${links.enterpriseColumn} = any (?::uuid[])`, params: [`{${params.enterpriseIds.join(',')}}`] }
    : undefined;
  if (params.societyIds.length === 0) return enterprise ?? { sql: 'false', params: [] };
  const society = { sql: `${alias}.society_id = any (?::uuid[])`, params: [`{${params.societyIds.join(',')}}`] };
  return enterprise ? { sql: `(${society.sql} or ${enterprise.sql})`, params: [...society.params, ...enterprise.params] } : society;
}
