import type { GrantSnapshot, Principal } from '../../src/auth/principal';
import { GrantRole, SocietyStatus } from '../../src/entities/enums';
import { requestedSocietyCode, resolveTenantScope, type ScopeSociety } from '../../src/tenancy/tenant-scope';

const CSEE: ScopeSociety = { id: '11111111-1111-4111-8111-111111111111', code: 'CSEE', status: SocietyStatus.ACTIVE };
const CSAE: ScopeSociety = { id: '22222222-2222-4222-8222-222222222222', code: 'CSAE', status: SocietyStatus.ACTIVE };
const SUSPENDED: ScopeSociety = { ...CSEE, status: SocietyStatus.SUSPENDED };

function principal(...grants: Array<[GrantRole, ScopeSociety?]>): Principal {
  return {
    accountId: '33333333-3333-4333-8333-333333333333',
    email: 'p@example.test',
    displayName: 'P',
    grants: grants.map(([role, society], index): GrantSnapshot => ({ id: String(index), role, society, specialtyCodes: [], createdAt: new Date() })),
  };
}

const staffCsee = principal([GrantRole.SOCIETY_STAFF, CSEE]);
const fedAdmin = principal([GrantRole.FEDERATION_ADMIN]);

describe('resolveTenantScope', () => {
  it.each([
    ['anonymous, no society', undefined, undefined, undefined, { societyIds: [], federation: false, crossTenant: false }],
    ['anonymous, a society', undefined, 'CSEE', CSEE, { societyIds: [CSEE.id], federation: false, crossTenant: false }],
    ['anonymous, a suspended society (public pages stay readable)', undefined, 'CSEE', SUSPENDED, { societyIds: [CSEE.id], federation: false, crossTenant: false }],
    ['staff in own society', staffCsee, 'CSEE', CSEE, { societyIds: [CSEE.id], federation: false, crossTenant: false, roles: [GrantRole.SOCIETY_STAFF] }],
    ['staff, no society', staffCsee, undefined, undefined, { societyIds: [], federation: false, crossTenant: false }],
    ['federation, no society: across tenants', fedAdmin, undefined, undefined, { societyIds: [], federation: true, crossTenant: true }],
    ['federation, one society', fedAdmin, 'CSAE', CSAE, { societyIds: [CSAE.id], federation: true, crossTenant: false }],
    ['federation, a suspended society', fedAdmin, 'CSEE', SUSPENDED, { societyIds: [CSEE.id], federation: true, crossTenant: false }],
  ] as const)('%s', (_case, who, code, society, expected) => {
    const scope = resolveTenantScope(who, code, society);
    expect({ societyIds: scope.societyIds, federation: scope.federation, crossTenant: scope.crossTenant }).toEqual({
      societyIds: expected.societyIds, federation: expected.federation, crossTenant: expected.crossTenant,
    });
    if ('roles' in expected) expect([...scope.roles]).toEqual(expected.roles);
  });

  it.each([
    ['an unknown society code', staffCsee, 'NOPE', null, 'UNKNOWN_SOCIETY'],
    ['a society the principal holds no grant in', staffCsee, 'CSAE', CSAE, 'SOCIETY_ACCESS_DENIED'],
    ['a suspended society, for its own staff', principal([GrantRole.SOCIETY_STAFF, SUSPENDED]), 'CSEE', SUSPENDED, 'SOCIETY_SUSPENDED'],
    ['a society where the principal is only an applicant elsewhere', principal([GrantRole.APPLICANT, CSAE]), 'CSEE', CSEE, 'SOCIETY_ACCESS_DENIED'],
  ] as const)('refuses %s', (_case, who, code, society, errorCode) => {
    expect(() => resolveTenantScope(who, code, society)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: errorCode }) }));
  });
});

describe('requestedSocietyCode', () => {
  it.each([
    [{ society: 'csee' }, undefined, 'CSEE'],
    [{ society: ' CSAE ', host: 'cses.eval.example.cn' }, '.eval.example.cn', 'CSAE'],
    [{ host: 'csee.eval.example.cn' }, '.eval.example.cn', 'CSEE'],
    [{ host: 'CSEE.eval.example.cn:4000' }, 'eval.example.cn', 'CSEE'],
    [{ host: 'eval.example.cn' }, '.eval.example.cn', undefined],
    [{ host: 'a.b.eval.example.cn' }, '.eval.example.cn', undefined],
    [{ host: 'csee.other.cn' }, '.eval.example.cn', undefined],
    [{ host: 'localhost:4000' }, undefined, undefined],
    [{}, undefined, undefined],
  ])('%j with suffix %s → %s', (headers, suffix, expected) => {
    expect(requestedSocietyCode(headers, suffix)).toBe(expected);
  });
});
