import { federationRoles } from '../auth/principal';
import { GrantRole, SocietyStatus } from '../entities/enums';
import type { PolicySubject } from './policy-subject';

/** What the policy needs of a member's after-registration record (CPD, audits, referrals): whose, and which society's. */
export interface MemberRecordFacts {
  societyId: string;
  memberId: string;
}

/** Actions on a member's after-registration record (DOMAIN.md §8). */
export type MemberRecordAction =
  /** Read the member's CPD record, audits, compliance and referrals. */
  | 'readMemberRecord'
  /** Record activities, attach evidence, write the yearly summary, answer an audit: the member, in their society. */
  | 'keepCpdRecord'
  /** Draw the yearly audit sample and decide on the evidence: the society's staff. */
  | 'auditCpd'
  /** Refer a member to a partner body and record its answer (seed 002): the federation secretariat. */
  | 'referForMutualRecognition';

/** Actions on a society's CPD settings. */
export type SocietyCpdAction = 'configureCpd' | 'auditCpd' | 'readSocietyCpd';

function staffOf(subject: PolicySubject, societyId: string): boolean {
  return subject.scope.society?.id === societyId && subject.scope.society.status === SocietyStatus.ACTIVE && subject.scope.roles.has(GrantRole.SOCIETY_STAFF);
}

/** Decides an action on one member's record; deny by default. */
export function allowMemberRecordAction(subject: PolicySubject, action: MemberRecordAction, record: MemberRecordFacts): boolean {
  const self = subject.principal !== undefined && subject.principal.accountId === record.memberId;
  switch (action) {
    case 'readMemberRecord':
      return self || staffOf(subject, record.societyId) || subject.scope.federation;
    case 'keepCpdRecord':
      // In their own society's scope, like every other command of theirs there.
      return self && subject.scope.society?.id === record.societyId;
    case 'auditCpd':
      return staffOf(subject, record.societyId);
    case 'referForMutualRecognition':
      // Seed 002: the federation recommends members to the bodies it has agreements with.
      return federationRoles(subject.principal).has(GrantRole.FEDERATION_SECRETARIAT);
    default:
      return false;
  }
}

/** Decides an action on a society's CPD settings or draws; deny by default. */
export function allowSocietyCpdAction(subject: PolicySubject, action: SocietyCpdAction, societyId: string): boolean {
  switch (action) {
    case 'configureCpd':
      // The society's own setting (seed 000 says 50, the federation's English site 40); a federation admin may set it in the society.
      return staffOf(subject, societyId) || (subject.scope.society?.id === societyId && federationRoles(subject.principal).has(GrantRole.FEDERATION_ADMIN));
    case 'auditCpd':
      return staffOf(subject, societyId);
    case 'readSocietyCpd':
      return staffOf(subject, societyId) || subject.scope.federation;
    default:
      return false;
  }
}

/** Whose CPD compliance a list may show: a society's members, one member's own, or every society's. */
export interface CpdReach {
  societyId?: string;
  memberId?: string;
}

/**
 * The reach of the compliance list: the federation every society's (or the one in scope), the society's staff its
 * members, an applicant-grant holder of the society only their own; undefined: nothing to show without a society.
 */
export function cpdComplianceReach(subject: PolicySubject): CpdReach | undefined {
  const society = subject.scope.society;
  if (subject.scope.federation) return { societyId: society?.id };
  if (!society) return undefined;
  if (allowSocietyCpdAction(subject, 'readSocietyCpd', society.id)) return { societyId: society.id };
  if (subject.principal && subject.scope.roles.has(GrantRole.APPLICANT)) return { societyId: society.id, memberId: subject.principal.accountId };
  return undefined;
}

/** The reach of the societies' CPD figures: the federation every society's (or the one in scope), staff their own; undefined: refused. */
export function cpdFiguresReach(subject: PolicySubject): { societyId?: string } | undefined {
  const society = subject.scope.society;
  if (subject.scope.federation) return { societyId: society?.id };
  return society && allowSocietyCpdAction(subject, 'readSocietyCpd', society.id) ? { societyId: society.id } : undefined;
}
