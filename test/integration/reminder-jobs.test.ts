import { MikroORM } from '@mikro-orm/postgresql';
import {
  LoadHolidayArrangementDocument, NotificationsDocument, RegisterMemberDocument, ReturnForCompletionDocument, SubmitApplicationDocument,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, loggedIn } from '../helpers/factories';
import { ProcedureDriver } from '../helpers/procedure-driver';
import { startTestApp, type RequestOptions, type TestApp } from '../helpers/test-app';
import { createOrmOptions } from '../../src/db/orm-config';
import { GrantRole } from '../../src/entities/enums';
import { createJobRunner } from '../../src/jobs/job-runner';
import { JOBS } from '../../src/jobs/registry';
import { createLogger } from '../../src/observability/logger';

let now = new Date('2026-09-28T02:00:00Z');
const clock = () => now;
/** 10:00 in Beijing on a China date. */
const at = (date: string) => new Date(`${date}T02:00:00Z`);
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { clock });
});
afterAll(() => app.close());

/** The messages of a kind in the viewer's in-app inbox, read through the API. */
async function inbox(as: RequestOptions, kind: string): Promise<Array<{ kind: string; body: string; applicationId: string | null }>> {
  const result = await app.gql(NotificationsDocument, { first: 100 }, as);
  expect(result.errors).toBeUndefined();
  return (result.data!.notifications!.edges ?? [])
    .map((edge) => ({ kind: edge!.node!.kind!, body: edge!.node!.body ?? '', applicationId: edge!.node!.applicationId ?? null }))
    .filter((node) => node.kind === kind);
}
const emails = (recipient: string, kind: string) =>
  asOwner(app, async (c) => Number((await c.query(`select count(*) from notification n join account a on a.id = n.recipient_id where a.id = $1 and n.kind = $2 and n.channel = 'EMAIL'`, [recipient, kind])).rows[0].count));

