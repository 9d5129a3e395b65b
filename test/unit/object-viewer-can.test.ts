import { ComplaintHandler, ComplaintStatus, CpdAuditStatus, GrantRole, ReferralStatus, SocietyStatus } from '../../src/entities/enums';
import { objectActions, objectViewerCan, type ScopeObjectFacts } from '../../src/policies/object-actions';
import { SCOPE_ACTIONS } from '../../src/policies/platform.policy';
import type { PolicySubject } from '../../src/policies/policy-subject';
import type { ScopeObjectType } from '../../src/policies/scope-action';

/*
 * viewerCan of the objects whose actions are in a scope table (Society, Examiner, PublicNotice, Complaint,
 * CpdActivity, CpdAudit), generated from the rows `on` them: each viewer sees exactly the actions its rows give on
 * that object now, another tenant's staff none.
 */
const CSEE = { id: 'csee', code: 'CSEE', status: SocietyStatus.ACTIVE };
// CES is suspended: its staff act in nothing (the society staff condition asks for an active society).
const CES = { id: 'ces', code: 'CES', status: SocietyStatus.SUSPENDED };
const CIS = { id: 'cis', code: 'CIS', status: SocietyStatus.ACTIVE };
const grant = (role: GrantRole, society?: { id: string; code: string; status: SocietyStatus }) => ({ id: `${role}-${society?.code ?? 'fed'}`, role, society, specialtyCodes: [], createdAt: new Date('2026-01-01T00:00:00Z') });

function subject(accountId: string, grants: ReturnType<typeof grant>[], society?: { id: string; code: string; status: SocietyStatus }): PolicySubject {
  const federation = grants.some((held) => !held.society && held.role !== GrantRole.APPLICANT);
  return {
    principal: { accountId, email: `${accountId}@example.cn`, displayName: accountId, grants },
    scope: {
      society, societyIds: society ? [society.id] : [], federation, crossTenant: federation && !society,
      roles: new Set(grants.filter((held) => held.society?.id === society?.id && society).map((held) => held.role)),
    },
  };
}

const VIEWERS = {
  // The public on the society's portal: the society is in scope, no one is signed in.
  anonymous: { scope: { society: CSEE, societyIds: [CSEE.id], federation: false, crossTenant: false, roles: new Set() } } as PolicySubject,
  cseeStaff: subject('staff', [grant(GrantRole.SOCIETY_STAFF, CSEE)], CSEE),
  cesStaff: subject('suspended-staff', [grant(GrantRole.SOCIETY_STAFF, CES)], CES),
  // Another tenant's active staff: nothing of CSEE's.
  cisStaff: subject('other-staff', [grant(GrantRole.SOCIETY_STAFF, CIS)], CIS),
  federationAdmin: subject('admin', [grant(GrantRole.FEDERATION_ADMIN)]),
  federationAdminInCsee: subject('admin', [grant(GrantRole.FEDERATION_ADMIN)], CSEE),
  qualitySupervision: subject('qs', [grant(GrantRole.QUALITY_SUPERVISION)]),
  secretariat: subject('secretariat', [grant(GrantRole.FEDERATION_SECRETARIAT)]),
  member: subject('member', [grant(GrantRole.APPLICANT, CSEE)], CSEE),
  complainant: subject('complainant', [grant(GrantRole.APPLICANT, CSEE)], CSEE),
};
type Viewer = keyof typeof VIEWERS;

const complaint = (status: ComplaintStatus, handler = ComplaintHandler.SOCIETY) => ({ handler, societyId: CSEE.id, complainantId: 'complainant', status, round: 1 });
const notice = (closed: boolean, today: string) => ({ societyId: CSEE.id, closed, startsOn: '2026-11-02', endsOn: '2026-11-06', today });

