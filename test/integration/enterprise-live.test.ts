import {
  AcceptInvitationDocument, ApplicationProgressDocument, AppointEnterpriseAdminDocument, AppointEnterpriseRecommenderDocument, AssignRecommendationCodesDocument, LoginDocument,
  OpenRecommendationRightsDocument, PassBasicConditionsDocument, PassFormCheckDocument, RedeemRecommendationCodeDocument, RegisterEnterpriseDocument,
  ScreenPreApplicationDocument, SubmitApplicationDocument, SubmitRecommendingUnitFormDocument,
} from '../generated/operations';
import { completeDossier } from '../helpers/dossier';
import { countRows, createAccount } from '../helpers/factories';
import { liveClient, quietFor, subscribe, subscriptionsOpen } from '../helpers/live-client';
import { must, ProcedureDriver } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Monday 2026-11-02, 10:00 in Beijing.
const now = new Date('2026-11-02T02:00:00Z');
const PASSWORD = 'Enterprise-Admin-2026!';
let app: TestApp;
let driver: ProcedureDriver;
const clients: Array<{ dispose(): void | Promise<void> }> = [];

beforeAll(async () => {
  app = await startTestApp({ FEDERATION_SAMPLE_PERCENT: '0' }, { clock: () => now });
  driver = await ProcedureDriver.create(app);
}, 60_000);
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await subscriptionsOpen(app.server, 0);
});
afterAll(() => app.close());

function connect(params: Parameters<typeof liveClient>[1]) {
  const client = liveClient(app.server, params);
  clients.push(client);
  return client;
}

async function login(email: string): Promise<string> {
  return must(await app.gql(LoginDocument, { email, password: PASSWORD })).login!.token!;
}

/** The appointed person logs in and accepts the appointment's invitation; a fresh token carries the grant. */
async function acceptAppointment(email: string, invitationId: string): Promise<string> {
  must(await app.gql(AcceptInvitationDocument, { id: invitationId }, { token: await login(email) }));
  return login(email);
}

/** An enterprise registered by CSEE, its admin and recommender appointed, its form sent to CSEE and its right opened. */
async function enterpriseOf(name: string, suffix: string): Promise<{ id: string; recommenderToken: string }> {
  const id = must(await app.gql(RegisterEnterpriseDocument, { name }, driver.staff.as)).registerEnterprise!.id!;
  const adminInvitation = must(await app.gql(AppointEnterpriseAdminDocument, { input: { enterpriseId: id, email: `admin.${suffix}@live.test`, displayName: `管理员${suffix}`, initialPassword: PASSWORD } }, driver.staff.as)).appointEnterpriseAdmin!;
  const adminToken = await acceptAppointment(`admin.${suffix}@live.test`, adminInvitation.id!);
  const invitation = must(await app.gql(AppointEnterpriseRecommenderDocument, { input: { email: `recommender.${suffix}@live.test`, displayName: `推荐专员${suffix}`, initialPassword: PASSWORD } }, { token: adminToken })).appointEnterpriseRecommender!;
  const recommenderToken = await acceptAppointment(`recommender.${suffix}@live.test`, invitation.id!);
  must(await app.gql(SubmitRecommendingUnitFormDocument, {
    input: {
      contactName: '孙丽', contactPhone: '13700000000', engineersPerBatch: 10, sentToSocietyCodes: ['CSEE'], plannedProjects: [],
      overseasProjects: [{ name: '缅甸皎漂电站', countryOrRegion: '缅甸', type: 'CONTRACTING', status: 'UNDER_CONSTRUCTION', chineseEngineersAbroad: 40, foreignEngineersHired: 120, meetingProfessionalBasics: 25 }],
    },
  }, { token: recommenderToken }));
  must(await app.gql(OpenRecommendationRightsDocument, { enterpriseId: id, fieldCodes: ['ELECTRICAL'] }, driver.staff.as));
  return { id, recommenderToken };
}

