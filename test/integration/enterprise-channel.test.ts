import { createHash } from 'node:crypto';
import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import { CODE_ENTROPY_BITS } from '../../src/enterprise/recommendation-code-format';
import {
  AcceptInvitationDocument, AppointEnterpriseAdminDocument, AppointEnterpriseRecommenderDocument, MyInvitationsDocument, RevokeEnterpriseRoleDocument, AssignRecommendationCodesDocument, EnterpriseRecommendeesDocument,
  LoginDocument, MyEnterpriseDocument, MyPreApplicationsDocument, OpenApplicationRoundDocument, OpenRecommendationRightsDocument,
  PreApplicationsDocument, RecommendationCodesDocument, RecommendingUnitFormDocument, ApplicationRoundsReportDocument, AssignMaterialReviewersDocument, RecommendeeDossierProbeDocument, RecordExpertConsultationDocument,
  RedeemRecommendationCodeDocument, RegisterEnterpriseDocument, RequestExpertConsultationDocument, RevokeRecommendationCodeDocument,
  ScreenPreApplicationDocument, SetEnterpriseChannelSettingsDocument, StartApplicationDocument, SubmitPreApplicationDocument,
  SubmitRecommendingUnitFormDocument, WithdrawRecommendationRightDocument,
  type RecommendedEngineerInput, type RecommendingUnitFormInput,
} from '../generated/operations';
import { acceptThroughInitialReview, completeDossier } from '../helpers/dossier';
import { asOwner, countRows, createAccount, errorOf, examinerGrantId, loggedIn } from '../helpers/factories';
import { must } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let now = new Date('2026-03-25T02:00:00Z');
const ELECTRICAL = { fieldCode: 'ELECTRICAL', specialtyCode: 'POWER_SYSTEM_AUTOMATION', gradeCode: 'PROFESSIONAL' };

const FORM: RecommendingUnitFormInput = {
  contactName: '孙丽',
  contactPhone: '13700000000',
  engineersPerBatch: 20,
  overseasProjects: [{
    name: '缅甸皎漂电站', countryOrRegion: '缅甸', type: 'CONTRACTING', status: 'UNDER_CONSTRUCTION',
    chineseEngineersAbroad: 40, foreignEngineersHired: 120, meetingProfessionalBasics: 25,
  }],
  plannedProjects: [{ name: '新加坡储能项目', countryOrRegion: '新加坡' }],
  sentToSocietyCodes: ['CSEE', 'CES'],
};

/** The credit code (统一社会信用代码) the first enterprise is registered with. */
const POWER_CHINA_CREDIT_CODE = '91110000717825966F';

function engineer(name: string, overrides: Partial<RecommendedEngineerInput> = {}): RecommendedEngineerInput {
  return {
    name, contact: '13800000000', fieldCode: 'ELECTRICAL', currentLocation: '缅甸', gradeCode: 'PROFESSIONAL',
    experienceSummary: '曾参与缅甸皎漂电站项目，负责电气设计与调试。', overseasProject: '缅甸皎漂电站', ...overrides,
  };
}

/** Logs in an account the API itself created (an appointment), with the password it was given. */
async function login(email: string, password: string): Promise<string> {
  return must(await app.gql(LoginDocument, { email, password })).login!.token!;
}

/** The appointed person logs in and accepts the appointment's invitation (their own, from myInvitations). */
async function acceptAppointment(email: string, password: string, invitationId: string): Promise<{ token: string; accountId: string }> {
  const login = must(await app.gql(LoginDocument, { email, password })).login!;
  const mine = must(await app.gql(MyInvitationsDocument, {}, { token: login.token })).myInvitations!;
  // The invitee cannot read the enterprise yet: the invitation names it.
  expect(mine).toContainEqual(expect.objectContaining({ id: invitationId, status: 'PENDING', enterpriseName: expect.stringMatching(/有限公司$/) }));
  const accepted = must(await app.gql(AcceptInvitationDocument, { id: invitationId }, { token: login.token })).acceptInvitation!;
  expect(accepted.status).toBe('ACCEPTED');
  return { token: login.token, accountId: login.account!.id! };
}

interface EnterpriseSetup { id: string; adminToken: string; recommenderToken: string; recommenderId: string }

let staff: { token: string; id: string };
let cesStaff: { token: string };
let federationAdmin: { token: string };
let committee: { token: string };
let powerChina: EnterpriseSetup;
let otherEnterprise: EnterpriseSetup;

async function enterprise(name: string, by: { token: string; society?: string }, suffix: string, creditCode?: string): Promise<EnterpriseSetup> {
  const id = must(await app.gql(RegisterEnterpriseDocument, { name, creditCode }, by)).registerEnterprise!.id!;
  const password = 'Enterprise-Admin-2026!';
  const adminEmail = `admin.${suffix}@enterprise.test`;
  const adminInvitation = must(await app.gql(AppointEnterpriseAdminDocument, { input: { enterpriseId: id, email: adminEmail, displayName: `管理员${suffix}`, initialPassword: password } }, by)).appointEnterpriseAdmin!;
  const admin = await acceptAppointment(adminEmail, password, adminInvitation.id!);
  const recommenderEmail = `recommender.${suffix}@enterprise.test`;
  const invitation = must(await app.gql(AppointEnterpriseRecommenderDocument, { input: { email: recommenderEmail, displayName: `推荐专员${suffix}`, initialPassword: password } }, { token: admin.token })).appointEnterpriseRecommender!;
  const recommender = await acceptAppointment(recommenderEmail, password, invitation.id!);
  return { id, adminToken: admin.token, recommenderToken: recommender.token, recommenderId: recommender.accountId };
}

