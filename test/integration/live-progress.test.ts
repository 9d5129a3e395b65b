import { MikroORM } from '@mikro-orm/postgresql';
import WebSocket from 'ws';
import { createOrmOptions } from '../../src/db/orm-config';
import { startServer, type RunningServer } from '../../src/http/server';
import {
  ApplicationProgressDocument, AssignMaterialReviewersDocument, DisableAccountDocument, MeDocument, NotificationAddedDocument, PassBasicConditionsDocument, PassFormCheckDocument,
  ReturnForClarificationDocument, ReturnForCompletionDocument, RevokeExaminerDocument, RevokeSocietyRoleDocument, WorkQueueChangesDocument,
} from '../generated/operations';
import { applicantOf, staffOf } from '../helpers/dossier';
import { asOwner, countRows, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { liveClient, quietFor, subscribe, subscriptionsOpen } from '../helpers/live-client';
import { must, ProcedureDriver } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import { signAccessToken } from '../../src/auth/tokens';

// Monday 2026-11-02, 10:00 in Beijing.
const now = new Date('2026-11-02T02:00:00Z');
let app: TestApp;
let driver: ProcedureDriver;
const clients: Array<{ dispose(): void | Promise<void> }> = [];

beforeAll(async () => {
  app = await startTestApp(
    { FEDERATION_SAMPLE_PERCENT: '0', LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3', LIVE_CONNECTION_INIT_TIMEOUT_MS: '500' },
    { clock: () => now },
  );
  driver = await ProcedureDriver.create(app);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await subscriptionsOpen(app.server, 0);
});
afterAll(() => app.close());

/** A client the test closes afterwards. */
function connect(params: Parameters<typeof liveClient>[1], server: Pick<RunningServer, 'liveUrl'> = app.server) {
  const client = liveClient(server, params);
  clients.push(client);
  return client;
}

/** What a refusal must leave as it was: no history entry, no access-log row, no message. */
async function footprint() {
  return { events: await countRows(app, 'application_event'), reads: await countRows(app, 'dossier_access_log'), messages: await countRows(app, 'notification') };
}

describe('applicationProgress', () => {
  it('brings the applicant the stage change of their application, as it is committed', async () => {
    const c = await driver.submitted();
    const progress = subscribe(connect(c.applicant.as), ApplicationProgressDocument, { applicationId: c.id });
    await subscriptionsOpen(app.server, 1);
    await driver.step(PassFormCheckDocument, c.id);
    const { data, errors } = await progress.next();
    expect(errors).toBeUndefined();
    expect(data!.applicationProgress).toMatchObject({
      applicationId: c.id, stage: 'FORM_CHECKED',
      event: { action: 'passFormCheck', fromStage: 'SUBMITTED', toStage: 'FORM_CHECKED' },
      application: { id: c.id, stage: 'FORM_CHECKED' },
    });
    // The same state as the API answers over HTTP.
    expect(data!.applicationProgress!.application!.version).toBe((await driver.state(c.id)).version);
    await driver.step(PassBasicConditionsDocument, c.id);
    expect((await progress.next()).data!.applicationProgress!.event!.toStage).toBe('BASIC_CONDITIONS_MET');
  });

  it.each([
    ['another applicant of the society', async () => ({ token: (await applicantOf(app, 'CSEE')).token, society: 'CSEE' }), 'NOT_FOUND'],
    ["another society's staff", async () => ({ token: (await staffOf(app, 'CES')).token, society: 'CES' }), 'NOT_FOUND'],
    ['an anonymous visitor', async () => ({ society: 'CSEE' }), 'UNAUTHENTICATED'],
  ])('refuses %s, who learns nothing of it and leaves nothing behind', async (_who, who, code) => {
    const c = await driver.submitted();
    const before = await footprint();
    const refused = subscribe(connect(await who()), ApplicationProgressDocument, { applicationId: c.id });
    const ending = await refused.ended;
    expect(ending.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    expect(refused.results).toEqual([]);
    expect(app.server.liveSubscriptions).toBe(0);
    expect(await footprint()).toEqual(before);
    // Nothing reaches them later either: the step below is announced to nobody on this connection.
    await driver.step(PassFormCheckDocument, c.id);
    await quietFor(300);
    expect(refused.results).toEqual([]);
  });

  it('ends the stream of an assessor whose examiner grant is revoked (SUBSCRIPTION_REVOKED), before showing the next step', async () => {
    const c = await driver.accepted();
    // An examiner who is also an applicant of the society: the society stays in their scope, the relation goes.
    const examiner = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '实时推送考官单位', ['AUTOMATION']), { role: GrantRole.APPLICANT, society: 'CSEE' });
    const grantId = await examinerGrantId(app, examiner.id);
    const other = await driver.examiner(ExaminerGrade.TRAINEE, 'reviewer');
    must(await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: c.id, expectedVersion: (await driver.state(c.id)).version, examinerIds: [grantId, other.grantId!] } }, driver.staff.as));
    const progress = subscribe(connect({ token: examiner.token, society: 'CSEE' }), ApplicationProgressDocument, { applicationId: c.id });
    await subscriptionsOpen(app.server, 1);
    await driver.assignReviewers(c);
    expect((await progress.next()).data!.applicationProgress!.event!.action).toBe('addMaterialReviewers');
    must(await app.gql(RevokeExaminerDocument, { id: grantId, reason: '不再担任考官' }, driver.staff.as));
    // The next step of the application: the former reviewer may no longer follow it.
    await driver.assignReviewers(c);
    const ending = await progress.ended;
    expect(ending.errors?.map((error) => error.extensions?.code)).toEqual(['SUBSCRIPTION_REVOKED']);
    expect(progress.results).toHaveLength(1);
    await subscriptionsOpen(app.server, 0);
  });

  it('ends it with SOCIETY_ACCESS_DENIED when the revoked grant was their only one in the society', async () => {
    const c = await driver.accepted();
    const [reviewer] = await driver.assignReviewers(c);
    const progress = subscribe(connect(reviewer.as), ApplicationProgressDocument, { applicationId: c.id });
    await subscriptionsOpen(app.server, 1);
    must(await app.gql(RevokeExaminerDocument, { id: reviewer.grantId!, reason: '不再担任考官' }, driver.staff.as));
    await driver.assignReviewers(c);
    expect((await progress.ended).errors?.map((error) => error.extensions?.code)).toEqual(['SOCIETY_ACCESS_DENIED']);
    expect(progress.results).toEqual([]);
  });

  it('ends the stream of an account disabled since it subscribed (ACCOUNT_DISABLED)', async () => {
    const c = await driver.submitted();
    const progress = subscribe(connect(c.applicant.as), ApplicationProgressDocument, { applicationId: c.id });
    await subscriptionsOpen(app.server, 1);
    // A federation admin disables the applicant's account (disableAccount), by the email the applicant signed up with.
    const { email } = must(await app.gql(MeDocument, {}, c.applicant.as)).me!;
    const federationAdmin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    must(await app.gql(DisableAccountDocument, { email: email!, reason: '账号被冒用，暂停使用' }, { token: federationAdmin.token }));
    await driver.step(PassFormCheckDocument, c.id);
    const ending = await progress.ended;
    expect(ending.errors?.map((error) => error.extensions?.code)).toEqual(['ACCOUNT_DISABLED']);
    expect(progress.results).toEqual([]);
  });

  it('announces nothing of a write that was rolled back (a dry run, a refused step), and the next committed step alone', async () => {
    const c = await driver.submitted();
    const progress = subscribe(connect(c.applicant.as), ApplicationProgressDocument, { applicationId: c.id });
    await subscriptionsOpen(app.server, 1);
    const version = (await driver.state(c.id)).version;
    // The dry run writes the event and the outbox row, then rolls back: NOTIFY is dropped with the transaction.
    const dry = await app.gql(PassFormCheckDocument, { input: { applicationId: c.id, expectedVersion: version } }, { ...driver.staff.as, headers: { 'x-dry-run': 'true' } });
    expect(dry.errors).toBeUndefined();
    const refused = await app.gql(ReturnForClarificationDocument, { input: { applicationId: c.id, expectedVersion: version, items: ['学历证明'] } }, driver.staff.as);
    expect(refused.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
    await quietFor(500);
    expect(progress.results).toEqual([]);
    await driver.step(PassFormCheckDocument, c.id);
    expect((await progress.next()).data!.applicationProgress!.event!.action).toBe('passFormCheck');
    await quietFor(300);
    expect(progress.results).toHaveLength(1);
  });
});

