import { federationRoles } from '../auth/principal';
import { GrantRole, RegistrationStatus, SocietyStatus } from '../entities/enums';
import type { PolicySubject } from './policy-subject';
import type { ApplicationFacts } from './relations';

/** The facts of a registration the policies need. */
export interface RegistrationFacts {
  societyId: string;
  memberId: string;
  status: RegistrationStatus;
}

/** How a viewer relates to a registration. */
export type RegistrationRelation = 'MEMBER' | 'SOCIETY_STAFF' | 'FEDERATION' | 'FEDERATION_SECRETARIAT';

/** Every action on a registration, named as its mutation (or route). */
export type RegistrationAction =
  | 'downloadCertificate'
  | 'suspendRegistration'
  | 'applyForRestoration'
  | 'restoreRegistration'
  | 'cancelRegistration'
  | 'revokeRegistration'
  | 'requestReregistration'
  | 'checkReregistrationConditions'
  | 'decideReregistration';

/** One row of the action table: who, and in which statuses of the registration. */
export interface RegistrationActionRule {
  who: readonly RegistrationRelation[];
  statuses: readonly RegistrationStatus[];
}

const { ACTIVE, SUSPENDED, CANCELLED, REVOKED } = RegistrationStatus;
// Decisions on a member's standing (seed 000 "证书暂停、恢复、注销、撤销"; 003 10.1.4): the society that registered
// the member, or the federation's secretariat that keeps the register.
const REGISTRARS: readonly RegistrationRelation[] = ['SOCIETY_STAFF', 'FEDERATION_SECRETARIAT'];

/** The action table of registrations. A missing row denies. */
export const REGISTRATION_ACTIONS: Record<RegistrationAction, RegistrationActionRule> = {
  // The member, the society's staff and the federation; a revoked or cancelled certificate stays downloadable for
  // the record, and verification tells its live status.
  downloadCertificate: { who: ['MEMBER', 'SOCIETY_STAFF', 'FEDERATION'], statuses: [ACTIVE, SUSPENDED, CANCELLED, REVOKED] },
  suspendRegistration: { who: REGISTRARS, statuses: [ACTIVE] },
  applyForRestoration: { who: ['MEMBER'], statuses: [SUSPENDED] },
  restoreRegistration: { who: REGISTRARS, statuses: [SUSPENDED] },
  cancelRegistration: { who: REGISTRARS, statuses: [ACTIVE, SUSPENDED] },
  // False evidence may come to light after a cancellation too: revocation (and the lifelong bar) still applies.
  revokeRegistration: { who: REGISTRARS, statuses: [ACTIVE, SUSPENDED, CANCELLED] },
  requestReregistration: { who: ['MEMBER'], statuses: [ACTIVE, SUSPENDED] },
  checkReregistrationConditions: { who: ['SOCIETY_STAFF'], statuses: [ACTIVE, SUSPENDED] },
  decideReregistration: { who: ['SOCIETY_STAFF'], statuses: [ACTIVE, SUSPENDED] },
};

/** The viewer's relations to a registration: from the principal and the request's scope, no query. */
export function registrationRelations(subject: PolicySubject, registration: Pick<RegistrationFacts, 'societyId' | 'memberId'>): Set<RegistrationRelation> {
  const relations = new Set<RegistrationRelation>();
  if (subject.principal?.accountId === registration.memberId) relations.add('MEMBER');
  const society = subject.scope.society;
  if (society?.id === registration.societyId && society.status === SocietyStatus.ACTIVE && subject.scope.roles.has(GrantRole.SOCIETY_STAFF)) {
    relations.add('SOCIETY_STAFF');
  }
  if (subject.scope.federation) relations.add('FEDERATION');
  if (federationRoles(subject.principal).has(GrantRole.FEDERATION_SECRETARIAT)) relations.add('FEDERATION_SECRETARIAT');
  return relations;
}

/** Whether the viewer holds one of the action's relations (the status is checked separately, for a precise error). */
export function mayTakeRegistrationAction(subject: PolicySubject, action: RegistrationAction, registration: RegistrationFacts): boolean {
  const relations = registrationRelations(subject, registration);
  return REGISTRATION_ACTIONS[action].who.some((who) => relations.has(who));
}

/** Whether the action is open in the registration's current status. */
export function registrationActionOpen(action: RegistrationAction, status: RegistrationStatus): boolean {
  return REGISTRATION_ACTIONS[action].statuses.includes(status);
}

/** The actions the viewer may take on the registration now (its viewerCan). */
export function registrationViewerCan(subject: PolicySubject, registration: RegistrationFacts): RegistrationAction[] {
  return (Object.keys(REGISTRATION_ACTIONS) as RegistrationAction[]).filter(
    (action) => mayTakeRegistrationAction(subject, action, registration) && registrationActionOpen(action, registration.status),
  );
}

/**
 * Barring an applicant whose dossier is found false before registration (seed 000: 一经发现终身取消申请工程会员资格):
 * the staff of the application's society, or the federation's secretariat.
 */
export function allowBarApplicant(subject: PolicySubject, application: Pick<ApplicationFacts, 'societyId'>): boolean {
  const society = subject.scope.society;
  const staff = society?.id === application.societyId && society.status === SocietyStatus.ACTIVE && subject.scope.roles.has(GrantRole.SOCIETY_STAFF);
  return staff || federationRoles(subject.principal).has(GrantRole.FEDERATION_SECRETARIAT);
}