/** A CSEE application returned for completion at 2026-09-28 10:00, due 2026-10-16 (a Friday). */
async function returned() {
  now = at('2026-09-28');
  const applicant = await applicantOf(app, 'CSEE');
  const staff = await staffOf(app, 'CSEE');
  let { id, version } = await completeDossier(app, applicant);
  version = (await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' })).data!.submitApplication!.version!;
  const result = await app.gql(ReturnForCompletionDocument, { input: { applicationId: id, expectedVersion: version, items: ['学信网学历认证截图'] } }, { token: staff.token, society: 'CSEE' });
  expect(result.data!.returnForCompletion).toMatchObject({ stageDeadline: '2026-10-16' });
  return { id, applicant, as: { token: applicant.token, society: 'CSEE' } };
}

describe('deadline-reminders: a return due within 3 working days (deadline Friday 2026-10-16)', () => {
  it.each([
    ['Monday 10-12: 4 working days left', '2026-10-12', 0],
    ['Tuesday 10-13: 3 working days left', '2026-10-13', 1],
    ['Wednesday 10-14: 2 left (a run missed on the third day is caught up)', '2026-10-14', 1],
    ['Friday 10-16: the deadline day (no reminder: the lapse comes next)', '2026-10-16', 0],
    ['Saturday 10-10 (a make-up working day): more than 3 left', '2026-10-10', 0],
  ])('%s (%s) → %i reminder(s)', async (_case, date, expected) => {
    const { applicant, as } = await returned();
    now = at(date);
    await app.jobs.runNow('deadline-reminders');
    const messages = await inbox(as, 'RETURN_DUE_SOON');
    expect(messages).toHaveLength(expected);
    expect(await emails(applicant.id, 'RETURN_DUE_SOON')).toBe(expected);
    if (expected) expect(messages[0].body).toContain('2026-10-16');
  });

  it('reminds once per deadline, however many runs', async () => {
    const { applicant, as } = await returned();
    for (const date of ['2026-10-13', '2026-10-13', '2026-10-14', '2026-10-15']) {
      now = at(date);
      await app.jobs.runNow('deadline-reminders');
    }
    const [message] = await inbox(as, 'RETURN_DUE_SOON');
    expect(await inbox(as, 'RETURN_DUE_SOON')).toHaveLength(1);
    expect(message.body).toContain('还剩 3 个工作日');
    expect(await emails(applicant.id, 'RETURN_DUE_SOON')).toBe(1);
  });
});

describe('deadline-reminders: the evaluation deadline a month ahead, to the applicant and the staff', () => {
  it('announces 2027-10-20 from 2027-09-20 on, once', async () => {
    now = at('2026-10-20');
    const driver = await ProcedureDriver.create(app);
    const accepted = await driver.accepted();
    const staff = driver.staff.as;
    now = at('2027-09-19');
    await app.jobs.runNow('deadline-reminders');
    expect(await inbox(accepted.applicant.as, 'EVALUATION_DEADLINE_NEAR')).toHaveLength(0);
    now = at('2027-09-20');
    await app.jobs.runNow('deadline-reminders');
    now = at('2027-09-21');
    await app.jobs.runNow('deadline-reminders');
    const [toApplicant] = await inbox(accepted.applicant.as, 'EVALUATION_DEADLINE_NEAR');
    expect(toApplicant.body).toContain('2027-10-20');
    expect(toApplicant.applicationId).toBe(accepted.id);
    const toStaff = (await inbox(staff, 'EVALUATION_DEADLINE_NEAR')).filter((m) => m.applicationId === accepted.id);
    expect(toStaff).toHaveLength(1);
    // Another society's staff hear nothing of it.
    const csae = await staffOf(app, 'CSAE');
    expect((await inbox({ token: csae.token, society: 'CSAE' }, 'EVALUATION_DEADLINE_NEAR')).filter((m) => m.applicationId === accepted.id)).toHaveLength(0);
  });
});

describe('deadline-reminders: the re-registration window opening (3 months before expiry)', () => {
  it('announces it to the member once, from the day it opens', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id } = await completeDossier(app, applicant, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'TRAINEE' });
    // A rule test, not a journey: the stage before registration is set directly (the journey is procedure-coverage's).
    await asOwner(app, (c) => c.query(`update application set stage = 'AWAITING_REGISTRATION', submitted_at = now(), accepted_at = now(), society_member = true where id = $1`, [id]));
    now = at('2026-11-30');
    const staff = await staffOf(app, 'CSEE');
    const version = (await asOwner(app, async (c) => (await c.query('select version from application where id = $1', [id])).rows[0].version)) as number;
    const registered = await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: version } }, { token: staff.token, society: 'CSEE' });
    expect(registered.errors).toBeUndefined();
    const as = { token: applicant.token, society: 'CSEE' };
    now = at('2031-08-29'); // valid until 2031-11-30: the window opens 2031-08-30
    await app.jobs.runNow('deadline-reminders');
    expect(await inbox(as, 'REREGISTRATION_WINDOW_OPEN')).toHaveLength(0);
    now = at('2031-08-30');
    await app.jobs.runNow('deadline-reminders');
    now = at('2031-09-15');
    await app.jobs.runNow('deadline-reminders');
    const messages = await inbox(as, 'REREGISTRATION_WINDOW_OPEN');
    expect(messages).toHaveLength(1);
    expect(messages[0].body).toContain('2031-11-30');
    expect(messages[0].body).toContain('2032-11-30');
    // Told by the member's own society, once (the register is public; the job names the society).
    const societies = await asOwner(app, async (c) => (await c.query(`select distinct n.society_id = a.society_id as own from notification n join application a on a.id = n.application_id where n.kind = 'REREGISTRATION_WINDOW_OPEN' and a.id = $1`, [id])).rows);
    expect(societies).toEqual([{ own: true }]);
  });
});

