import { CpdAuditStatus, ComplaintStatus, GrantRole, ReferralStatus, SocietyStatus } from '../entities/enums';
import { federationRoles } from '../auth/principal';
import { allowComplaintAction, type ComplaintFacts } from './complaint.policy';
import { allowMemberRecordAction, type MemberRecordFacts } from './member-record.policy';
import { allowPlatformAction, SCOPE_ACTIONS, type PlatformAction } from './platform.policy';
import type { PolicySubject } from './policy-subject';
import type { ScopeObjectType } from './scope-action';

/** What each object's check needs to know of it. */
export interface ScopeObjectFacts {
  Society: { id: string; status: SocietyStatus };
  Examiner: { societyId: string };
  PublicNotice: { societyId: string; closed: boolean; startsOn: string; endsOn: string; today: string };
  Complaint: ComplaintFacts;
  CpdActivity: MemberRecordFacts;
  CpdAudit: MemberRecordFacts & { status: CpdAuditStatus };
  RecognitionReferral: MemberRecordFacts & { status: ReferralStatus };
}

/** The society in scope is the object's (another tenant's staff act on nothing of it). */
const inSociety = (subject: PolicySubject, societyId: string) => subject.scope.society?.id === societyId;

/**
 * The object-level check of each object type's actions, after the row's viewer conditions: the tenant, the
 * object's state, and whose it is — what the command checks on the object, so viewerCan never offers what it refuses.
 */
const OBJECT_CHECKS: { [T in ScopeObjectType]: (subject: PolicySubject, action: PlatformAction, object: ScopeObjectFacts[T]) => boolean } = {
  Society: (subject, action, society) => {
    // The federation's own rows name the society (by code) and act on any; a row society staff share acts on the
    // society in scope, so only on that one (another tenant's staff, or an admin working elsewhere, get none of it).
    const actsInScope = SCOPE_ACTIONS[action].who.some((condition) => condition.startsWith('society'));
    if (actsInScope ? !inSociety(subject, society.id) : !federationRoles(subject.principal).has(GrantRole.FEDERATION_ADMIN)) return false;
    if (action === 'suspendSociety') return society.status === SocietyStatus.ACTIVE;
    if (action === 'reinstateSociety') return society.status === SocietyStatus.SUSPENDED;
    return true;
  },
  Examiner: (subject, _action, examiner) => inSociety(subject, examiner.societyId),
  PublicNotice: (subject, action, notice) => {
    if (!inSociety(subject, notice.societyId) || notice.closed) return false;
    // Objections while the notice runs (seed 000: 公示期内).
    if (action === 'lodgeObjection') return notice.startsOn <= notice.today && notice.today <= notice.endsOn;
    return true;
  },
  Complaint: (subject, action, complaint) => {
    if (action === 'handleComplaint') return allowComplaintAction(subject, 'handle', complaint) && complaint.status !== ComplaintStatus.FEEDBACK_GIVEN;
    if (action === 'escalateComplaint') return allowComplaintAction(subject, 'escalate', complaint);
    return false;
  },
  CpdActivity: (subject, _action, record) => allowMemberRecordAction(subject, 'keepCpdRecord', record),
  CpdAudit: (subject, action, audit) => {
    if (action === 'submitCpdAuditEvidence') return allowMemberRecordAction(subject, 'keepCpdRecord', audit) && audit.status === CpdAuditStatus.EVIDENCE_REQUESTED;
    if (action === 'decideCpdAudit') return allowMemberRecordAction(subject, 'auditCpd', audit) && audit.status === CpdAuditStatus.EVIDENCE_SUBMITTED;
    return false;
  },
  // The partner body's answer is recorded once, by whoever may refer the member (the federation), while it is awaited.
  RecognitionReferral: (subject, _action, referral) => allowMemberRecordAction(subject, 'referForMutualRecognition', referral) && referral.status === ReferralStatus.REFERRED,
};

/** The actions of the scope tables taken on an object type, in the tables' order (its viewerCan enum). */
export function objectActions(type: ScopeObjectType): PlatformAction[] {
  return (Object.keys(SCOPE_ACTIONS) as PlatformAction[]).filter((action) => SCOPE_ACTIONS[action].on === type);
}

/** The actions the viewer may take on one object now: its rows' viewer conditions, then the object's check. */
export function objectViewerCan<T extends ScopeObjectType>(subject: PolicySubject, type: T, object: ScopeObjectFacts[T]): PlatformAction[] {
  // Granting or revoking a role is offered when the viewer may grant some role (which ones is the command's grantableRole).
  const allowed = (action: PlatformAction) => action === 'grantSocietyRole' || action === 'revokeSocietyRole'
    ? Object.values(GrantRole).some((role) => allowPlatformAction(subject, action, { role }))
    : allowPlatformAction(subject, action);
  return objectActions(type).filter((action) => allowed(action) && OBJECT_CHECKS[type](subject, action, object));
}
