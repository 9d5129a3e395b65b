import { federationRoles } from '../auth/principal';
import { GrantRole, SocietyStatus } from '../entities/enums';
import type { PolicySubject } from './policy-subject';

/** What screening decides on: the society a pre-application is with, and whether it is moved to another. */
export interface ScreeningFacts {
  societyId: string;
  allocateToSocietyId?: string;
}

/** The facts of a pre-application (or of an object of the enterprise channel) the read policy needs. */
export interface EnterpriseChannelFacts {
  societyId?: string | null;
  applicantId?: string | null;
  enterpriseId?: string | null;
  /** A recommending-unit form: the societies it was sent to or that hold (held) rights with its enterprise. */
  reviewingSocietyIds?: readonly string[];
}

function committee(subject: PolicySubject): boolean {
  return subject.scope.federation && federationRoles(subject.principal).has(GrantRole.FEDERATION_COMMITTEE);
}

function staffOf(subject: PolicySubject, societyId: string | null | undefined): boolean {
  const society = subject.scope.society;
  return !!societyId && society?.id === societyId && society.status === SocietyStatus.ACTIVE &&
    (subject.scope.roles.has(GrantRole.SOCIETY_STAFF) || federationRoles(subject.principal).has(GrantRole.FEDERATION_ADMIN));
}

/**
 * Who screens a pre-application (seed 002, 004): the society's staff (or a federation admin acting in it) screen
 * their own society's; the federation's evaluation committee screens any and allocates it by field to a society.
 * Only the committee allocates.
 */
export function allowScreening(subject: PolicySubject, facts: ScreeningFacts): boolean {
  if (committee(subject)) return true;
  if (facts.allocateToSocietyId !== undefined && facts.allocateToSocietyId !== facts.societyId) return false;
  return staffOf(subject, facts.societyId);
}

/** Who records that an expert consultation was held: the same people who screen the pre-application. */
export function allowConsultationRecord(subject: PolicySubject, facts: { societyId: string }): boolean {
  return allowScreening(subject, facts);
}

/**
 * Who reads an object of the enterprise channel (a pre-application, a right): its applicant, its own enterprise
 * (the enterprise scope), the staff of its society, the federation.
 */
export function allowEnterpriseChannelRead(subject: PolicySubject, facts: EnterpriseChannelFacts): boolean {
  if (!subject.principal) return false;
  if (facts.applicantId && facts.applicantId === subject.principal.accountId) return true;
  if (facts.enterpriseId && subject.scope.enterpriseIds?.includes(facts.enterpriseId)) return true;
  if (subject.scope.federation) return true;
  return staffOf(subject, facts.societyId);
}

/**
 * Who reads a recommending-unit form: its enterprise, the federation, and the staff of a society that reviews it —
 * one it was sent to, or one that holds or held recommendation rights with the enterprise. Any other society's
 * staff: denied (the form names the enterprise's overseas projects and its contact).
 */
export function allowRecommendingUnitFormRead(subject: PolicySubject, facts: EnterpriseChannelFacts): boolean {
  if (!subject.principal) return false;
  if (facts.enterpriseId && subject.scope.enterpriseIds?.includes(facts.enterpriseId)) return true;
  if (subject.scope.federation) return true;
  const society = subject.scope.society;
  return !!society && (facts.reviewingSocietyIds ?? []).includes(society.id) && staffOf(subject, society.id);
}
