import { ExaminerGrade, FEDERATION_ROLES, GrantRole, SocietyStatus } from '../entities/enums';

/** One active grant as the request sees it. */
export interface GrantSnapshot {
  id: string;
  role: GrantRole;
  society?: { id: string; code: string; status: SocietyStatus };
  enterpriseId?: string;
  examinerGrade?: ExaminerGrade;
  fieldId?: string;
  specialtyCodes: string[];
  employer?: string;
  createdAt: Date;
}

/** The authenticated person behind a request, with every active grant they hold. */
export interface Principal {
  accountId: string;
  email: string;
  displayName: string;
  grants: GrantSnapshot[];
}

/** Whether the principal holds any federation role (these read across tenants). */
export function isFederationPrincipal(principal: Principal | undefined): boolean {
  return !!principal?.grants.some((grant) => FEDERATION_ROLES.has(grant.role));
}

/** The roles the principal holds in one society. */
export function rolesInSociety(principal: Principal | undefined, societyId: string): Set<GrantRole> {
  return new Set((principal?.grants ?? []).filter((grant) => grant.society?.id === societyId).map((grant) => grant.role));
}

/** The ids of the principal's examiner grants (in one society, when given): what assignments name. */
export function examinerGrantIds(principal: Principal | undefined, societyId?: string): string[] {
  return (principal?.grants ?? [])
    .filter((grant) => grant.role === GrantRole.EXAMINER && (societyId === undefined || grant.society?.id === societyId))
    .map((grant) => grant.id);
}

/** The roles the principal holds at federation level. */
export function federationRoles(principal: Principal | undefined): Set<GrantRole> {
  return new Set((principal?.grants ?? []).filter((grant) => FEDERATION_ROLES.has(grant.role)).map((grant) => grant.role));
}
