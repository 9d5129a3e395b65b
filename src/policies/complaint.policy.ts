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

/**
 * The role that handles each kind of complaint (seed 000): a society's staff its own; 联合体标准与质量监督委员会 the
 * complaints and appeals addressed to the federation; 联合体秘书处 whoever disagrees with the handling. The one
 * mapping both the check below and the handlers' notification (src/notifications/complaint-messages.ts) use.
 */
export const COMPLAINT_HANDLER_ROLE: Readonly<Record<ComplaintHandler, GrantRole>> = {
  [ComplaintHandler.SOCIETY]: GrantRole.SOCIETY_STAFF,
  [ComplaintHandler.QUALITY_SUPERVISION]: GrantRole.QUALITY_SUPERVISION,
  [ComplaintHandler.SECRETARIAT]: GrantRole.FEDERATION_SECRETARIAT,
};

/** Whether the viewer handles complaints of this handler (and, for a society, of this society). */
export function isComplaintHandler(subject: PolicySubject, handler: ComplaintHandler, societyId: string | null): boolean {
  const role = COMPLAINT_HANDLER_ROLE[handler];
  if (handler !== ComplaintHandler.SOCIETY) return federationRoles(subject.principal).has(role);
  return societyId !== null && subject.scope.society?.id === societyId && subject.scope.society.status === SocietyStatus.ACTIVE
    && subject.scope.roles.has(role);
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
