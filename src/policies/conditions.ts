import { federationRoles } from '../auth/principal';
import { FEDERATION_ROLES, GrantRole, SocietyStatus } from '../entities/enums';
import type { PolicySubject } from './policy-subject';
import { relationsTo, type ApplicationFacts } from './relations';

/** Conditions that depend only on the viewer: evaluated once per request. */
export const VIEWER_CONDITIONS = {
  /** Anyone, logged in or not. */
  public: () => true,
  /** Any logged-in account. */
  authenticated: (subject: PolicySubject) => subject.principal !== undefined,
  /** Staff of the (active) society the request is scoped to. */
  societyStaff: (subject: PolicySubject) =>
    subject.scope.society?.status === SocietyStatus.ACTIVE && subject.scope.roles.has(GrantRole.SOCIETY_STAFF),
  /** Any federation role. */
  federation: (subject: PolicySubject) => subject.scope.federation,
  /** A federation administrator. */
  federationAdmin: (subject: PolicySubject) => federationRoles(subject.principal).has(GrantRole.FEDERATION_ADMIN),
  /** Society staff in scope, or any federation role. */
  societyStaffOrFederation: (subject: PolicySubject) => VIEWER_CONDITIONS.societyStaff(subject) || subject.scope.federation,
  /** Society staff in scope, or a federation administrator. */
  societyStaffOrFederationAdmin: (subject: PolicySubject) =>
    VIEWER_CONDITIONS.societyStaff(subject) || VIEWER_CONDITIONS.federationAdmin(subject),
} as const;

/** The objects object conditions look at: just what they need. */
export interface AccountLike { id: string }
export interface GrantLike { accountId: string; societyId?: string | null; role: GrantRole }

/** Conditions that depend on the object: evaluated per object id. */
export const OBJECT_CONDITIONS = {
  /** Anyone with a relation to the application (its applicant, its society's staff, the federation). */
  applicationReader: (subject: PolicySubject, application: ApplicationFacts) => relationsTo(subject, application).size > 0,
  /** The viewer's own account. */
  ownAccount: (subject: PolicySubject, account: AccountLike) =>
    subject.principal?.accountId === account.id || subject.authenticatedAccountId === account.id,
  /** A grant the viewer holds, or one in the society the viewer staffs, or any for the federation. */
  grantViewer: (subject: PolicySubject, grant: GrantLike) =>
    subject.principal?.accountId === grant.accountId ||
    subject.scope.federation ||
    (grant.societyId !== undefined && grant.societyId === subject.scope.society?.id && VIEWER_CONDITIONS.societyStaff(subject)),
} as const;

/** A viewer condition's name. */
export type ViewerCondition = keyof typeof VIEWER_CONDITIONS;
/** An object condition's name. */
export type ObjectCondition = keyof typeof OBJECT_CONDITIONS;
/** Any condition the access table may name. */
export type ConditionName = ViewerCondition | ObjectCondition;

/** Whether a role is a federation role (re-exported for policy modules). */
export function isFederationRole(role: GrantRole): boolean {
  return FEDERATION_ROLES.has(role);
}
