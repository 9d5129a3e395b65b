import { SocietyStatus, GrantRole } from '../entities/enums';
import type { PolicySubject } from './policy-subject';

/** Which societies a report may count: every one (the federation reading across tenants), or the listed ones. */
export type ReportReach = { kind: 'all' } | { kind: 'societies'; societyIds: string[] };

/**
 * Who may read reports and over what (issue 12): federation roles across all societies (or the one society a
 * request names), society staff over their own active society only. Anyone else (applicants, examiners,
 * recommenders, the public) is refused: undefined. The reach comes from the request's scope, never from arguments.
 */
export function reportReachOf(subject: PolicySubject): ReportReach | undefined {
  const { scope } = subject;
  if (scope.society) {
    const staff = scope.society.status === SocietyStatus.ACTIVE && scope.roles.has(GrantRole.SOCIETY_STAFF);
    return staff || scope.federation ? { kind: 'societies', societyIds: [scope.society.id] } : undefined;
  }
  return scope.crossTenant && scope.federation ? { kind: 'all' } : undefined;
}