/** [object type, the object, viewer, the actions expected]: every viewer not listed for an object gets none. */
const CASES: Array<{ [T in ScopeObjectType]: [T, string, ScopeObjectFacts[T], Partial<Record<Viewer, string[]>>] }[ScopeObjectType]> = [
  ['Society', 'CSEE, active', { id: CSEE.id, status: SocietyStatus.ACTIVE }, {
    cseeStaff: ['setWrittenExamStandard', 'publishWrittenExamStandard', 'grantSocietyRole', 'revokeSocietyRole', 'updateSocietyBranding', 'setSocietyContacts'],
    federationAdmin: ['suspendSociety', 'setClarificationPeriod', 'setWrittenExamPassMark'],
    federationAdminInCsee: [
      'suspendSociety', 'setClarificationPeriod', 'setWrittenExamPassMark', 'setWrittenExamStandard', 'publishWrittenExamStandard', 'grantSocietyRole', 'revokeSocietyRole',
      'updateSocietyBranding', 'setSocietyContacts',
    ],
  }],
  ['Society', 'CES, suspended', { id: CES.id, status: SocietyStatus.SUSPENDED }, {
    federationAdmin: ['reinstateSociety', 'setClarificationPeriod', 'setWrittenExamPassMark'],
    federationAdminInCsee: ['reinstateSociety', 'setClarificationPeriod', 'setWrittenExamPassMark'],
  }],
  ['Examiner', 'of CSEE', { societyId: CSEE.id }, { cseeStaff: ['updateExaminer', 'revokeExaminer'], federationAdminInCsee: ['updateExaminer', 'revokeExaminer'] }],
  ['PublicNotice', 'of CSEE, running', notice(false, '2026-11-03'), {
    anonymous: ['lodgeObjection'], cseeStaff: ['closeNotice', 'lodgeObjection'], member: ['lodgeObjection'], complainant: ['lodgeObjection'],
    federationAdminInCsee: ['lodgeObjection'],
  }],
  ['PublicNotice', 'of CSEE, over but not closed', notice(false, '2026-11-09'), { cseeStaff: ['closeNotice'] }],
  ['PublicNotice', 'of CSEE, closed', notice(true, '2026-11-09'), {}],
  ['Complaint', 'about a CSEE result, being investigated', complaint(ComplaintStatus.INVESTIGATING), { cseeStaff: ['handleComplaint'] }],
  ['Complaint', 'about a CSEE result, answered', complaint(ComplaintStatus.FEEDBACK_GIVEN), { complainant: ['escalateComplaint'] }],
  ['Complaint', 'to the federation, received', complaint(ComplaintStatus.RECEIVED, ComplaintHandler.QUALITY_SUPERVISION), { qualitySupervision: ['handleComplaint'] }],
  ['CpdActivity', "a CSEE member's", { societyId: CSEE.id, memberId: 'member' }, { member: ['attachCpdEvidence', 'detachCpdEvidence'] }],
  ['CpdAudit', 'evidence requested', { societyId: CSEE.id, memberId: 'member', status: CpdAuditStatus.EVIDENCE_REQUESTED }, { member: ['submitCpdAuditEvidence'] }],
  ['CpdAudit', 'evidence submitted', { societyId: CSEE.id, memberId: 'member', status: CpdAuditStatus.EVIDENCE_SUBMITTED }, { cseeStaff: ['decideCpdAudit'] }],
  // Seed 002: the secretariat refers members abroad and records the partner body's answer, once, while it is awaited.
  ['RecognitionReferral', 'awaiting the answer', { societyId: CSEE.id, memberId: 'member', status: ReferralStatus.REFERRED }, { secretariat: ['recordReferralAnswer'] }],
  ['RecognitionReferral', 'answered', { societyId: CSEE.id, memberId: 'member', status: ReferralStatus.RECOGNISED }, {}],
];

describe('viewerCan of the objects of the scope tables', () => {
  it.each(CASES.flatMap(([type, label, object, expected]) => (Object.keys(VIEWERS) as Viewer[]).map((viewer) => [type, label, viewer, object, expected[viewer] ?? []] as const)))(
    '%s %s, as %s', (type, _label, viewer, object, expected) => {
      expect(objectViewerCan(VIEWERS[viewer], type, object as never)).toEqual(expected);
    },
  );

  it('lists on each object exactly the rows `on` it, and every such row is one of its mutations', () => {
    const types: ScopeObjectType[] = ['Society', 'Examiner', 'PublicNotice', 'Complaint', 'CpdActivity', 'CpdAudit', 'RecognitionReferral'];
    for (const type of types) {
      expect({ type, some: objectActions(type).length > 0 }).toEqual({ type, some: true });
      for (const action of objectActions(type)) expect(SCOPE_ACTIONS[action].operation).toBeUndefined();
    }
    // Every action some case expects is offered somewhere, and every row `on` an object is offered in some case.
    const offered = new Set(CASES.flatMap(([, , , expected]) => Object.values(expected).flat()));
    expect(types.flatMap(objectActions).filter((action) => !offered.has(action))).toEqual([]);
  });
});
