import { federationRoles } from '../auth/principal';
import { ComplaintHandler, ComplaintStatus, GrantRole, SocietyStatus } from '../entities/enums';
import type { PolicySubject } from './policy-subject';

/** What the complaint policy needs to know of a complaint. */
export interface ComplaintFacts {
  handler: ComplaintHandler;
  societyId: string | null;
  complainantId: string | null;
  status: ComplaintStatus;
  round: number;
}

/** Actions on a complaint. */
export type ComplaintAction =
  /** See that it exists, its subject, status, dates and steps (not their notes). */
  | 'read'
  /** See who complained and how to reach them (seed 003 10.1.3 confidentiality: the handlers only). */
  | 'readComplainant'
  /** See the notes and evidence of each step. */
  | 'readHandling'
  /** See the outcome: the handlers, and the complainant once told (feedback). */
  | 'readOutcome'
  /** Assign, investigate, decide, give feedback. */
  | 'handle'
  /** Disagree with the handling and take it to the federation secretariat (seed 000). */
  | 'escalate';

/** Whether the viewer handles complaints of this handler (and, for a society, of this society). */
export function isComplaintHandler(subject: PolicySubject, handler: ComplaintHandler, societyId: string | null): boolean {
  switch (handler) {
    case ComplaintHandler.SOCIETY:
      return societyId !== null && subject.scope.society?.id === societyId && subject.scope.society.status === SocietyStatus.ACTIVE
        && subject.scope.roles.has(GrantRole.SOCIETY_STAFF);
    case ComplaintHandler.QUALITY_SUPERVISION:
      // Seed 000: 联合体标准与质量监督委员会 receives the complaints and appeals addressed to the federation.
      return federationRoles(subject.principal).has(GrantRole.QUALITY_SUPERVISION);
    case ComplaintHandler.SECRETARIAT:
      // Seed 000: whoever disagrees with the handling writes to 联合体秘书处.
      return federationRoles(subject.principal).has(GrantRole.FEDERATION_SECRETARIAT);
    default:
      return false;
  }
}

/** Decides an action on a complaint; deny by default. The member a complaint concerns has no right here at all. */
export function allowComplaintAction(subject: PolicySubject, action: ComplaintAction, complaint: ComplaintFacts): boolean {
  const handler = isComplaintHandler(subject, complaint.handler, complaint.societyId);
  const complainant = complaint.complainantId !== null && subject.principal?.accountId === complaint.complainantId;
  switch (action) {
    case 'read':
    case 'readComplainant':
      return handler || complainant;
    case 'readHandling':
    case 'handle':
      return handler;
    case 'readOutcome':
      return handler || (complainant && complaint.status === ComplaintStatus.FEEDBACK_GIVEN);
    case 'escalate':
      // Once told the result; the secretariat is the last instance.
      return complainant && complaint.status === ComplaintStatus.FEEDBACK_GIVEN && complaint.handler !== ComplaintHandler.SECRETARIAT;
    default:
      return false;
  }
}