describe('a second API process on the same database', () => {
  let secondOrm: MikroORM;
  let second: RunningServer;
  beforeAll(async () => {
    secondOrm = await MikroORM.init(createOrmOptions(app.appUrl, { timeouts: app.config.dbTimeouts }));
    second = await startServer(secondOrm, app.config, 0, { clock: () => now });
  });
  afterAll(async () => {
    await second.close();
    await secondOrm.close(true);
  });

  it('delivers to its subscribers an event committed through the first', async () => {
    const c = await driver.submitted();
    const client = connect({ ...c.applicant.as }, second);
    const progress = subscribe(client, ApplicationProgressDocument, { applicationId: c.id });
    await subscriptionsOpen(second, 1);
    expect(app.server.liveSubscriptions).toBe(0);
    // Written through the first process (app.gql posts to app.server).
    await driver.step(PassFormCheckDocument, c.id);
    expect((await progress.next()).data!.applicationProgress).toMatchObject({ applicationId: c.id, stage: 'FORM_CHECKED' });
    progress.stop();
    await subscriptionsOpen(second, 0);
  });

  it('closes its sockets when it shuts down (1001 going away)', async () => {
    const c = await driver.submitted();
    const orm = await MikroORM.init(createOrmOptions(app.appUrl, { timeouts: app.config.dbTimeouts }));
    const third = await startServer(orm, app.config, 0, { clock: () => now });
    const client = connect({ ...c.applicant.as }, third);
    subscribe(client, ApplicationProgressDocument, { applicationId: c.id });
    await subscriptionsOpen(third, 1);
    const started = Date.now();
    await third.close();
    await orm.close(true);
    expect((await client.closedWith).code).toBe(1001);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('workQueueChanges', () => {
  it("feeds the society's staff every step of its applications, and another society's staff none", async () => {
    const own = subscribe(connect(driver.staff.as), WorkQueueChangesDocument);
    const other = await staffOf(app, 'CES');
    const elsewhere = subscribe(connect({ token: other.token, society: 'CES' }), WorkQueueChangesDocument);
    await subscriptionsOpen(app.server, 2);
    const c = await driver.submitted();
    const submitted = await own.next();
    expect(submitted.data!.workQueueChanges).toMatchObject({ applicationId: c.id, stage: 'SUBMITTED', event: { action: 'submit' } });
    await driver.step(PassFormCheckDocument, c.id);
    expect((await own.next()).data!.workQueueChanges).toMatchObject({ applicationId: c.id, stage: 'FORM_CHECKED' });
    await quietFor(300);
    expect(elsewhere.results).toEqual([]);
    // The draft's own steps (started, edited) were never shown: the applicant's alone.
    expect(own.results.map((result) => result.data!.workQueueChanges!.event!.action)).toEqual(['submit', 'passFormCheck']);
  });

  it('ends when the staff grant is revoked (SUBSCRIPTION_REVOKED), the account keeping another role in the society', async () => {
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' }, { role: GrantRole.APPLICANT, society: 'CSEE' });
    const feed = subscribe(connect({ token: staff.token, society: 'CSEE' }), WorkQueueChangesDocument);
    await subscriptionsOpen(app.server, 1);
    // A federation admin revokes the staff grant (revokeSocietyRole) in the society.
    const federationAdmin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    must(await app.gql(RevokeSocietyRoleDocument, { input: { email: staff.email, role: 'SOCIETY_STAFF', reason: '调离学会秘书处' } }, { token: federationAdmin.token, society: 'CSEE' }));
    await driver.submitted();
    expect((await feed.ended).errors?.map((error) => error.extensions?.code)).toEqual(['SUBSCRIPTION_REVOKED']);
    expect(feed.results).toEqual([]);
  });

  it('is refused to whoever is not staff of the society in scope (FORBIDDEN)', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const refused = subscribe(connect({ token: applicant.token, society: 'CSEE' }), WorkQueueChangesDocument);
    expect((await refused.ended).errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const federation = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const noSociety = subscribe(connect({ token: federation.token }), WorkQueueChangesDocument);
    expect((await noSociety.ended).errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});

describe('notificationAdded', () => {
  it('brings the recipient the in-app message of the outbox as it is written, and nobody else', async () => {
    const c = await driver.submitted();
    const mine = subscribe(connect(c.applicant.as), NotificationAddedDocument);
    const someoneElse = await applicantOf(app, 'CSEE');
    const theirs = subscribe(connect({ token: someoneElse.token, society: 'CSEE' }), NotificationAddedDocument);
    await subscriptionsOpen(app.server, 2);
    await driver.step(ReturnForCompletionDocument, c.id, driver.staff.as, { items: ['身份证复印件（反面）'] });
    const { data } = await mine.next();
    expect(data!.notificationAdded).toMatchObject({ kind: 'RETURNED_FOR_COMPLETION', applicationId: c.id, readAt: null });
    expect(data!.notificationAdded!.body).toContain('身份证复印件（反面）');
    const [row] = await asOwner(app, async (client) => (await client.query(`select id from notification where application_id = $1 and channel = 'IN_APP'`, [c.id])).rows);
    expect(data!.notificationAdded!.id).toBe(row.id);
    await quietFor(300);
    expect(theirs.results).toEqual([]);
  });
});

describe('the end of a right with no event', () => {
  it('ends every subscription of a connection when its token expires (TOKEN_EXPIRED)', async () => {
    const account = await applicantOf(app, 'CSEE');
    const { token } = signAccessToken(account.id, app.config.jwt.secret, 2);
    const feed = subscribe(connect({ token, society: 'CSEE' }), NotificationAddedDocument);
    await subscriptionsOpen(app.server, 1);
    const ending = await feed.ended;
    expect(ending.errors?.map((error) => error.extensions?.code)).toEqual(['TOKEN_EXPIRED']);
    await subscriptionsOpen(app.server, 0);
  });
});

describe('the listening connection', () => {
  it('ends the subscriptions it fed when it is lost (SUBSCRIPTION_INTERRUPTED), and listens again for the next one', async () => {
    const c = await driver.submitted();
    const before = subscribe(connect(c.applicant.as), ApplicationProgressDocument, { applicationId: c.id });
    await subscriptionsOpen(app.server, 1);
    // The database ends the listening session (a restart, a failover, an operator).
    const ended = await asOwner(app, async (client) => (await client.query(
      `select pg_terminate_backend(pid) as ended from pg_stat_activity where application_name = 'ece-live' and datname = current_database()`,
    )).rows);
    expect(ended.length).toBeGreaterThan(0);
    expect((await before.ended).errors?.map((error) => error.extensions?.code)).toEqual(['SUBSCRIPTION_INTERRUPTED']);
    const after = subscribe(connect(c.applicant.as), ApplicationProgressDocument, { applicationId: c.id });
    await subscriptionsOpen(app.server, 1);
    await driver.step(PassFormCheckDocument, c.id);
    expect((await after.next()).data!.applicationProgress!.stage).toBe('FORM_CHECKED');
  });
});

describe('the limits of a connection', () => {
  it('closes a socket that does not initialise in time (4408)', async () => {
    const socket = new WebSocket(app.server.liveUrl, 'graphql-transport-ws');
    const code = await new Promise<number>((resolve) => socket.on('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4408);
  });

  it('refuses a forged token at connection_init (4401, TOKEN_INVALID)', async () => {
    const client = connect({ token: 'not.a.token', society: 'CSEE' });
    subscribe(client, NotificationAddedDocument);
    expect(await client.closedWith).toEqual({ code: 4401, reason: 'TOKEN_INVALID' });
  });

  it('holds at most the configured number of subscriptions per connection (TOO_MANY_SUBSCRIPTIONS)', async () => {
    const c = await driver.submitted();
    const client = connect(c.applicant.as);
    const held = [1, 2, 3].map(() => subscribe(client, NotificationAddedDocument));
    await subscriptionsOpen(app.server, 3);
    const fourth = subscribe(client, ApplicationProgressDocument, { applicationId: c.id });
    expect((await fourth.ended).errors?.map((error) => error.extensions)).toEqual([{
      code: 'TOO_MANY_SUBSCRIPTIONS', params: { limit: 3 }, messageEn: 'A connection may hold at most 3 subscriptions at once.', messageZh: '每个连接最多同时进行 3 个订阅。',
    }]);
    expect(held.every((subscription) => subscription.results.length === 0)).toBe(true);
    expect(app.server.liveSubscriptions).toBe(3);
  });

  it('applies the query limits and input rules to subscription documents, and serves no query or mutation', async () => {
    const c = await driver.submitted();
    const client = connect(c.applicant.as);
    const deep = `subscription { applicationProgress(applicationId: "${c.id}") { application { society { fields { societies { fields { societies { fields { code } } } } } } } } }`;
    const ended = (query: string) => new Promise<unknown>((resolve) => {
      client.subscribe({ query }, { next: () => undefined, error: resolve, complete: () => resolve('completed') });
    });
    expect(((await ended(deep)) as Array<{ extensions: { code: string } }>).map((error) => error.extensions.code)).toEqual(['QUERY_TOO_DEEP']);
    const malformed = `subscription { applicationProgress(applicationId: "not-a-uuid") { stage } }`;
    expect(((await ended(malformed)) as Array<{ extensions: { code: string } }>).map((error) => error.extensions.code)).toEqual(['MALFORMED_ID']);
    expect(((await ended('{ me { id } }')) as Array<{ extensions: { code: string } }>).map((error) => error.extensions.code)).toEqual(['BAD_REQUEST']);
    expect(app.server.liveSubscriptions).toBe(0);
  });
});