describe('overdue-digest', () => {
  it('lists a society\'s overdue applications to its staff on working days, once a day', async () => {
    now = at('2027-01-04');
    const driver = await ProcedureDriver.create(app);
    const accepted = await driver.accepted(); // evaluation deadline 2028-01-04
    const staff = driver.staff.as;
    now = at('2028-01-05'); // a Wednesday: overdue since today
    await app.jobs.runNow('overdue-digest');
    await app.jobs.runNow('overdue-digest');
    const digests = (await inbox(staff, 'OVERDUE_DIGEST')).filter((m) => m.body.includes(accepted.id));
    expect(digests).toHaveLength(1);
    expect(digests[0].body).toContain('2028-01-04');
    const csae = await staffOf(app, 'CSAE');
    expect((await inbox({ token: csae.token, society: 'CSAE' }, 'OVERDUE_DIGEST')).filter((m) => m.body.includes(accepted.id))).toHaveLength(0);

    now = at('2028-01-08'); // a Saturday: no digest
    expect(await app.jobs.runNow('overdue-digest')).toMatchObject({ skipped: 'not a working day' });
    now = at('2028-01-10'); // Monday: a new day's digest
    await app.jobs.runNow('overdue-digest');
    expect((await inbox(staff, 'OVERDUE_DIGEST')).filter((m) => m.body.includes(accepted.id))).toHaveLength(2);
  });
});

describe('calendar-arrangement-warning', () => {
  it('warns the federation admins from November while next year is missing, until it is loaded', async () => {
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const as = { token: admin.token };
    now = at('2026-10-26');
    expect(await app.jobs.runNow('calendar-arrangement-warning')).toMatchObject({ missing: false, written: 0 });
    now = at('2026-11-30');
    await app.jobs.runNow('calendar-arrangement-warning');
    await app.jobs.runNow('calendar-arrangement-warning');
    const warnings = await inbox(as, 'CALENDAR_ARRANGEMENT_MISSING');
    expect(warnings).toHaveLength(1);
    expect(warnings[0].body).toContain('2027');
    const loaded = await app.gql(LoadHolidayArrangementDocument, {
      input: { year: 2027, source: '测试用安排（非官方）', holidays: [{ name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03' }], adjustedWorkingDays: [] },
    }, as);
    expect(loaded.errors).toBeUndefined();
    now = at('2026-12-07');
    expect(await app.jobs.runNow('calendar-arrangement-warning')).toMatchObject({ missing: false });
    expect(await inbox(as, 'CALENDAR_ARRANGEMENT_MISSING')).toHaveLength(1);
  });
});

describe('deadline-reminders with two API processes at once', () => {
  it('writes each reminder once', async () => {
    const cases = [await returned(), await returned()];
    const secondOrm = await MikroORM.init(createOrmOptions(app.appUrl));
    const second = createJobRunner({ appUrl: app.appUrl, orm: secondOrm, logger: createLogger(app.config), clock, jobs: JOBS, settings: app.config.jobs });
    try {
      now = at('2026-10-13');
      const countNow = () => asOwner(app, async (c) => Number((await c.query(`select count(*) from notification where kind = 'RETURN_DUE_SOON' and created_at = $1`, [now])).rows[0].count));
      const before = await countNow();
      const outcomes = await Promise.all([app.jobs.runNow('deadline-reminders'), second.runNow('deadline-reminders')]);
      for (const c of cases) {
        expect(await inbox(c.as, 'RETURN_DUE_SOON')).toHaveLength(1);
        expect(await emails(c.applicant.id, 'RETURN_DUE_SOON')).toBe(1);
      }
      // Every message the two runs wrote was written by exactly one of them.
      const written = outcomes.reduce((sum, o) => sum + Number(o.returnDue), 0);
      expect(written).toBe((await countNow()) - before);
      expect(written).toBeGreaterThanOrEqual(2 * cases.length);
    } finally {
      await secondOrm.close(true);
    }
  });
});
