import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import {
  AcceptInvitationDocument, AuthorizeSocietyDocument, ExaminersDocument, GrantSocietyRoleDocument, LoginDocument, ReinstateSocietyDocument, SocietiesDocument, SuspendSocietyDocument,
} from '../generated/operations';
import { asOwner, countRows, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let admin: { token: string };
beforeAll(async () => {
  app = await startTestApp();
  admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
});
afterAll(() => app.close());

const societyState = (code: string) =>
  asOwner(app, async (c) => (await c.query('select status, suspension_reason from society where code = $1', [code])).rows[0]);

describe('authorizing a new society', () => {
  it('onboards a tenant as data: society, fields, first staff, first examiner', async () => {
    const created = await app.gql(AuthorizeSocietyDocument, {
      input: { code: 'cis', nameZh: '中国仪器仪表学会', nameEn: 'China Instrument and Control Society', fieldCodes: ['INSTRUMENTATION'] },
    }, { token: admin.token });
    expect(created.errors).toBeUndefined();
    expect(created.data?.authorizeSociety).toMatchObject({ code: 'CIS', status: 'ACTIVE', fields: [{ code: 'INSTRUMENTATION' }] });
    expect((await app.gql(SocietiesDocument)).data?.societies).toHaveLength(15);

    // Every role is an invitation the person accepts; a new person logs in with the initial password to do so.
    const staffInvitation = await app.gql(GrantSocietyRoleDocument, {
      input: { email: 'staff@cis.example', role: 'SOCIETY_STAFF', displayName: '仪表学会秘书', initialPassword: 'first-password-1', examiner: null },
    }, { token: admin.token, society: 'CIS' });
    expect(staffInvitation.errors).toBeUndefined();
    expect(staffInvitation.data?.grantSocietyRole).toMatchObject({ role: 'SOCIETY_STAFF', status: 'PENDING', society: { code: 'CIS' } });
    const staffToken = (await app.gql(LoginDocument, { email: 'staff@cis.example', password: 'first-password-1' })).data!.login.token;
    expect((await app.gql(AcceptInvitationDocument, { id: staffInvitation.data!.grantSocietyRole!.id! }, { token: staffToken })).errors).toBeUndefined();

    const examiner = await app.gql(GrantSocietyRoleDocument, {
      input: {
        email: 'examiner@cis.example', role: 'EXAMINER', displayName: '李考官', initialPassword: 'first-password-2',
        examiner: { grade: 'FORMAL', fieldCode: 'INSTRUMENTATION', specialtyCodes: ['INSTRUMENT_TECHNOLOGY'], employer: '某仪器公司' },
      },
    }, { token: staffToken, society: 'CIS' });
    expect(examiner.errors).toBeUndefined();
    expect(examiner.data?.grantSocietyRole?.examiner).toEqual({
      grade: 'FORMAL', employer: '某仪器公司', field: { code: 'INSTRUMENTATION' }, specialties: [{ code: 'INSTRUMENT_TECHNOLOGY' }],
    });
    expect((await app.gql(ExaminersDocument, { first: 5 }, { token: staffToken, society: 'CIS' })).data?.examiners?.edges).toEqual([]);
    const examinerToken = (await app.gql(LoginDocument, { email: 'examiner@cis.example', password: 'first-password-2' })).data!.login.token;
    expect((await app.gql(AcceptInvitationDocument, { id: examiner.data!.grantSocietyRole!.id! }, { token: examinerToken })).errors).toBeUndefined();
    const list = await app.gql(ExaminersDocument, { first: 5 }, { token: staffToken, society: 'CIS' });
    expect(list.data?.examiners?.edges?.map((edge) => edge.node?.displayName)).toEqual(['李考官']);
  });

  it.each([
    ['a duplicate code', { code: 'CSEE', nameZh: '重复', nameEn: 'Duplicate', fieldCodes: ['ELECTRICAL'] }, 'ALREADY_EXISTS', 'input.code'],
    ['a malformed code', { code: 'a b', nameZh: '名称', nameEn: 'Name', fieldCodes: ['ELECTRICAL'] }, 'BAD_USER_INPUT', 'input.code'],
    ['an unknown field', { code: 'NEWSOC', nameZh: '名称', nameEn: 'Name', fieldCodes: ['SPACE'] }, 'BAD_USER_INPUT', 'input.fieldCodes'],
    ['no field', { code: 'NEWSOC', nameZh: '名称', nameEn: 'Name', fieldCodes: [] }, 'BAD_USER_INPUT', 'input.fieldCodes'],
    ['an empty name', { code: 'NEWSOC', nameZh: ' ', nameEn: 'Name', fieldCodes: ['COMPUTING'] }, 'BAD_USER_INPUT', 'input.nameZh'],
  ])('refuses %s and changes nothing', async (_case, input, code, field) => {
    const before = [await countRows(app, 'society'), await countRows(app, 'society_field')];
    const result = await app.gql(AuthorizeSocietyDocument, { input }, { token: admin.token });
    expect(result.errors?.[0].extensions).toMatchObject({ code, field });
    expect([await countRows(app, 'society'), await countRows(app, 'society_field')]).toEqual(before);
  });

  it('lets only federation admins authorize', async () => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
    const committee = await loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE });
    for (const [token, society] of [[staff.token, 'CSEE'], [committee.token, undefined], [undefined, undefined]] as const) {
      const before = await countRows(app, 'society');
      const result = await app.gql(AuthorizeSocietyDocument, { input: { code: 'ROGUE', nameZh: '流氓', nameEn: 'Rogue', fieldCodes: ['CIVIL'] } }, { token, society });
      // Signed in without the right: FORBIDDEN; anonymous: told to log in.
      expect(result.errors?.[0].extensions?.code).toBe(token ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      expect(await countRows(app, 'society')).toBe(before);
    }
  });
});

