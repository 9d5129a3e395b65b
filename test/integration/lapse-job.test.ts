import { MikroORM } from '@mikro-orm/postgresql';
import {
  ApplicationDocument, ApplicationHistoryDocument, LoginDocument, PassFormCheckDocument, ResubmitCompletedApplicationDocument, ReturnForClarificationDocument,
  ReturnForCompletionDocument, SubmitApplicationDocument,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { createOrmOptions } from '../../src/db/orm-config';
import { createJobRunner, type JobRunner } from '../../src/jobs/job-runner';
import { inSocietyScope } from '../../src/jobs/job-scope';
import { lapseOne } from '../../src/jobs/lapse-applications.job';
import { JOBS } from '../../src/jobs/registry';
import { SYSTEM_ACCOUNT_EMAIL, SYSTEM_ACCOUNT_NAME } from '../../src/jobs/system-actor';
import { createLogger } from '../../src/observability/logger';

// 2026-09-28 10:00 in Beijing: a return for completion made now is due on 2026-10-16 (10 working days, National Day skipped).
const RETURNED_AT = new Date('2026-09-28T02:00:00Z');
let now = RETURNED_AT;
const clock = () => now;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { clock });
});
afterAll(() => app.close());

const stageOf = async (id: string): Promise<string> => asOwner(app, async (c) => (await c.query('select stage from application where id = $1', [id])).rows[0].stage);
const lapseEvents = (id: string) => countRows(app, 'application_event', `application_id = $1 and action = 'lapse'`, [id]);

