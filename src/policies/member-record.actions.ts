import type { ScopeActionRule } from './scope-action';

/**
 * After registration (issue 13): the mutations on a member's record, on complaints and on referrals. Each row is the
 * shield rule; the command then decides on the object with its policy (member-record.policy.ts, complaint.policy.ts):
 * a member's own record, a complaint's handlers, the federation's referrals.
 */
export const MEMBER_RECORD_ACTION_TABLE = {
  // CPD: the member keeps the record (any account may hold a registration); staff configure and audit.
  recordCpdActivity: { who: ['authenticated'] },
  attachCpdEvidence: { who: ['authenticated'], on: 'CpdActivity' },
  detachCpdEvidence: { who: ['authenticated'], on: 'CpdActivity' },
  saveCpdSummary: { who: ['authenticated'] },
  submitCpdAuditEvidence: { who: ['authenticated'], on: 'CpdAudit' },
  setCpdRequirements: { who: ['societyStaffOrFederationAdmin'] },
  drawCpdAudit: { who: ['societyStaff'] },
  decideCpdAudit: { who: ['societyStaff'], on: 'CpdAudit' },
  // Anyone may send the federation an opinion (rate-limited per address); the command checks each kind's complainant.
  lodgeComplaint: { who: ['public'] },
  // The handlers: the society's staff for a result, the federation's committee or secretariat otherwise.
  handleComplaint: { who: ['societyStaffOrFederation'], on: 'Complaint' },
  // Whoever disagrees with the handling escalates: the complainant, any signed-in account.
  escalateComplaint: { who: ['authenticated'], on: 'Complaint' },
  setComplaintTarget: { who: ['federationAdmin'] },
  // The secretariat refers members abroad (seed 002).
  referForMutualRecognition: { who: ['federation'] },
  recordReferralAnswer: { who: ['federation'], on: 'RecognitionReferral' },
} as const satisfies Record<string, ScopeActionRule>;