describe('suspending a society', () => {
  it("stops the society's staff, keeps the federation in, and lifts on reinstatement", async () => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CHSLA' });
    expect((await app.gql(ExaminersDocument, { first: 5 }, { token: staff.token, society: 'CHSLA' })).errors).toBeUndefined();

    const suspended = await app.gql(SuspendSocietyDocument, { code: 'CHSLA', reason: '年度评估未通过' }, { token: admin.token });
    expect(suspended.data?.suspendSociety).toMatchObject({ code: 'CHSLA', status: 'SUSPENDED' });
    expect(await societyState('CHSLA')).toEqual({ status: 'SUSPENDED', suspension_reason: '年度评估未通过' });

    const refused = await app.gql(ExaminersDocument, { first: 5 }, { token: staff.token, society: 'CHSLA' });
    expect(refused.errors?.[0].extensions?.code).toBe('SOCIETY_SUSPENDED');
    const grantRefused = await app.gql(GrantSocietyRoleDocument, {
      input: { email: 'x@chsla.example', role: 'EXAMINER', displayName: '某', initialPassword: 'initial-secret-42',
        examiner: { grade: 'TRAINEE', fieldCode: 'LANDSCAPE', specialtyCodes: ['OTHER'], employer: '某院' } },
    }, { token: staff.token, society: 'CHSLA' });
    expect(grantRefused.errors?.[0].extensions?.code).toBe('SOCIETY_SUSPENDED');
    expect(await countRows(app, 'account', 'email = $1', ['x@chsla.example'])).toBe(0);
    expect((await app.gql(ExaminersDocument, { first: 5 }, { token: admin.token, society: 'CHSLA' })).errors).toBeUndefined();

    const again = await app.gql(SuspendSocietyDocument, { code: 'CHSLA', reason: '再次' }, { token: admin.token });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', field: 'code' });
    expect(await societyState('CHSLA')).toEqual({ status: 'SUSPENDED', suspension_reason: '年度评估未通过' });

    expect((await app.gql(ReinstateSocietyDocument, { code: 'CHSLA' }, { token: admin.token })).data?.reinstateSociety?.status).toBe('ACTIVE');
    expect((await app.gql(ExaminersDocument, { first: 5 }, { token: staff.token, society: 'CHSLA' })).errors).toBeUndefined();
  });

  it('refuses a suspension by society staff, an unknown code and a missing reason', async () => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'GSC' });
    expect((await app.gql(SuspendSocietyDocument, { code: 'GSC', reason: '自我暂停' }, { token: staff.token, society: 'GSC' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(SuspendSocietyDocument, { code: 'NOPE', reason: '原因' }, { token: admin.token })).errors?.[0].extensions).toMatchObject({ code: 'UNKNOWN_SOCIETY', field: 'code' });
    expect((await app.gql(SuspendSocietyDocument, { code: 'GSC', reason: '  ' }, { token: admin.token })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await societyState('GSC')).toEqual({ status: 'ACTIVE', suspension_reason: null });
  });
});

describe('granting roles in a society', () => {
  const examinerInput = (overrides: Record<string, unknown> = {}) => ({
    email: `exam${Math.random().toString(36).slice(2)}@example.test`, role: 'EXAMINER' as const, displayName: '张考官', initialPassword: 'initial-secret-42',
    examiner: { grade: 'TRAINEE' as ExaminerGrade, fieldCode: 'ELECTRICAL', specialtyCodes: ['AUTOMATION'], employer: '某电力公司', ...overrides },
  });

  it.each([
    ['a field the society does not evaluate', { fieldCode: 'AUTOMOTIVE' }, 'input.examiner.fieldCode'],
    ['a specialty of another field', { specialtyCodes: ['STRUCTURAL'] }, 'input.examiner.specialtyCodes'],
    ['no specialty', { specialtyCodes: [] }, 'input.examiner.specialtyCodes'],
    ['no employer', { employer: ' ' }, 'input.examiner.employer'],
  ])('refuses an examiner with %s', async (_case, overrides, field) => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
    const before = [await countRows(app, 'account'), await countRows(app, 'role_grant'), await countRows(app, 'society_invitation')];
    const result = await app.gql(GrantSocietyRoleDocument, { input: examinerInput(overrides) }, { token: staff.token, society: 'CSEE' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect([await countRows(app, 'account'), await countRows(app, 'role_grant'), await countRows(app, 'society_invitation')]).toEqual(before);
  });

  it('lets staff invite examiners but not staff, and refuses a second open invitation', async () => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CES' });
    const asStaff = { token: staff.token, society: 'CES' };
    const staffMaking = await app.gql(GrantSocietyRoleDocument, { input: { email: 'peer@example.test', role: 'SOCIETY_STAFF', displayName: '同事', initialPassword: 'initial-secret-42', examiner: null } }, asStaff);
    expect(staffMaking.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const input = examinerInput();
    expect((await app.gql(GrantSocietyRoleDocument, { input }, asStaff)).errors).toBeUndefined();
    const before = [await countRows(app, 'society_invitation'), await countRows(app, 'role_grant')];
    const duplicate = await app.gql(GrantSocietyRoleDocument, { input }, asStaff);
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'ALREADY_EXISTS', field: 'input.email' });
    expect([await countRows(app, 'society_invitation'), await countRows(app, 'role_grant')]).toEqual(before);
  });
});