/** An application of a new CSEE applicant, returned for completion at RETURNED_AT. */
async function returnedForCompletion() {
  now = RETURNED_AT;
  const applicant = await applicantOf(app, 'CSEE');
  const staff = await staffOf(app, 'CSEE');
  let { id, version } = await completeDossier(app, applicant);
  version = (await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' })).data!.submitApplication!.version!;
  const returned = await app.gql(ReturnForCompletionDocument, { input: { applicationId: id, expectedVersion: version, items: ['承诺书未签名'] } }, { token: staff.token, society: 'CSEE' });
  expect(returned.errors).toBeUndefined();
  expect(returned.data!.returnForCompletion).toMatchObject({ stageDeadline: '2026-10-16' });
  return { id, version: returned.data!.returnForCompletion!.version!, applicant, staff };
}

describe('lapse-applications: which deadlines have passed (Beijing days)', () => {
  it.each([
    ['the day before the deadline', '2026-10-15T09:00:00Z', 'RETURNED_FOR_COMPLETION'],
    ['the deadline day, late evening', '2026-10-16T15:59:00Z', 'RETURNED_FOR_COMPLETION'],
    ['the day after the deadline, just after midnight', '2026-10-16T16:05:00Z', 'LAPSED'],
    ['a week after the deadline', '2026-10-23T02:00:00Z', 'LAPSED'],
  ])('%s → %s', async (_case, at, stage) => {
    const { id } = await returnedForCompletion();
    now = new Date(at);
    await app.jobs.runNow('lapse-applications');
    expect(await stageOf(id)).toBe(stage);
    expect(await lapseEvents(id)).toBe(stage === 'LAPSED' ? 1 : 0);
  });
});

describe('lapse-applications: the effect through the API', () => {
  it('lapses as a staff lapse would, with the system as actor, once; the late resubmission is refused', async () => {
    const { id, version, applicant, staff } = await returnedForCompletion();
    now = new Date('2026-10-19T01:00:00Z');
    const outcome = await app.jobs.runNow('lapse-applications');
    expect(outcome).toMatchObject({ today: '2026-10-19' });
    expect(outcome.lapsed).toBeGreaterThanOrEqual(1);

    const asStaff = { token: staff.token, society: 'CSEE' };
    const history = (await app.gql(ApplicationHistoryDocument, { id }, asStaff)).data!.application!.history!;
    expect(history.at(-1)).toMatchObject({
      action: 'lapse', fromStage: 'RETURNED_FOR_COMPLETION', toStage: 'LAPSED', actorName: SYSTEM_ACCOUNT_NAME,
      reason: expect.stringContaining('2026-10-16'),
    });
    const asApplicant = { token: applicant.token, society: 'CSEE' };
    const mine = (await app.gql(ApplicationDocument, { id }, asApplicant)).data!.application!;
    expect(mine).toMatchObject({ stage: 'LAPSED', stageDeadline: null });
    const applicantHistory = (await app.gql(ApplicationHistoryDocument, { id }, asApplicant)).data!.application!.history!;
    expect(applicantHistory.at(-1)).toMatchObject({ action: 'lapse', toStage: 'LAPSED', reason: expect.stringContaining('2026-10-16') });

    const late = await app.gql(ResubmitCompletedApplicationDocument, { input: { applicationId: id, expectedVersion: version + 1, consentToVerification: true } }, asApplicant);
    expect(errorOf(late)).toMatchObject({ code: 'INVALID_TRANSITION' });

    // The applicant is told, in the app and by email, in the lapse's transaction.
    const lapsedMessages = () => asOwner(app, async (c) => (await c.query(`select channel::text, recipient_id, body from notification where application_id = $1 and kind = 'LAPSED' order by channel`, [id])).rows);
    const messages = await lapsedMessages();
    expect(messages.map((row) => [row.channel, row.recipient_id])).toEqual([['EMAIL', applicant.id], ['IN_APP', applicant.id]]);

    // A second run (a retry, tomorrow's run) finds nothing more to do for it.
    now = new Date('2026-10-20T01:00:00Z');
    await app.jobs.runNow('lapse-applications');
    expect(await lapseEvents(id)).toBe(1);
    expect(await lapsedMessages()).toHaveLength(2);
  });

  it('lapses a clarification return after the society\'s clarification period', async () => {
    now = RETURNED_AT;
    const applicant = await applicantOf(app, 'CSEE');
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    let { id, version } = await completeDossier(app, applicant);
    version = (await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' })).data!.submitApplication!.version!;
    version = (await app.gql(PassFormCheckDocument, { input: { applicationId: id, expectedVersion: version } }, asStaff)).data!.passFormCheck!.version!;
    const clarify = await app.gql(ReturnForClarificationDocument, { input: { applicationId: id, expectedVersion: version, reason: '请说明' } }, asStaff);
    const deadline = clarify.data!.returnForClarification!.stageDeadline!;
    now = new Date(`${deadline}T09:00:00Z`);
    await app.jobs.runNow('lapse-applications');
    expect(await stageOf(id)).toBe('RETURNED_FOR_CLARIFICATION');
    now = new Date(new Date(`${deadline}T16:00:00Z`).getTime() + 60_000); // 00:01 the next day in Beijing
    await app.jobs.runNow('lapse-applications');
    expect(await stageOf(id)).toBe('LAPSED');
  });

  it('leaves other stages alone, even with an evaluation deadline long past', async () => {
    const before = await asOwner(app, async (c) => (await c.query(`select id, stage, version from application where stage not in ('RETURNED_FOR_COMPLETION', 'RETURNED_FOR_CLARIFICATION', 'LAPSED') order by id`)).rows);
    now = new Date('2030-01-01T02:00:00Z');
    await app.jobs.runNow('lapse-applications');
    const after = await asOwner(app, async (c) => (await c.query(`select id, stage, version from application where id = any($1) order by id`, [before.map((row) => row.id)])).rows);
    expect(after).toEqual(before);
  });

  it('the system account cannot log in', async () => {
    const result = await app.gql(LoginDocument, { email: SYSTEM_ACCOUNT_EMAIL, password: '!' });
    expect(result.data?.login ?? null).toBeNull();
    expect(errorOf(result)).toBeDefined();
  });
});

describe('lapse-applications with two API processes on one database', () => {
  let secondOrm: MikroORM;
  let second: JobRunner;
  beforeAll(async () => {
    secondOrm = await MikroORM.init(createOrmOptions(app.appUrl));
    second = createJobRunner({ appUrl: app.appUrl, orm: secondOrm, logger: createLogger(app.config), clock, jobs: JOBS, settings: { ...app.config.jobs, pollingIntervalSeconds: 1 } });
  });
  afterAll(async () => {
    await second.stop(5_000);
    await app.jobs.stop(5_000);
    await secondOrm.close(true);
  });

  it('run at the same moment: one lapse, one history entry', async () => {
    const cases = await Promise.all([returnedForCompletion(), returnedForCompletion(), returnedForCompletion()]);
    now = new Date('2026-10-19T01:00:00Z');
    const outcomes = await Promise.all([app.jobs.runNow('lapse-applications'), second.runNow('lapse-applications')]);
    for (const { id } of cases) {
      expect(await stageOf(id)).toBe('LAPSED');
      expect(await lapseEvents(id)).toBe(1);
      expect(await countRows(app, 'notification', `application_id = $1 and kind = 'LAPSED'`, [id])).toBe(2);
    }
    // Each application lapsed in exactly one of the two processes.
    const lapsedTotal = outcomes.reduce((sum, outcome) => sum + Number(outcome.lapsed), 0);
    const skippedTotal = outcomes.reduce((sum, outcome) => sum + Number(outcome.skipped), 0);
    expect(lapsedTotal).toBe(cases.length);
    expect(skippedTotal).toBeGreaterThanOrEqual(0);
    expect(await countRows(app, 'application_event', `action = 'lapse' and application_id = any($1)`, [cases.map((c) => c.id)])).toBe(cases.length);
  });

  it('a second process reaching the same application while the first holds it waits, then does nothing', async () => {
    const { id } = await returnedForCompletion();
    now = new Date('2026-10-19T01:00:00Z');
    const societyId = await asOwner(app, async (c) => (await c.query('select society_id from application where id = $1', [id])).rows[0].society_id as string);
    let signalLocked!: () => void;
    let release!: () => void;
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = inSocietyScope(app.orm, societyId, async (em) => {
      const lapsed = await lapseOne(em, clock, id);
      signalLocked();
      await held; // the first process has written, not yet committed
      return lapsed;
    });
    await locked;
    const secondRun = inSocietyScope(secondOrm, societyId, (em) => lapseOne(em, clock, id));
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    expect(await first).toBe(true);
    expect(await secondRun).toBe(false);
    expect(await lapseEvents(id)).toBe(1);
  });

  it('through pg-boss: two started runners, two queued runs, one lapse', async () => {
    const { id } = await returnedForCompletion();
    now = new Date('2026-10-19T01:00:00Z');
    await app.jobs.start();
    await second.start();
    const ids = await Promise.all([app.jobs.send('lapse-applications'), second.send('lapse-applications')]);
    expect(ids.every((jobId) => typeof jobId === 'string')).toBe(true);
    const deadline = Date.now() + 20_000;
    let states: string[] = [];
    while (Date.now() < deadline) {
      states = await asOwner(app, async (c) => (await c.query(`select state::text from pgboss.job where id = any($1::uuid[])`, [ids])).rows.map((row) => row.state));
      if (states.length === 2 && states.every((state) => state === 'completed')) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(states).toEqual(['completed', 'completed']);
    expect(await stageOf(id)).toBe('LAPSED');
    expect(await lapseEvents(id)).toBe(1);
  });
});
