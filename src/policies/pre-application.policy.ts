import { VIEWER_CONDITIONS } from './conditions';
import type { PolicySubject } from './policy-subject';

/** What screening decides on: the society a pre-application is with, and whether it is moved to another. */
export interface ScreeningFacts {
  societyId: string;
  allocateToSocietyId?: string;
}

/**
 * Who screens a pre-application (seed 002, 004): the society's staff (or a federation admin acting in it) screen
 * their own society's; the federation's evaluation committee screens any and allocates it by field to a society.
 * Only the committee allocates.
 */
export function allowScreening(subject: PolicySubject, facts: ScreeningFacts): boolean {
  if (VIEWER_CONDITIONS.federationCommittee(subject)) return true;
  if (facts.allocateToSocietyId !== undefined && facts.allocateToSocietyId !== facts.societyId) return false;
  return subject.scope.society?.id === facts.societyId && VIEWER_CONDITIONS.societyStaffOrFederationAdmin(subject);
}

/** Who records that an expert consultation was held: the same people who screen the pre-application. */
export function allowConsultationRecord(subject: PolicySubject, facts: { societyId: string }): boolean {
  return allowScreening(subject, facts);
}
