import { isFederationPrincipal, rolesInSociety, type Principal } from '../auth/principal';
import { GrantRole, SocietyStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';

/** A society as scope resolution needs it. */
export interface ScopeSociety {
  id: string;
  code: string;
  status: SocietyStatus;
}

/** What one request may touch: the RLS settings and the ORM filter parameters derive from it. */
export interface TenantScope {
  /** The society the request acts in (from host or X-Society), if any. */
  society?: ScopeSociety;
  /** Societies whose rows RLS and the tenant filter let through. */
  societyIds: string[];
  /** The principal holds a federation role: RLS lets it read across tenants. */
  federation: boolean;
  /** Federation without a society header: the ORM filter is off too, for cross-tenant reporting. */
  crossTenant: boolean;
  /** The principal's roles in `society`. */
  roles: ReadonlySet<GrantRole>;
  /**
   * The enterprises the principal acts for (its ENTERPRISE_* grants): a scope of its own, across societies, with its
   * own RLS predicate (app_enterprise_ids()); never a society id.
   */
  enterpriseIds?: readonly string[];
  /** The enterprises whose admin the principal is. */
  enterpriseAdminIds?: readonly string[];
  /** The enterprise the X-Enterprise header names (one of enterpriseIds, checked where it is used). */
  enterpriseId?: string;
}

/** The enterprises of a principal's enterprise grants (all of them, or those it administers). */
export function enterprisesOf(principal: Principal | undefined, adminOnly = false): string[] {
  const ids = (principal?.grants ?? [])
    .filter((grant) => grant.enterpriseId !== undefined && (!adminOnly || grant.role === GrantRole.ENTERPRISE_ADMIN))
    .map((grant) => grant.enterpriseId!);
  return [...new Set(ids)];
}

/**
 * The first tenancy wall: decides the request's scope from the requested society and the principal's grants.
 * `requested` is undefined when the request names no society, null when it names an unknown code.
 */
export function resolveTenantScope(principal: Principal | undefined, requestedCode: string | undefined, requested: ScopeSociety | null | undefined): TenantScope {
  const federation = isFederationPrincipal(principal);
  const enterprises = { enterpriseIds: enterprisesOf(principal), enterpriseAdminIds: enterprisesOf(principal, true) };
  if (requestedCode === undefined) {
    return { societyIds: [], federation, crossTenant: federation, roles: new Set(), ...enterprises };
  }
  if (!requested) throw new AppError('UNKNOWN_SOCIETY', { params: { society: requestedCode } });
  const roles = rolesInSociety(principal, requested.id);
  if (principal && !federation) {
    if (roles.size === 0) throw new AppError('SOCIETY_ACCESS_DENIED', { params: { society: requested.code } });
    if (requested.status === SocietyStatus.SUSPENDED) throw new AppError('SOCIETY_SUSPENDED', { params: { society: requested.code } });
  }
  // Anonymous visitors may address a society (its public pages); policies decide what they see.
  return { society: requested, societyIds: [requested.id], federation, crossTenant: false, roles, ...enterprises };
}

/** Reads the requested society code from the X-Society header, else from the host name under the configured suffix. */
export function requestedSocietyCode(headers: { society?: string; host?: string }, hostSuffix: string | undefined): string | undefined {
  const header = headers.society?.trim();
  if (header) return header.toUpperCase();
  if (!hostSuffix || !headers.host) return undefined;
  const host = headers.host.split(':')[0].toLowerCase();
  const suffix = hostSuffix.toLowerCase().replace(/^\.?/, '.');
  if (!host.endsWith(suffix)) return undefined;
  const label = host.slice(0, -suffix.length);
  return label && !label.includes('.') ? label.toUpperCase() : undefined;
}

/** Whether a request can address a society's rows at all: it acts in one, or reads across all as the federation. */
export function scopesAnySociety(scope: TenantScope): boolean {
  return scope.society !== undefined || scope.crossTenant;
}
