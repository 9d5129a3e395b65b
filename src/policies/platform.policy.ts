import { federationRoles } from '../auth/principal';
import { GrantRole } from '../entities/enums';
import { ACCOUNT_ACTION_TABLE } from './account.actions';
import { CALENDAR_ACTION_TABLE } from './calendar.actions';
import { VIEWER_CONDITIONS } from './conditions';
import { ENTERPRISE_ACTION_TABLE } from './enterprise.actions';
import { EXAMINER_ACTION_TABLE } from './examiner.actions';
import { JOBS_ACTION_TABLE } from './jobs.actions';
import { MEMBER_RECORD_ACTION_TABLE } from './member-record.actions';
import { REPORT_ACTION_TABLE } from './report.actions';
import type { PolicySubject } from './policy-subject';
import { PUBLIC_NOTICE_ACTION_TABLE } from './public-notice.actions';
import type { ScopeActionRule } from './scope-action';
import { SOCIETY_ACTION_TABLE } from './society.actions';

/** Every scope action table, by model; a mutation appears in one of them or in the application table. */
export const SCOPE_ACTION_TABLES = {
  account: ACCOUNT_ACTION_TABLE,
  society: SOCIETY_ACTION_TABLE,
  examiner: EXAMINER_ACTION_TABLE,
  publicNotice: PUBLIC_NOTICE_ACTION_TABLE,
  calendar: CALENDAR_ACTION_TABLE,
  jobs: JOBS_ACTION_TABLE,
  memberRecord: MEMBER_RECORD_ACTION_TABLE,
  report: REPORT_ACTION_TABLE,
  enterprise: ENTERPRISE_ACTION_TABLE,
} as const;

/** The name of an action of a scope table (its mutation's or query's name). */
export type PlatformAction = {
  [M in keyof typeof SCOPE_ACTION_TABLES]: keyof (typeof SCOPE_ACTION_TABLES)[M];
}[keyof typeof SCOPE_ACTION_TABLES];

/** Every scope action's row, by name. */
export const SCOPE_ACTIONS: Readonly<Record<PlatformAction, ScopeActionRule>> = Object.assign({}, ...Object.values(SCOPE_ACTION_TABLES));

/** Roles that society staff may hand out in their own society. */
const STAFF_GRANTABLE: ReadonlySet<GrantRole> = new Set([GrantRole.EXAMINER]);
/** Roles a federation admin may hand out in a society. */
const FEDERATION_GRANTABLE_IN_SOCIETY: ReadonlySet<GrantRole> = new Set([GrantRole.SOCIETY_STAFF, GrantRole.EXAMINER]);

/** The named check of grantSocietyRole: which roles the granter may hand out. */
function grantableRole(subject: PolicySubject, role: GrantRole): boolean {
  if (federationRoles(subject.principal).has(GrantRole.FEDERATION_ADMIN)) return FEDERATION_GRANTABLE_IN_SOCIETY.has(role);
  return STAFF_GRANTABLE.has(role);
}

/**
 * The named check of revokeEnterpriseRole, mirroring who appoints: the enterprise's admin its recommenders
 * (appointEnterpriseRecommender), society staff and federation admins an enterprise's admin (appointEnterpriseAdmin).
 */
function revocableEnterpriseRole(subject: PolicySubject, role: GrantRole): boolean {
  if (role === GrantRole.ENTERPRISE_RECOMMENDER) return VIEWER_CONDITIONS.enterpriseAdmin(subject);
  if (role === GrantRole.ENTERPRISE_ADMIN) return VIEWER_CONDITIONS.societyStaffOrFederationAdmin(subject);
  return false;
}

/**
 * Decides a scope action from its row (and, for grants and their revocations, the role concerned); an action
 * without a row is denied. Whoever may hand out a society role may revoke it (grantableRole for both).
 */
export function allowPlatformAction(subject: PolicySubject, action: PlatformAction, args: { role?: GrantRole } = {}): boolean {
  const rule = SCOPE_ACTIONS[action];
  if (!rule || !rule.who.some((condition) => VIEWER_CONDITIONS[condition](subject))) return false;
  if (rule.inSociety && !subject.scope.society) return false;
  if (action === 'grantSocietyRole' || action === 'revokeSocietyRole') return args.role !== undefined && grantableRole(subject, args.role);
  if (action === 'revokeEnterpriseRole') return args.role !== undefined && revocableEnterpriseRole(subject, args.role);
  return true;
}