/** A recommendee's formal application through the enterprise channel, submitted. */
async function recommendeeApplication(recommenderToken: string, name: string): Promise<string> {
  const batch = must(await app.gql(AssignRecommendationCodesDocument, {
    input: { societyCode: 'CSEE', engineers: [{ name, contact: '13800000000', fieldCode: 'ELECTRICAL', currentLocation: '缅甸', gradeCode: 'PROFESSIONAL', experienceSummary: '负责电气设计与调试。', overseasProject: '缅甸皎漂电站' }] },
  }, { token: recommenderToken })).assignRecommendationCodes!;
  const engineer = await createAccount(app);
  const preApplication = must(await app.gql(RedeemRecommendationCodeDocument, { code: batch.codes![0].code! }, { token: await engineer.login() })).redeemRecommendationCode!;
  must(await app.gql(ScreenPreApplicationDocument, { input: { preApplicationId: preApplication.id!, approve: true } }, driver.staff.as));
  // Approval made them an applicant of CSEE: a fresh token carries it.
  const as = { token: await engineer.login(), society: 'CSEE' };
  const { id, version } = await completeDossier(app, as, 'CSEE', undefined, 'ENTERPRISE');
  must(await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, as));
  return id;
}

describe("the recommending enterprise's live progress", () => {
  let powerChina: { id: string; recommenderToken: string };
  let energyChina: { id: string; recommenderToken: string };
  let recommendee: string;

  beforeAll(async () => {
    powerChina = await enterpriseOf('中国电力建设集团有限公司', 'pc');
    energyChina = await enterpriseOf('中国能源建设集团有限公司', 'ce');
    recommendee = await recommendeeApplication(powerChina.recommenderToken, '张三');
  }, 120_000);

  it('brings its recommender every stage change of its recommendee, over a real WebSocket, with the procedure part only', async () => {
    const progress = subscribe(connect({ token: powerChina.recommenderToken }), ApplicationProgressDocument, { applicationId: recommendee });
    await subscriptionsOpen(app.server, 1);
    await driver.step(PassFormCheckDocument, recommendee);
    const { data, errors } = await progress.next();
    expect(data!.applicationProgress).toMatchObject({
      applicationId: recommendee, stage: 'FORM_CHECKED',
      event: { action: 'passFormCheck', fromStage: 'SUBMITTED', toStage: 'FORM_CHECKED', actorName: null },
      application: { id: recommendee, stage: 'FORM_CHECKED' },
    });
    // Who took the step is the assessors' part, not the enterprise's: the history entry leaves it out (actorName null).
    expect(errors).toBeUndefined();
    expect(data!.applicationProgress!.application!.version).toBe((await driver.state(recommendee)).version);
    await driver.step(PassBasicConditionsDocument, recommendee);
    expect((await progress.next()).data!.applicationProgress!.event!.toStage).toBe('BASIC_CONDITIONS_MET');
  });

  it.each([
    ["another applicant's application (not its recommendee)", async () => (await driver.submitted()).id],
    ["another enterprise's recommendee", async () => recommendeeApplication(energyChina.recommenderToken, '李四')],
  ])('refuses to follow %s: NOT_FOUND, nothing delivered and nothing written', async (_case, target) => {
    const applicationId = await target();
    const footprint = async () => [await countRows(app, 'application_event'), await countRows(app, 'dossier_access_log'), await countRows(app, 'notification')];
    const before = await footprint();
    const refused = subscribe(connect({ token: powerChina.recommenderToken }), ApplicationProgressDocument, { applicationId });
    const ending = await refused.ended;
    expect(ending.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(refused.results).toEqual([]);
    expect(app.server.liveSubscriptions).toBe(0);
    expect(await footprint()).toEqual(before);
    await driver.step(PassFormCheckDocument, applicationId);
    await quietFor(300);
    expect(refused.results).toEqual([]);
  }, 60_000);
});
