import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import {
  CurrentScopeDocument, DisableAccountDocument, EnableAccountDocument, ExaminersDocument, LoginDocument, MeDocument, RevokeSocietyRoleDocument,
} from '../generated/operations';
import { asOwner, countRows, errorOf, examinerOf, FACTORY_PASSWORD, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let federationAdmin: { token: string; id: string; email: string };
beforeAll(async () => {
  app = await startTestApp();
  federationAdmin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
});
afterAll(() => app.close());

const inSociety = (who: { token: string }, society = 'CSEE') => ({ token: who.token, society });

/** The active grants of an account as role@society, read as the owner. */
const activeGrants = (accountId: string) =>
  asOwner(app, async (c) => (await c.query(
    `select g.role::text || '@' || coalesce(s.code, '-') as g from role_grant g left join society s on s.id = g.society_id
     where g.account_id = $1 and g.revoked_at is null order by 1`, [accountId],
  )).rows.map((row) => row.g as string));

/** Everything a refused revocation or status change must leave as it was. */
const footprint = async () => ({
  revoked: await countRows(app, 'role_grant', 'revoked_at is not null'),
  disabled: await countRows(app, 'account', `status = 'DISABLED'`),
  history: await countRows(app, 'account_status_change'),
  ended: await countRows(app, 'assignment', 'removed_at is not null'),
});

describe('revokeSocietyRole', () => {
  it('lets a federation admin revoke a staff grant, with the reason and the revoker kept, from the next request on', async () => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' }, { role: GrantRole.APPLICANT, society: 'CSEE' });
    expect((await app.gql(ExaminersDocument, { first: 5 }, inSociety(staff))).errors).toBeUndefined();
    const result = await app.gql(RevokeSocietyRoleDocument, { input: { email: staff.email.toUpperCase(), role: 'SOCIETY_STAFF', reason: '调离学会秘书处' } }, inSociety(federationAdmin));
    expect(result.errors).toBeUndefined();
    expect(result.data?.revokeSocietyRole).toBe(true);
    expect(await activeGrants(staff.id)).toEqual(['APPLICANT@CSEE']);
    const [row] = await asOwner(app, async (c) => (await c.query(
      `select revocation_reason, revoked_by_id from role_grant where account_id = $1 and role = 'SOCIETY_STAFF'`, [staff.id])).rows);
    expect(row).toEqual({ revocation_reason: '调离学会秘书处', revoked_by_id: federationAdmin.id });
    // The same token, next request: staff no more (the principal is read afresh, whatever this process remembered).
    expect(errorOf(await app.gql(ExaminersDocument, { first: 5 }, inSociety(staff)))?.code).toBe('FORBIDDEN');
    expect(must(await app.gql(CurrentScopeDocument, undefined, inSociety(staff))).currentScope.roles).toEqual(['APPLICANT']);
  });

  it("lets society staff revoke their own society's examiners (ending their assignments, as revokeExaminer does), not staff", async () => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
    const colleague = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
    const examiner = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL));
    const before = await footprint();
    const refused = await app.gql(RevokeSocietyRoleDocument, { input: { email: colleague.email, role: 'SOCIETY_STAFF', reason: '越权' } }, inSociety(staff));
    expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
    must(await app.gql(RevokeSocietyRoleDocument, { input: { email: examiner.email, role: 'EXAMINER', reason: '不再担任考官' } }, inSociety(staff)));
    expect(await activeGrants(examiner.id)).toEqual([]);
    expect(await activeGrants(colleague.id)).toEqual(['SOCIETY_STAFF@CSEE']);
  });

  it('refuses without changing anything: another society, an unknown email, no such grant, an applicant, no reason, no society', async () => {
    const cesStaff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CES' });
    const examiner = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL));
    const applicant = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
    const before = await footprint();
    const attempt = (input: { email: string; role: 'EXAMINER' | 'SOCIETY_STAFF' | 'APPLICANT'; reason: string }, who: { token: string; society?: string }) =>
      app.gql(RevokeSocietyRoleDocument, { input }, who);
    // Another society's staff: that society has no such grant (its rows are not theirs to name).
    expect(errorOf(await attempt({ email: examiner.email, role: 'EXAMINER', reason: '越权' }, inSociety(cesStaff, 'CES')))).toMatchObject({ code: 'NOT_FOUND', field: 'input.email' });
    // An unknown email and a person without the grant give the same answer.
    expect(errorOf(await attempt({ email: 'nobody@example.test', role: 'EXAMINER', reason: '无此人' }, inSociety(federationAdmin)))).toMatchObject({ code: 'NOT_FOUND', field: 'input.email' });
    expect(errorOf(await attempt({ email: applicant.email, role: 'EXAMINER', reason: '无此授权' }, inSociety(federationAdmin)))).toMatchObject({ code: 'NOT_FOUND', field: 'input.email' });
    // Applicants sign up themselves: nobody revokes that role here.
    expect(errorOf(await attempt({ email: applicant.email, role: 'APPLICANT', reason: '不可' }, inSociety(federationAdmin)))?.code).toBe('FORBIDDEN');
    expect(errorOf(await attempt({ email: examiner.email, role: 'EXAMINER', reason: '  ' }, inSociety(federationAdmin)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(errorOf(await attempt({ email: examiner.email, role: 'EXAMINER', reason: '无学会' }, { token: federationAdmin.token }))?.code).toBe('SOCIETY_REQUIRED');
    expect(errorOf(await attempt({ email: examiner.email, role: 'EXAMINER', reason: '考官本人' }, inSociety(examiner)))?.code).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
    expect(await activeGrants(examiner.id)).toEqual(['EXAMINER@CSEE']);
  });

  it("refuses a person's revoking their own last staff grant of a society (LAST_ADMIN_GRANT, both languages), not their own when another remains", async () => {
    // CHSLA has no staff in this file but this federation admin, who also staffs it.
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN }, { role: GrantRole.SOCIETY_STAFF, society: 'CHSLA' });
    const before = await footprint();
    const refused = await app.gql(RevokeSocietyRoleDocument, { input: { email: admin.email, role: 'SOCIETY_STAFF', reason: '自行撤销' } }, inSociety(admin, 'CHSLA'));
    expect(errorOf(refused)).toMatchObject({ code: 'LAST_ADMIN_GRANT', field: 'input.email' });
    expect(refused.errors?.[0]?.extensions?.messageZh).toContain('学会');
    expect(refused.errors?.[0]?.extensions?.messageEn).toContain('society');
    expect(await footprint()).toEqual(before);
    await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CHSLA' });
    must(await app.gql(RevokeSocietyRoleDocument, { input: { email: admin.email, role: 'SOCIETY_STAFF', reason: '已有他人接任' } }, inSociety(admin, 'CHSLA')));
    expect(await activeGrants(admin.id)).toEqual(['FEDERATION_ADMIN@-']);
  });
});

