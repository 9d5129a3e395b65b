import { federationRoles } from '../auth/principal';
import { GrantRole, SocietyStatus } from '../entities/enums';
import type { PolicySubject } from './policy-subject';

/** Typed platform actions (tenant onboarding and grants). */
export type PlatformAction =
  | { kind: 'authorizeSociety' }
  | { kind: 'suspendSociety' }
  | { kind: 'reinstateSociety' }
  | { kind: 'manageWorkingDayCalendar' }
  | { kind: 'viewScheduledJobs' }
  | { kind: 'configureSocietyProcedure' }
  | { kind: 'managePublicNotices' }
  | { kind: 'manageExaminers' }
  | { kind: 'setWrittenExamStandard' }
  | { kind: 'compareWrittenExamStandards' }
  | { kind: 'grantSocietyRole'; role: GrantRole };

/** Roles that society staff may hand out in their own society. */
const STAFF_GRANTABLE: ReadonlySet<GrantRole> = new Set([GrantRole.EXAMINER]);
/** Roles a federation admin may hand out in a society. */
const FEDERATION_GRANTABLE_IN_SOCIETY: ReadonlySet<GrantRole> = new Set([GrantRole.SOCIETY_STAFF, GrantRole.EXAMINER]);

/** Decides a platform action; a kind without a rule here is denied. */
export function allowPlatformAction(subject: PolicySubject, action: PlatformAction): boolean {
  const federationAdmin = federationRoles(subject.principal).has(GrantRole.FEDERATION_ADMIN);
  switch (action.kind) {
    case 'authorizeSociety':
    case 'suspendSociety':
    case 'reinstateSociety':
    case 'manageWorkingDayCalendar':
    case 'viewScheduledJobs':
    case 'configureSocietyProcedure':
      return federationAdmin;
    case 'managePublicNotices':
      return subject.scope.society?.status === SocietyStatus.ACTIVE && subject.scope.roles.has(GrantRole.SOCIETY_STAFF);
    case 'compareWrittenExamStandards':
      // Keeping one field's standards consistent across societies is the federation's (seed 000: 保持相对一致).
      return subject.scope.federation;
    case 'setWrittenExamStandard':
      // Seed 000: the written exam is the society's, so are its pass conditions; a federation admin may act in the society too.
    case 'manageExaminers':
      // The society's roster: its staff, or a federation admin working in the society.
      if (!subject.scope.society) return false;
      return federationAdmin || (subject.scope.society.status === SocietyStatus.ACTIVE && subject.scope.roles.has(GrantRole.SOCIETY_STAFF));
    case 'grantSocietyRole': {
      if (!subject.scope.society) return false;
      if (federationAdmin) return FEDERATION_GRANTABLE_IN_SOCIETY.has(action.role);
      const staff = subject.scope.roles.has(GrantRole.SOCIETY_STAFF) && subject.scope.society.status === SocietyStatus.ACTIVE;
      return staff && STAFF_GRANTABLE.has(action.role);
    }
    default:
      return false;
  }
}