beforeAll(async () => {
  app = await startTestApp({ RATE_LIMIT_REDEEM_ACCOUNT: '6/3600' }, { clock: () => now });
  staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
  cesStaff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CES' });
  federationAdmin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
  committee = await loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE });
  powerChina = await enterprise('中国电力建设集团有限公司', { token: staff.token, society: 'CSEE' }, 'pc', POWER_CHINA_CREDIT_CODE);
  otherEnterprise = await enterprise('中国能源建设集团有限公司', { token: federationAdmin.token }, 'ce');
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('enterprises as principals of their own scope', () => {
  it('is appointed through the enterprise scope: the admin appoints recommenders of its own enterprise only', async () => {
    const grants = await asOwner(app, async (client) => (await client.query(
      `select role::text, enterprise_id, society_id from role_grant where enterprise_id = $1 order by role`, [powerChina.id],
    )).rows);
    expect(grants).toEqual([
      { role: 'ENTERPRISE_RECOMMENDER', enterprise_id: powerChina.id, society_id: null },
      { role: 'ENTERPRISE_ADMIN', enterprise_id: powerChina.id, society_id: null },
    ].sort((a, b) => a.role.localeCompare(b.role)));
    // A recommender is not an admin: it appoints nobody, and nothing is created.
    const before = await countRows(app, 'role_grant');
    const refused = await app.gql(AppointEnterpriseRecommenderDocument, { input: { email: 'x@enterprise.test', displayName: '某某', initialPassword: 'Enterprise-Admin-2026!' } }, { token: powerChina.recommenderToken });
    expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    expect(await countRows(app, 'role_grant')).toBe(before);
  });

  it('appoints by invitation: the same answer whether or not the email has an account, and no grant until accepted', async () => {
    const existing = await createAccount(app, { displayName: '已有账号的人' });
    const before = await countRows(app, 'role_grant');
    const appoint = (email: string) => app.gql(AppointEnterpriseRecommenderDocument, { input: { email, displayName: '新推荐专员', initialPassword: 'Enterprise-Recommender-2026!' } }, { token: powerChina.adminToken });
    const known = must(await appoint(existing.email)).appointEnterpriseRecommender!;
    const unknown = must(await appoint('newcomer.pc@enterprise.test')).appointEnterpriseRecommender!;
    // Field for field the same kind of answer: nothing says which email had an account.
    const shape = (invitation: typeof known) => ({ ...invitation, id: typeof invitation.id, email: typeof invitation.email, createdAt: typeof invitation.createdAt, expiresAt: typeof invitation.expiresAt });
    expect(shape(known)).toEqual(shape(unknown));
    expect(known).toMatchObject({ role: 'ENTERPRISE_RECOMMENDER', status: 'PENDING', enterpriseId: powerChina.id, enterpriseName: '中国电力建设集团有限公司', society: null, answeredAt: null });
    expect(await countRows(app, 'role_grant')).toBe(before);
    // The existing person keeps their own password; the initial one opens nothing for them.
    expect(errorOf(await app.gql(LoginDocument, { email: existing.email, password: 'Enterprise-Recommender-2026!' }))?.code).toBe('INVALID_CREDENTIALS');
    // Appointing the same person again while the invitation is open: refused, nothing added.
    const invitations = await countRows(app, 'society_invitation');
    expect(errorOf(await appoint(existing.email))).toMatchObject({ code: 'ALREADY_EXISTS', field: 'input.email' });
    expect(await countRows(app, 'society_invitation')).toBe(invitations);
    // Accepting makes the grant, and the enterprise scope with it.
    const accepted = await acceptAppointment(existing.email, existing.password, known.id!);
    expect(must(await app.gql(MyEnterpriseDocument, {}, { token: accepted.token })).myEnterprise!.enterprise!.id).toBe(powerChina.id);
    expect(await countRows(app, 'role_grant')).toBe(before + 1);
  });

  it("lets the admin revoke its own enterprise's recommenders, and society staff an enterprise's admin; refusals change nothing", async () => {
    const password = 'Enterprise-Recommender-2026!';
    const email = 'leaving.pc@enterprise.test';
    const invitation = must(await app.gql(AppointEnterpriseRecommenderDocument, { input: { email, displayName: '将离职专员', initialPassword: password } }, { token: powerChina.adminToken })).appointEnterpriseRecommender!;
    const leaving = await acceptAppointment(email, password, invitation.id!);
    must(await app.gql(MyEnterpriseDocument, {}, { token: leaving.token }));
    const revoked = () => countRows(app, 'role_grant', 'revoked_at is not null');
    const before = await revoked();
    const revoke = (input: { email: string; role: 'ENTERPRISE_RECOMMENDER' | 'ENTERPRISE_ADMIN'; reason: string; enterpriseId?: string }, by: { token: string; society?: string }) =>
      app.gql(RevokeEnterpriseRoleDocument, { input }, by);
    // A recommender is no admin; another enterprise's admin does not find this one's recommender.
    expect(errorOf(await revoke({ email, role: 'ENTERPRISE_RECOMMENDER', reason: '越权' }, { token: powerChina.recommenderToken }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await revoke({ email, role: 'ENTERPRISE_RECOMMENDER', reason: '越权' }, { token: otherEnterprise.adminToken }))).toMatchObject({ code: 'NOT_FOUND', field: 'input.email' });
    // Society staff appoint admins, not recommenders: they revoke admins only.
    expect(errorOf(await revoke({ email, role: 'ENTERPRISE_RECOMMENDER', reason: '越权' }, { token: staff.token, society: 'CSEE' }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await revoke({ email, role: 'ENTERPRISE_RECOMMENDER', reason: ' ' }, { token: powerChina.adminToken }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await revoked()).toBe(before);
    must(await revoke({ email, role: 'ENTERPRISE_RECOMMENDER', reason: '离职' }, { token: powerChina.adminToken }));
    expect(await revoked()).toBe(before + 1);
    // The same token, next request: no enterprise scope any more.
    expect(errorOf(await app.gql(MyEnterpriseDocument, {}, { token: leaving.token }))?.code).toBe('FORBIDDEN');

    // An enterprise's admin, revoked by the society staff who may appoint one.
    const third = await enterprise('中国交通建设股份有限公司', { token: staff.token, society: 'CSEE' }, 'cc');
    const adminEmail = 'admin.cc@enterprise.test';
    expect(errorOf(await revoke({ email: adminEmail, role: 'ENTERPRISE_ADMIN', reason: '越权' }, { token: powerChina.adminToken }))?.code).toBe('FORBIDDEN');
    must(await revoke({ email: adminEmail, role: 'ENTERPRISE_ADMIN', reason: '更换管理员', enterpriseId: third.id }, { token: staff.token, society: 'CSEE' }));
    expect(errorOf(await app.gql(AppointEnterpriseRecommenderDocument, { input: { email: 'x.cc@enterprise.test', displayName: '某某', initialPassword: password } }, { token: third.adminToken }))?.code).toBe('FORBIDDEN');
  });

  it('refuses a form with every bad field at once, in both languages, and stores nothing', async () => {
    const bad: RecommendingUnitFormInput = {
      contactName: ' ', contactPhone: '12345', engineersPerBatch: 0,
      overseasProjects: [{ ...FORM.overseasProjects[0], countryOrRegion: '', meetingProfessionalBasics: 41 }],
      plannedProjects: [{ name: null, countryOrRegion: null }],
    };
    const result = await app.gql(SubmitRecommendingUnitFormDocument, { input: bad }, { token: powerChina.recommenderToken, language: 'zh-CN,en;q=0.5' });
    expect(errorOf(result)?.code).toBe('RECOMMENDING_UNIT_FORM_INVALID');
    const issues = errorOf(result)?.issues as Array<{ field: string; messageZh: string; messageEn: string }>;
    expect(issues.map((issue) => issue.field)).toEqual([
      'input.contactName', 'input.contactPhone', 'input.engineersPerBatch', 'input.overseasProjects[0].countryOrRegion',
      'input.overseasProjects[0].meetingProfessionalBasics', 'input.plannedProjects[0]',
    ]);
    expect(issues.every((issue) => issue.messageZh && issue.messageEn)).toBe(true);
    expect(await countRows(app, 'recommending_unit_form')).toBe(0);
  });

  it('files the form; the society reviews it and opens rights for its own fields only', async () => {
    // The second enterprise sends its form to CSEE only.
    for (const [setup, sentTo] of [[powerChina, ['CSEE', 'CES']], [otherEnterprise, ['CSEE']]] as const) {
      const filed = must(await app.gql(SubmitRecommendingUnitFormDocument, { input: { ...FORM, sentToSocietyCodes: [...sentTo] } }, { token: setup.recommenderToken })).submitRecommendingUnitForm!;
      expect(filed.overseasProjects![0]).toMatchObject({ type: 'CONTRACTING', status: 'UNDER_CONSTRUCTION', meetingProfessionalBasics: 25 });
      expect(filed.sentToSocietyCodes).toEqual([...sentTo].sort());
    }
    const notOurs = await app.gql(OpenRecommendationRightsDocument, { enterpriseId: powerChina.id, fieldCodes: ['CIVIL'] }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(notOurs)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fieldCodes' });
    const opened = must(await app.gql(OpenRecommendationRightsDocument, { enterpriseId: powerChina.id, fieldCodes: ['ELECTRICAL'] }, { token: staff.token, society: 'CSEE' })).openRecommendationRights!;
    expect(opened.map((right) => [right.societyCode, right.fieldCode])).toEqual([['CSEE', 'ELECTRICAL']]);
    must(await app.gql(OpenRecommendationRightsDocument, { enterpriseId: otherEnterprise.id, fieldCodes: ['ELECTRICAL'] }, { token: staff.token, society: 'CSEE' }));
    const overview = must(await app.gql(MyEnterpriseDocument, {}, { token: powerChina.recommenderToken })).myEnterprise!;
    expect(overview.enterprise!.id).toBe(powerChina.id);
    expect(overview.recommendationRights!.map((right) => right.fieldCode)).toEqual(['ELECTRICAL']);
  });

  it('refuses a form beyond the society batch limit when the society reviews it', async () => {
    must(await app.gql(SetEnterpriseChannelSettingsDocument, { batchLimit: 10, codeValidDays: 60 }, { token: federationAdmin.token, society: 'CES' }));
    const before = await countRows(app, 'recommendation_right');
    const result = await app.gql(OpenRecommendationRightsDocument, { enterpriseId: powerChina.id, fieldCodes: ['ELECTRICAL'] }, { token: cesStaff.token, society: 'CES' });
    expect(errorOf(result)).toMatchObject({ code: 'ENTERPRISE_BATCH_LIMIT_EXCEEDED', params: { limit: 10, count: 20 } });
    expect(await countRows(app, 'recommendation_right')).toBe(before);
  });
});

describe('who reads a recommending-unit form', () => {
  it('the staff of the societies it was sent to and the federation; another society learns nothing of it', async () => {
    const csee = must(await app.gql(RecommendingUnitFormDocument, { enterpriseId: otherEnterprise.id }, { token: staff.token, society: 'CSEE' })).recommendingUnitForm!;
    expect(csee).toMatchObject({ contactName: '孙丽', engineersPerBatch: 20, sentToSocietyCodes: ['CSEE'] });
    // The federation sees every society it was sent to; a society's staff only their own.
    expect(must(await app.gql(RecommendingUnitFormDocument, { enterpriseId: powerChina.id }, { token: federationAdmin.token })).recommendingUnitForm!.sentToSocietyCodes).toEqual(['CES', 'CSEE']);
    expect(must(await app.gql(RecommendingUnitFormDocument, { enterpriseId: powerChina.id }, { token: cesStaff.token, society: 'CES' })).recommendingUnitForm!.sentToSocietyCodes).toEqual(['CES']);
    // CES never received the second enterprise's form; CMES neither form: null and NOT_FOUND, as for a form never filed.
    const cmesStaff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CMES' });
    for (const [as, enterpriseId] of [[{ token: cesStaff.token, society: 'CES' }, otherEnterprise.id], [{ token: cmesStaff.token, society: 'CMES' }, powerChina.id]] as const) {
      const refused = await app.gql(RecommendingUnitFormDocument, { enterpriseId }, as);
      expect(refused.data?.recommendingUnitForm).toBeNull();
      expect(errorOf(refused)).toMatchObject({ code: 'NOT_FOUND', field: 'enterpriseId' });
    }
    // Nor can CES open rights on a form it never received: nothing is opened.
    const before = await countRows(app, 'recommendation_right');
    const opened = await app.gql(OpenRecommendationRightsDocument, { enterpriseId: otherEnterprise.id, fieldCodes: ['ELECTRICAL'] }, { token: cesStaff.token, society: 'CES' });
    expect(errorOf(opened)?.code).toBe('RECOMMENDING_UNIT_FORM_MISSING');
    expect(await countRows(app, 'recommendation_right')).toBe(before);
  });

  it('refuses a form sent to an unknown society, storing nothing', async () => {
    const before = await asOwner(app, async (client) => (await client.query(`select version from recommending_unit_form where enterprise_id = $1`, [powerChina.id])).rows);
    const recipients = await countRows(app, 'recommending_unit_form_recipient');
    const refused = await app.gql(SubmitRecommendingUnitFormDocument, { input: { ...FORM, contactName: '改名', sentToSocietyCodes: ['CSEE', 'NOPE'] } }, { token: powerChina.recommenderToken });
    expect(errorOf(refused)).toMatchObject({ code: 'UNKNOWN_SOCIETY', field: 'input.sentToSocietyCodes[1]' });
    expect(await asOwner(app, async (client) => (await client.query(`select version from recommending_unit_form where enterprise_id = $1`, [powerChina.id])).rows)).toEqual(before);
    expect(await countRows(app, 'recommending_unit_form', 'contact_name = $1', ['改名'])).toBe(0);
    expect(await countRows(app, 'recommending_unit_form_recipient')).toBe(recipients);
  });
});

describe('recommendation codes', () => {
  let codes: Array<{ id: string; code: string }>;
  let engineerToken: string;
  let engineerId: string;

  it('refuses a batch beyond the society limit, and a field without a right, changing nothing', async () => {
    must(await app.gql(SetEnterpriseChannelSettingsDocument, { batchLimit: 2, codeValidDays: 60 }, { token: federationAdmin.token, society: 'CSEE' }));
    const over = await app.gql(AssignRecommendationCodesDocument, { input: { societyCode: 'CSEE', engineers: [engineer('甲'), engineer('乙'), engineer('丙')] } }, { token: powerChina.recommenderToken });
    expect(errorOf(over)).toMatchObject({ code: 'ENTERPRISE_BATCH_LIMIT_EXCEEDED', field: 'input.engineers', params: { limit: 2, count: 3 } });
    const noRight = await app.gql(AssignRecommendationCodesDocument, { input: { societyCode: 'CES', engineers: [engineer('甲')] } }, { token: powerChina.recommenderToken });
    expect(errorOf(noRight)?.code).toBe('RECOMMENDATION_RIGHT_MISSING');
    const tooLong = await app.gql(AssignRecommendationCodesDocument, {
      input: { societyCode: 'CSEE', engineers: [engineer('甲', { experienceSummary: '经'.repeat(301), overseasProject: '不存在的项目' })] },
    }, { token: powerChina.recommenderToken });
    expect(errorOf(tooLong)?.code).toBe('BAD_USER_INPUT');
    expect((errorOf(tooLong)?.issues as Array<{ field: string }>).map((issue) => issue.field)).toEqual(['input.engineers[0].experienceSummary', 'input.engineers[0].overseasProject']);
    expect(await countRows(app, 'recommendation_code')).toBe(0);
    must(await app.gql(SetEnterpriseChannelSettingsDocument, { batchLimit: 50, codeValidDays: 60 }, { token: federationAdmin.token, society: 'CSEE' }));
  });

  it('assigns unguessable codes, stored only as SHA-256 digests', async () => {
    const batch = must(await app.gql(AssignRecommendationCodesDocument, {
      input: { societyCode: 'CSEE', engineers: ['张三', '李四', '王五', '赵六'].map((name) => engineer(name)) },
    }, { token: powerChina.recommenderToken })).assignRecommendationCodes!;
    codes = batch.codes!.map((code) => ({ id: code.id!, code: code.code! }));
    expect(CODE_ENTROPY_BITS).toBeGreaterThanOrEqual(80);
    for (const { code } of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    expect(new Set(codes.map((code) => code.code)).size).toBe(4);
    const stored = await asOwner(app, async (client) => (await client.query(`select id, code_digest from recommendation_code`)).rows as Array<{ id: string; code_digest: string }>);
    for (const { id, code } of codes) {
      expect(stored.find((row) => row.id === id)!.code_digest).toBe(createHash('sha256').update(code.replace(/-/g, '')).digest('hex'));
    }
    const dump = await asOwner(app, async (client) => JSON.stringify((await client.query(`select * from recommendation_code`)).rows));
    for (const { code } of codes) expect(dump).not.toContain(code.replace(/-/g, ''));
    // Never readable back: the list shows no code.
    const listed = must(await app.gql(RecommendationCodesDocument, { first: 10 }, { token: powerChina.recommenderToken })).recommendationCodes!;
    expect(listed.edges!.map((edge) => edge.node!.code)).toEqual([null, null, null, null]);
    expect(listed.edges!.every((edge) => edge.node!.status === 'ACTIVE')).toBe(true);
    const engineerAccount = await createAccount(app);
    engineerToken = await engineerAccount.login();
    engineerId = engineerAccount.id;
  });

  it('refuses guesses, another enterprise\'s code, revoked and expired codes, each with its code, leaving nothing behind', async () => {
    const snapshot = async () => [await countRows(app, 'pre_application'), await countRows(app, 'recommendation_code', 'redeemed_at is not null')];
    const before = await snapshot();
    const as = { token: engineerToken };
    expect(errorOf(await app.gql(RedeemRecommendationCodeDocument, { code: 'ABCDE-FGHJK-MNPQR-STVWX' }, as))?.code).toBe('RECOMMENDATION_CODE_UNKNOWN');
    expect(errorOf(await app.gql(RedeemRecommendationCodeDocument, { code: codes[0].code, enterpriseId: otherEnterprise.id }, as))?.code).toBe('RECOMMENDATION_CODE_OTHER_ENTERPRISE');
    // Another enterprise cannot revoke it: it is not found there.
    expect(errorOf(await app.gql(RevokeRecommendationCodeDocument, { codeId: codes[3].id }, { token: otherEnterprise.recommenderToken }))?.code).toBe('NOT_FOUND');
    must(await app.gql(RevokeRecommendationCodeDocument, { codeId: codes[3].id }, { token: powerChina.recommenderToken }));
    expect(errorOf(await app.gql(RedeemRecommendationCodeDocument, { code: codes[3].code }, as))?.code).toBe('RECOMMENDATION_CODE_REVOKED');
    const today = now;
    now = new Date(today.getTime() + 61 * 86_400_000);
    expect(errorOf(await app.gql(RedeemRecommendationCodeDocument, { code: codes[2].code }, as))?.code).toBe('RECOMMENDATION_CODE_EXPIRED');
    now = today;
    expect(await snapshot()).toEqual(before);
  });

  it('redeems a code once: the pre-application is bound to the enterprise; a second use is refused', async () => {
    const preApplication = must(await app.gql(RedeemRecommendationCodeDocument, { code: codes[0].code.toLowerCase(), enterpriseId: powerChina.id }, { token: engineerToken })).redeemRecommendationCode!;
    expect(preApplication).toMatchObject({ channel: 'ENTERPRISE', status: 'SUBMITTED', societyCode: 'CSEE', name: '张三', enterprise: { id: powerChina.id } });
    const second = await createAccount(app);
    const before = await countRows(app, 'pre_application');
    expect(errorOf(await app.gql(RedeemRecommendationCodeDocument, { code: codes[0].code }, { token: await second.login() }))?.code).toBe('RECOMMENDATION_CODE_USED');
    expect(errorOf(await app.gql(RevokeRecommendationCodeDocument, { codeId: codes[0].id }, { token: powerChina.recommenderToken }))?.code).toBe('RECOMMENDATION_CODE_USED');
    expect(await countRows(app, 'pre_application')).toBe(before);
    expect(await countRows(app, 'pre_application', 'applicant_id = $1 and enterprise_id = $2', [engineerId, powerChina.id])).toBe(1);
  });

  it('rate-limits guessing per account', async () => {
    const guesser = await createAccount(app);
    const token = await guesser.login();
    const answers: unknown[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) answers.push(errorOf(await app.gql(RedeemRecommendationCodeDocument, { code: `ABCDE-FGHJK-MNPQR-STVW${attempt}` }, { token }))?.code);
    expect(answers).toEqual([...Array(6).fill('RECOMMENDATION_CODE_UNKNOWN'), 'RATE_LIMITED']);
  });
});

let enterpriseApplicationId: string;
let enterpriseApplicant: string;

describe('pre-applications through both channels to an accepted application, and what the enterprise sees', () => {

  it('the enterprise channel: the committee screens and allocates by field; approval opens the formal application', async () => {
    // An hour after the first recommendee: the list's newest-first order is by time.
    now = new Date(now.getTime() + 3_600_000);
    const person = await createAccount(app);
    const token = await person.login();
    const batch = must(await app.gql(AssignRecommendationCodesDocument, { input: { societyCode: 'CSEE', engineers: [engineer('孙七')] } }, { token: powerChina.recommenderToken })).assignRecommendationCodes!;
    const preApplication = must(await app.gql(RedeemRecommendationCodeDocument, { code: batch.codes![0].code! }, { token })).redeemRecommendationCode!;
    // Without an approved pre-application the enterprise channel stays closed (another applicant of CES).
    const someone = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CES' });
    const closed = await app.gql(StartApplicationDocument, { input: { ...ELECTRICAL, channel: 'ENTERPRISE' } }, { token: someone.token, society: 'CES' });
    expect(errorOf(closed)?.code).toBe('PRE_APPLICATION_REQUIRED');
    // Society staff may not allocate; the committee may.
    const staffAllocates = await app.gql(ScreenPreApplicationDocument, { input: { preApplicationId: preApplication.id!, approve: true, allocateToSocietyCode: 'CES' } }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(staffAllocates)?.code).toBe('FORBIDDEN');
    const screened = must(await app.gql(ScreenPreApplicationDocument, { input: { preApplicationId: preApplication.id!, approve: true, allocateToSocietyCode: 'CES' } }, { token: committee.token })).screenPreApplication!;
    expect(screened).toMatchObject({ status: 'APPROVED', societyCode: 'CES', screenedByFederation: true });
    const again = await app.gql(ScreenPreApplicationDocument, { input: { preApplicationId: preApplication.id!, approve: false, reason: '重复' } }, { token: committee.token });
    expect(errorOf(again)?.code).toBe('PRE_APPLICATION_SCREENED');
    const newToken = await person.login();
    const { id, version } = await completeDossier(app, { token: newToken }, 'CES', ELECTRICAL, 'ENTERPRISE');
    await acceptThroughInitialReview(app, { token: newToken }, cesStaff, id, version, 'CES');
    enterpriseApplicationId = id;
    enterpriseApplicant = person.id;
    // The formal application is a row of the society: the applicant sees it in that society's scope.
    const mine = must(await app.gql(MyPreApplicationsDocument, {}, { token: newToken, society: 'CES' })).myPreApplications!;
    expect(mine[0]).toMatchObject({ id: preApplication.id, applicationId: id });
  }, 60_000);

  it('the society channel: a round on record, refusal with reasons, consultation, approval to acceptance', async () => {
    must(await app.gql(OpenApplicationRoundDocument, { name: '2026 年第一批', closesOn: '2026-04-20' }, { token: staff.token, society: 'CSEE' }));
    const applicant = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
    const as = { token: applicant.token, society: 'CSEE' };
    const input = { fieldCode: 'ELECTRICAL', gradeCode: 'PROFESSIONAL', name: '周八', contact: '13900000000', currentLocation: '北京', experienceSummary: '从事配电自动化十二年。' };
    const refusedOne = must(await app.gql(SubmitPreApplicationDocument, { input }, as)).submitPreApplication!;
    expect(refusedOne).toMatchObject({ channel: 'INDIVIDUAL', round: { name: '2026 年第一批', closesOn: '2026-04-20' } });
    const noReason = await app.gql(ScreenPreApplicationDocument, { input: { preApplicationId: refusedOne.id!, approve: false } }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const refused = must(await app.gql(ScreenPreApplicationDocument, { input: { preApplicationId: refusedOne.id!, approve: false, reason: '工作年限不足' } }, { token: staff.token, society: 'CSEE' })).screenPreApplication!;
    expect(refused).toMatchObject({ status: 'REFUSED', screeningReason: '工作年限不足' });
    const pending = must(await app.gql(SubmitPreApplicationDocument, { input }, as)).submitPreApplication!;
    must(await app.gql(RequestExpertConsultationDocument, { preApplicationId: pending.id! }, as));
    const held = must(await app.gql(RecordExpertConsultationDocument, { preApplicationId: pending.id!, heldOn: '2026-03-30', note: '指导材料填写' }, { token: staff.token, society: 'CSEE' })).recordExpertConsultation!;
    expect(held).toMatchObject({ consultationHeldOn: '2026-03-30', consultationNote: '指导材料填写' });
    expect(held.consultationRequestedAt).not.toBeNull();
    const queue = must(await app.gql(PreApplicationsDocument, { first: 10, status: 'SUBMITTED' }, { token: staff.token, society: 'CSEE' })).preApplications!;
    expect(queue.edges!.map((edge) => edge.node!.id)).toContain(pending.id);
    must(await app.gql(ScreenPreApplicationDocument, { input: { preApplicationId: pending.id!, approve: true } }, { token: staff.token, society: 'CSEE' }));
    const { id, version } = await completeDossier(app, applicant, 'CSEE', ELECTRICAL, 'INDIVIDUAL');
    await acceptThroughInitialReview(app, applicant, staff, id, version, 'CSEE');
    expect(await countRows(app, 'application', 'id = $1 and pre_application_id = $2 and stage = $3', [id, pending.id, 'ACCEPTED'])).toBe(1);
  }, 60_000);

  it('shows the enterprise exactly its recommendees, the procedure and identity parts only, and logs each read', async () => {
    const logBefore = await countRows(app, 'dossier_access_log', 'reader_id = $1', [powerChina.recommenderId]);
    app.statements.length = 0;
    const page = must(await app.gql(EnterpriseRecommendeesDocument, { first: 10 }, { token: powerChina.recommenderToken })).enterpriseRecommendees!;
    const statements = app.statements.length;
    // The applications are read as the work queue reads them (read models of the parts shown): no entity read of
    // whole rows, self-statement and all.
    expect(app.statements.filter((sql) => /from "application"|self_statement/.test(sql))).toEqual([]);
    const nodes = page.edges!.map((edge) => edge.node!);
    expect(nodes.map((node) => node.name)).toEqual(['孙七', '张三']);
    const [accepted, pending] = nodes;
    expect(pending.application).toBeNull();
    expect(pending.preApplicationStatus).toBe('SUBMITTED');
    expect(accepted.application).toMatchObject({
      id: enterpriseApplicationId, stage: 'ACCEPTED', channel: 'ENTERPRISE', field: { code: 'ELECTRICAL' }, grade: { code: 'PROFESSIONAL' },
      basicInformation: { name: '张伟', employer: '国网北京市电力公司' },
      enterpriseChannelProgress: { startedOn: '2026-03-25', targetOn: '2026-09-25', elapsedDays: 0, withinTarget: true },
    });
    expect(accepted.application!.acceptedAt).not.toBeNull();
    expect(accepted.application!.evaluationDeadline).not.toBeNull();
    expect(await countRows(app, 'dossier_access_log', 'reader_id = $1', [powerChina.recommenderId])).toBe(logBefore + 1);

    // Never the dossier's content, contact, ID, reviews or interview records: null, each with FORBIDDEN.
    const probe = await app.gql(RecommendeeDossierProbeDocument, { id: enterpriseApplicationId }, { token: powerChina.recommenderToken });
    expect(probe.data?.application).toMatchObject({ id: enterpriseApplicationId, stage: 'ACCEPTED', selfStatement: null, education: null, materialReviews: null, interview: null });
    expect(probe.data?.application?.basicInformation).toMatchObject({ mobile: null, idNumber: null });
    const forbidden = new Set(probe.errors!.map((error) => (error.path ?? []).filter((part) => typeof part === 'string').join('.')));
    expect(forbidden).toEqual(new Set(['application.selfStatement', 'application.education', 'application.materialReviews', 'application.interview', 'application.basicInformation.mobile', 'application.basicInformation.idNumber']));
    expect(probe.errors!.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);

    // Another enterprise sees none of it.
    expect(must(await app.gql(EnterpriseRecommendeesDocument, { first: 10 }, { token: otherEnterprise.recommenderToken })).enterpriseRecommendees!.edges).toEqual([]);
    expect(errorOf(await app.gql(RecommendeeDossierProbeDocument, { id: enterpriseApplicationId }, { token: otherEnterprise.adminToken }))?.code).toBe('NOT_FOUND');

    // No N+1: a page of one recommendee costs what a page of two does.
    app.statements.length = 0;
    must(await app.gql(EnterpriseRecommendeesDocument, { first: 1 }, { token: powerChina.recommenderToken }));
    expect(app.statements.length).toBe(statements);
  });

  it('reports the rounds: per society and round, pre-applications by channel and status, allocations, applications started', async () => {
    const filter = { from: '2026-03-01', to: '2026-04-30' };
    const all = must(await app.gql(ApplicationRoundsReportDocument, { filter }, { token: federationAdmin.token })).applicationRoundsReport!;
    const zeros = { awaitingScreening: 0, approved: 0, refused: 0, allocated: 0, applicationsStarted: 0 };
    expect(all).toEqual([
      // 孙七: recommended to CSEE, allocated to CES by the committee, approved, formal application started.
      { societyCode: 'CES', roundName: null, closesOn: null, channel: 'ENTERPRISE', received: 1, ...zeros, approved: 1, allocated: 1, applicationsStarted: 1 },
      // The round CSEE opened afterwards: one refused and one approved (and started) through the society channel.
      { societyCode: 'CSEE', roundName: '2026 年第一批', closesOn: '2026-04-20', channel: 'INDIVIDUAL', received: 2, ...zeros, approved: 1, refused: 1, applicationsStarted: 1 },
      // 张三: redeemed before the round opened, awaiting screening.
      { societyCode: 'CSEE', roundName: null, closesOn: null, channel: 'ENTERPRISE', received: 1, ...zeros, awaitingScreening: 1 },
    ]);
    // Society staff: their own society only, even when they ask for another.
    expect(must(await app.gql(ApplicationRoundsReportDocument, { filter }, { token: staff.token, society: 'CSEE' })).applicationRoundsReport!.map((row) => row.societyCode)).toEqual(['CSEE', 'CSEE']);
    expect(must(await app.gql(ApplicationRoundsReportDocument, { filter: { ...filter, societyCodes: ['CES'] } }, { token: staff.token, society: 'CSEE' })).applicationRoundsReport).toEqual([]);
    expect(must(await app.gql(ApplicationRoundsReportDocument, { filter: { ...filter, channels: ['INDIVIDUAL'] } }, { token: federationAdmin.token })).applicationRoundsReport!.map((row) => row.received)).toEqual([2]);
    // A period without the round: only what was submitted outside rounds in it (nothing here).
    expect(must(await app.gql(ApplicationRoundsReportDocument, { filter: { from: '2026-05-01', to: '2026-05-31' } }, { token: federationAdmin.token })).applicationRoundsReport).toEqual([]);
    // An enterprise reads no reports; nor does an applicant.
    expect(errorOf(await app.gql(ApplicationRoundsReportDocument, { filter }, { token: powerChina.recommenderToken }))?.code).toBe('FORBIDDEN');
    // The export beside the others: the same rows, Chinese headers.
    const response = await fetch(new URL('/reports/application-rounds.csv?from=2026-03-01&to=2026-04-30', app.server.url).toString(), { headers: { authorization: `Bearer ${staff.token}`, 'x-society': 'CSEE' } });
    expect(response.status).toBe(200);
    const lines = (await response.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('学会,申请批次,截止日期,申请渠道,拟参加申请数,待审核数,审核通过数,未通过数,联合体分配转入数,已提交注册申请数');
    expect(lines.slice(1)).toEqual(['CSEE,2026 年第一批,2026-04-20,INDIVIDUAL,2,0,1,1,0,1', 'CSEE,,,ENTERPRISE,1,1,0,0,0,0']);
  });

  it('never assigns an examiner of the recommending enterprise: one holding its grant, one employed under its credit code', async () => {
    const examiner = (employer: string) => ({ role: GrantRole.EXAMINER, society: 'CES', examiner: { grade: ExaminerGrade.FORMAL, field: 'ELECTRICAL', specialties: ['POWER_SYSTEM_AUTOMATION'], employer } });
    // A recommender of the enterprise who is also an examiner of CES (its employer field says something else).
    const recommender = await createAccount(app, { grants: [examiner('某设计院')] });
    await asOwner(app, (client) => client.query(
      `insert into role_grant (id, account_id, role, enterprise_id, specialty_codes, created_at) values (gen_random_uuid(), $1, 'ENTERPRISE_RECOMMENDER', $2, '{}', now())`,
      [recommender.id, powerChina.id],
    ));
    const employee = await createAccount(app, { grants: [examiner(` ${POWER_CHINA_CREDIT_CODE.toLowerCase()} `)] });
    const free = [await createAccount(app, { grants: [examiner('华北电力设计院')] }), await createAccount(app, { grants: [examiner('西北电力设计院')] })];
    const [recommenderGrant, employeeGrant, freeA, freeB] = await Promise.all([recommender, employee, ...free].map((account) => examinerGrantId(app, account.id)));
    const as = { token: cesStaff.token, society: 'CES' };
    const state = async () => asOwner(app, async (client) => (await client.query(`select stage, version from application where id = $1`, [enterpriseApplicationId])).rows[0] as { stage: string; version: number });
    const before = { state: await state(), assignments: await countRows(app, 'assignment'), events: await countRows(app, 'application_event') };
    for (const [examinerIds, at] of [[[recommenderGrant, freeA], 0], [[freeA, employeeGrant], 1]] as const) {
      const refused = await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: enterpriseApplicationId, expectedVersion: before.state.version, examinerIds: [...examinerIds] } }, as);
      expect(errorOf(refused)).toMatchObject({ code: 'EXAMINER_RECUSED_RECOMMENDED_BY_OWN_ENTERPRISE', field: `examinerIds[${at}]` });
    }
    expect({ state: await state(), assignments: await countRows(app, 'assignment'), events: await countRows(app, 'application_event') }).toEqual(before);
    const assigned = must(await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: enterpriseApplicationId, expectedVersion: before.state.version, examinerIds: [freeA, freeB] } }, as)).assignMaterialReviewers!;
    expect(assigned.stage).toBe('MATERIAL_REVIEW');
    expect(await countRows(app, 'account', 'id = $1', [enterpriseApplicant])).toBe(1);
  });

  it('withdraws a right: no new codes under it, its unredeemed codes revoked with the reason; a redeemed one stays bound', async () => {
    const batch = must(await app.gql(AssignRecommendationCodesDocument, { input: { societyCode: 'CSEE', engineers: [engineer('郑十'), engineer('钱十一')] } }, { token: otherEnterprise.recommenderToken })).assignRecommendationCodes!;
    const [redeemedCode, openCode] = batch.codes!;
    const redeemer = await createAccount(app);
    const bound = must(await app.gql(RedeemRecommendationCodeDocument, { code: redeemedCode.code! }, { token: await redeemer.login() })).redeemRecommendationCode!;
    const overview = must(await app.gql(MyEnterpriseDocument, {}, { token: otherEnterprise.recommenderToken })).myEnterprise!;
    const right = overview.recommendationRights![0];
    // Another society cannot withdraw it (not found there), and nothing is revoked.
    const revokedBefore = await countRows(app, 'recommendation_code', 'revoked_at is not null');
    expect(errorOf(await app.gql(WithdrawRecommendationRightDocument, { rightId: right.id!, reason: '越权' }, { token: cesStaff.token, society: 'CES' }))?.code).toBe('NOT_FOUND');
    expect(await countRows(app, 'recommendation_code', 'revoked_at is not null')).toBe(revokedBefore);
    expect(await countRows(app, 'recommendation_right', 'withdrawn_at is not null')).toBe(0);

    must(await app.gql(WithdrawRecommendationRightDocument, { rightId: right.id!, reason: '推荐单位信息表不完整' }, { token: staff.token, society: 'CSEE' }));
    const before = await countRows(app, 'recommendation_code');
    const refused = await app.gql(AssignRecommendationCodesDocument, { input: { societyCode: 'CSEE', engineers: [engineer('吴九')] } }, { token: otherEnterprise.recommenderToken });
    expect(errorOf(refused)?.code).toBe('RECOMMENDATION_RIGHT_MISSING');
    expect(await countRows(app, 'recommendation_code')).toBe(before);

    // The code issued before the withdrawal is refused at redemption as revoked, and leaves nothing behind.
    const latecomer = await createAccount(app);
    const preApplications = await countRows(app, 'pre_application');
    expect(errorOf(await app.gql(RedeemRecommendationCodeDocument, { code: openCode.code! }, { token: await latecomer.login() }))?.code).toBe('RECOMMENDATION_CODE_REVOKED');
    expect(await countRows(app, 'pre_application')).toBe(preApplications);
    const trace = await asOwner(app, async (client) => (await client.query(
      `select c.id, c.revoked_at is not null as revoked, c.revoked_by_id, c.revocation_reason, c.revoked_with_right_id, c.redeemed_at is not null as redeemed
         from recommendation_code c where c.id = any ($1::uuid[]) order by c.engineer_name`, [[redeemedCode.id, openCode.id]],
    )).rows);
    expect(trace).toEqual(expect.arrayContaining([
      { id: openCode.id, revoked: true, revoked_by_id: staff.id, revocation_reason: '推荐单位信息表不完整', revoked_with_right_id: right.id, redeemed: false },
      { id: redeemedCode.id, revoked: false, revoked_by_id: null, revocation_reason: null, revoked_with_right_id: null, redeemed: true },
    ]));
    // The enterprise sees why; the redeemed code keeps its pre-application.
    const listed = must(await app.gql(RecommendationCodesDocument, { first: 10 }, { token: otherEnterprise.recommenderToken })).recommendationCodes!.edges!.map((edge) => edge.node!);
    expect(listed.find((code) => code.id === openCode.id)).toMatchObject({ status: 'REVOKED', revocationReason: '推荐单位信息表不完整' });
    expect(listed.find((code) => code.id === redeemedCode.id)).toMatchObject({ status: 'REDEEMED', revocationReason: null });
    expect(await countRows(app, 'pre_application', 'id = $1 and recommendation_code_id = $2', [bound.id, redeemedCode.id])).toBe(1);
  });
});

describe('one open enterprise-channel pre-application per person', () => {
  it('refuses a second code while the first pre-application is open, leaving the code unused; after a refusal the next code is accepted', async () => {
    const batch = must(await app.gql(AssignRecommendationCodesDocument, { input: { societyCode: 'CSEE', engineers: [engineer('冯十二'), engineer('冯十二')] } }, { token: powerChina.recommenderToken })).assignRecommendationCodes!;
    const [first, second] = batch.codes!;
    const person = await createAccount(app);
    const as = { token: await person.login() };
    const opened = must(await app.gql(RedeemRecommendationCodeDocument, { code: first.code! }, as)).redeemRecommendationCode!;
    const snapshot = async () => [await countRows(app, 'pre_application', 'applicant_id = $1', [person.id]), await countRows(app, 'recommendation_code', 'id = $1 and redeemed_at is null', [second.id])];
    const before = await snapshot();
    const refused = await app.gql(RedeemRecommendationCodeDocument, { code: second.code! }, as);
    expect(errorOf(refused)).toMatchObject({ code: 'PRE_APPLICATION_OPEN', field: 'input.code' });
    expect(await snapshot()).toEqual(before);
    expect(before).toEqual([1, 1]);
    // Refused at screening: no longer open, so the next code opens a new one.
    must(await app.gql(ScreenPreApplicationDocument, { input: { preApplicationId: opened.id!, approve: false, reason: '海外项目经历不足' } }, { token: staff.token, society: 'CSEE' }));
    const next = must(await app.gql(RedeemRecommendationCodeDocument, { code: second.code! }, as)).redeemRecommendationCode!;
    expect(next).toMatchObject({ status: 'SUBMITTED', channel: 'ENTERPRISE' });
    expect(await countRows(app, 'pre_application', 'applicant_id = $1', [person.id])).toBe(2);
  });

  it('lets one of two codes redeemed at the same moment through, never both', async () => {
    const batch = must(await app.gql(AssignRecommendationCodesDocument, { input: { societyCode: 'CSEE', engineers: [engineer('褚十四'), engineer('褚十四')] } }, { token: powerChina.recommenderToken })).assignRecommendationCodes!;
    const person = await createAccount(app);
    const as = { token: await person.login() };
    const racing = await Promise.all(batch.codes!.map((code) => app.gql(RedeemRecommendationCodeDocument, { code: code.code! }, as)));
    expect(racing.map((result) => errorOf(result)?.code ?? 'OK').sort()).toEqual(['OK', 'PRE_APPLICATION_OPEN']);
    expect(await countRows(app, 'pre_application', 'applicant_id = $1', [person.id])).toBe(1);
    expect(await countRows(app, 'recommendation_code', 'id = any ($1::uuid[]) and redeemed_at is null', [batch.codes!.map((code) => code.id)])).toBe(1);
  });

  it('counts an approved pre-application as open until its formal application ends', async () => {
    const person = await createAccount(app);
    const as = { token: await person.login() };
    const batch = must(await app.gql(AssignRecommendationCodesDocument, { input: { societyCode: 'CSEE', engineers: [engineer('陈十三'), engineer('陈十三')] } }, { token: powerChina.recommenderToken })).assignRecommendationCodes!;
    const opened = must(await app.gql(RedeemRecommendationCodeDocument, { code: batch.codes![0].code! }, as)).redeemRecommendationCode!;
    must(await app.gql(ScreenPreApplicationDocument, { input: { preApplicationId: opened.id!, approve: true } }, { token: staff.token, society: 'CSEE' }));
    expect(errorOf(await app.gql(RedeemRecommendationCodeDocument, { code: batch.codes![1].code! }, as))?.code).toBe('PRE_APPLICATION_OPEN');
    // The evaluation ended (here: lapsed) — the person may be recommended again.
    const { id } = await completeDossier(app, { token: await person.login() }, 'CSEE', ELECTRICAL, 'ENTERPRISE');
    await asOwner(app, (client) => client.query(`update application set stage = 'LAPSED' where id = $1`, [id]));
    expect(must(await app.gql(RedeemRecommendationCodeDocument, { code: batch.codes![1].code! }, as)).redeemRecommendationCode!.status).toBe('SUBMITTED');
  }, 60_000);
});