describe('disableAccount and enableAccount', () => {
  it('stops login and the tokens already issued from the next request, and gives everything back on enabling', async () => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
    must(await app.gql(MeDocument, {}, { token: staff.token }));
    must(await app.gql(DisableAccountDocument, { email: staff.email, reason: '离职' }, { token: federationAdmin.token }));
    expect(errorOf(await app.gql(MeDocument, {}, { token: staff.token }))?.code).toBe('ACCOUNT_DISABLED');
    expect(errorOf(await app.gql(ExaminersDocument, { first: 5 }, inSociety(staff)))?.code).toBe('ACCOUNT_DISABLED');
    // Logging in: the same answer as a wrong password.
    expect(errorOf(await app.gql(LoginDocument, { email: staff.email, password: FACTORY_PASSWORD }))?.code).toBe('INVALID_CREDENTIALS');
    must(await app.gql(EnableAccountDocument, { email: staff.email, reason: '返聘' }, { token: federationAdmin.token }));
    expect(must(await app.gql(MeDocument, {}, { token: staff.token })).me?.email).toBe(staff.email);
    expect((await app.gql(ExaminersDocument, { first: 5 }, inSociety(staff))).errors).toBeUndefined();
    expect(must(await app.gql(LoginDocument, { email: staff.email, password: FACTORY_PASSWORD })).login.token).toEqual(expect.any(String));
    const history = await asOwner(app, async (c) => (await c.query(
      `select status::text, reason, changed_by_id from account_status_change where account_id = $1 order by changed_at, status desc`, [staff.id])).rows);
    expect(history).toEqual([
      { status: 'DISABLED', reason: '离职', changed_by_id: federationAdmin.id },
      { status: 'ACTIVE', reason: '返聘', changed_by_id: federationAdmin.id },
    ]);
  });

  it('refuses without changing anything: society staff, oneself, twice, an unknown email, no reason', async () => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
    const applicant = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
    const before = await footprint();
    // Accounts are global: a society's staff take their own society's grants away instead.
    expect(errorOf(await app.gql(DisableAccountDocument, { email: applicant.email, reason: '违规' }, inSociety(staff)))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(DisableAccountDocument, { email: federationAdmin.email, reason: '自行停用' }, { token: federationAdmin.token }))).toMatchObject({ code: 'OWN_ACCOUNT', field: 'email' });
    expect(errorOf(await app.gql(EnableAccountDocument, { email: applicant.email, reason: '未停用' }, { token: federationAdmin.token }))).toMatchObject({ code: 'INVALID_TRANSITION', field: 'email' });
    expect(errorOf(await app.gql(DisableAccountDocument, { email: 'nobody@example.test', reason: '无此人' }, { token: federationAdmin.token }))).toMatchObject({ code: 'NOT_FOUND', field: 'email' });
    // The system actor (scheduled jobs' account) is no person: it cannot be enabled.
    expect(errorOf(await app.gql(EnableAccountDocument, { email: 'system@ece.invalid', reason: '启用' }, { token: federationAdmin.token }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(DisableAccountDocument, { email: applicant.email, reason: '' }, { token: federationAdmin.token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await footprint()).toEqual(before);
    must(await app.gql(MeDocument, {}, { token: applicant.token }));
  });
});

/** The data of a response that must have succeeded. */
function must<T>(result: { data?: T | null; errors?: ReadonlyArray<unknown> }): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}
