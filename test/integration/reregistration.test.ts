import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DELIVER_NOTIFICATIONS_JOB } from '../../src/notifications/delivery-job';
import { cancelLapsedRegistrations } from '../../src/registration/cancel-lapsed-registrations.job';
import {
  ApplicationHistoryDocument, CheckReregistrationConditionsDocument, DecideReregistrationDocument, MyRegistrationsDocument, RegisteredMemberDocument,
  RequestReregistrationDocument, ReregistrationRequestsDocument,
} from '../generated/operations';
import { asOwner, errorOf } from '../helpers/factories';
import { inspectPdf } from '../helpers/inspect-pdf';
import { must, ProcedureDriver } from '../helpers/procedure-driver';
import { httpGet, idNumberOf, registerTrainee, type RegisteredCase } from '../helpers/registered-member';
import { startTestApp, type TestApp } from '../helpers/test-app';

let now = new Date('2026-11-02T02:00:00Z');
let app: TestApp;
let driver: ProcedureDriver;
const setNow = (iso: string) => { now = new Date(iso); };
/** 10:00 in Beijing on a China date. */
const onChinaDate = (date: string) => setNow(`${date}T02:00:00Z`);

beforeAll(async () => {
  app = await startTestApp({ PUBLIC_BASE_URL: 'https://verify.cse.example.cn', MAIL_DIR: mailDir }, { clock: () => now });
  driver = await ProcedureDriver.create(app);
});
afterAll(() => app.close());

const mine = async (c: RegisteredCase) => must(await app.gql(MyRegistrationsDocument, undefined, c.member.as)).myRegistrations!.find((r) => r.registrationNumber === c.registrationNumber)!;
/** The bodies of the in-app messages of a kind the member received (the outbox, as the owner reads it). */
const toldOf = (c: RegisteredCase, kind: string) => asOwner(app, async (client) => (await client.query(
  `select body from notification where recipient_id = $1 and kind = $2 and channel = 'IN_APP' order by created_at`, [c.memberAccountId, kind],
)).rows.map((row: { body: string }) => row.body));
const mailDir = path.join(tmpdir(), `ece-mail-${randomUUID()}`);
/** The re-registration outcome as emailed ("应告知其结果"): the member's latest email of a kind, delivered, read back from the JSON transport. */
async function mailedOf(c: RegisteredCase, kind: string): Promise<{ subject: string; text: string }> {
  const id = await asOwner(app, async (client) => (await client.query(
    `select id from notification where recipient_id = $1 and kind = $2 and channel = 'EMAIL' order by created_at desc limit 1`, [c.memberAccountId, kind],
  )).rows[0]?.id as string | undefined);
  expect(id).toBeDefined();
  await app.jobs.runNow(DELIVER_NOTIFICATIONS_JOB, {});
  return JSON.parse(await readFile(path.join(mailDir, `${id}.json`), 'utf8'));
}
const requestCount = (c: RegisteredCase) => asOwner(app, async (client) => (await client.query(
  'select count(*)::int as n from reregistration_request q join registration r on r.id = q.registration_id where r.registration_number = $1', [c.registrationNumber],
)).rows[0].n as number);
const ask = (c: RegisteredCase) => app.gql(RequestReregistrationDocument, { input: { registrationNumber: c.registrationNumber, statement: '注册期内遵守行为规范，每年完成 50 学时，现仍从事电力系统自动化工作' } }, c.member.as);

describe('the re-registration window: 3 months before the expiry to 12 months after, both days included', () => {
  let c: RegisteredCase;
  beforeAll(async () => {
    c = await registerTrainee(app, driver, setNow, { idNumber: idNumberOf(11) });
  });

  // Registered on 2026-11-09, valid until 2031-11-09: the window runs from 2031-08-09 to 2032-11-09.
  it.each([
    ['the day before the opening', '2031-08-08', false],
    ['the opening day', '2031-08-09', true],
    ['the closing day', '2032-11-09', true],
    ['the day after the closing', '2032-11-10', false],
  ])('%s (%s): %s', async (_label, date, accepted) => {
    onChinaDate(date);
    const before = await requestCount(c);
    const result = await ask(c);
    if (!accepted) {
      expect(errorOf(result)).toMatchObject({ code: 'OUTSIDE_REREGISTRATION_WINDOW', field: 'input.registrationNumber', params: { opensOn: '2031-08-09', closesOn: '2032-11-09' } });
      expect(await requestCount(c)).toBe(before);
      return;
    }
    const request = must(result).requestReregistration!;
    expect(request).toMatchObject({ status: 'PENDING', windowOpensOn: '2031-08-09', windowClosesOn: '2032-11-09', expiring: '2031-11-09' });
    // A second request while one is pending is refused; staff refuse this one with reasons so the next case may ask again.
    expect(errorOf(await ask(c))?.code).toBe('ALREADY_EXISTS');
    expect(errorOf(await app.gql(DecideReregistrationDocument, { input: { requestId: request.id!, grant: false } }, c.staff.as))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reasons' });
    const refused = must(await app.gql(DecideReregistrationDocument, { input: { requestId: request.id!, grant: false, reasons: '缺少年度持续职业发展记录' } }, c.staff.as)).decideReregistration!;
    expect(refused).toMatchObject({ status: 'REFUSED', reasons: '缺少年度持续职业发展记录' });
    // The member is told why.
    expect((await mine(c)).reregistrations![0]).toMatchObject({ status: 'REFUSED', reasons: '缺少年度持续职业发展记录' });
    expect((await toldOf(c, 'REREGISTRATION_REFUSED')).at(-1)).toContain('缺少年度持续职业发展记录');
    expect((await mailedOf(c, 'REREGISTRATION_REFUSED')).text).toContain('缺少年度持续职业发展记录');
  });
});

describe('conditions checked by staff, the member sees which are met; granted: 5 years from the old expiry, a new certificate', () => {
  let c: RegisteredCase;
  let requestId: string;
  beforeAll(async () => {
    c = await registerTrainee(app, driver, setNow, { idNumber: idNumberOf(12) });
    onChinaDate('2032-10-20');
    requestId = must(await ask(c)).requestReregistration!.id!;
  });

  it('shows the member every condition, unchecked ones as null, then as staff checked them', async () => {
    expect((await mine(c)).reregistrations![0].conditions!.map((entry) => entry.met)).toEqual([null, null, null, null, null]);
    expect(must(await app.gql(ReregistrationRequestsDocument, {}, c.staff.as)).reregistrationRequests!.map((r) => r.id)).toContain(requestId);
    must(await app.gql(CheckReregistrationConditionsDocument, {
      input: {
        requestId, conditions: [
          { condition: 'CONDUCT_KEPT', met: true }, { condition: 'CPD_COMPLETED', met: false, note: '2030 年度仅 32 学时' }, { condition: 'WORKING_IN_FIELD', met: true },
          { condition: 'ISSUES_RESOLVED', met: true }, { condition: 'SOCIETY_CONDITIONS', met: true },
        ],
      },
    }, c.staff.as));
    const conditions = (await mine(c)).reregistrations![0].conditions!;
    expect(conditions.map((entry) => [entry.condition, entry.met])).toEqual([
      ['CONDUCT_KEPT', true], ['CPD_COMPLETED', false], ['WORKING_IN_FIELD', true], ['ISSUES_RESOLVED', true], ['SOCIETY_CONDITIONS', true],
    ]);
    expect(conditions[1].note).toBe('2030 年度仅 32 学时');
    // The member cannot check their own conditions.
    expect(errorOf(await app.gql(CheckReregistrationConditionsDocument, { input: { requestId, conditions: [{ condition: 'CPD_COMPLETED', met: true }] } }, c.member.as))?.code).toBe('FORBIDDEN');
  });

  it('refuses to grant while a condition is unmet, naming it: nothing changes', async () => {
    const before = { entry: must(await app.gql(RegisteredMemberDocument, { registrationNumber: c.registrationNumber })).registeredMember, mine: await mine(c) };
    expect(errorOf(await app.gql(DecideReregistrationDocument, { input: { requestId, grant: true } }, c.staff.as))).toMatchObject({ code: 'REREGISTRATION_CONDITIONS_NOT_MET', field: 'input.grant', params: { missing: 'CPD_COMPLETED' } });
    expect({ entry: must(await app.gql(RegisteredMemberDocument, { registrationNumber: c.registrationNumber })).registeredMember, mine: await mine(c) }).toEqual(before);
  });

  it('grants once every condition is met: validity from the old expiry, issue 2, issue 1 verifies as superseded', async () => {
    onChinaDate('2032-11-05');
    must(await app.gql(CheckReregistrationConditionsDocument, { input: { requestId, conditions: [{ condition: 'CPD_COMPLETED', met: true, note: '已补齐' }] } }, c.staff.as));
    const granted = must(await app.gql(DecideReregistrationDocument, { input: { requestId, grant: true } }, c.staff.as)).decideReregistration!;
    expect(granted).toMatchObject({ status: 'GRANTED', newValidFrom: '2031-11-09', newValidUntil: '2036-11-09' });
    expect((await toldOf(c, 'REREGISTRATION_GRANTED')).at(-1)).toContain('2031-11-09 至 2036-11-09');
    expect((await mailedOf(c, 'REREGISTRATION_GRANTED')).text).toContain('2031-11-09 至 2036-11-09');
    expect(must(await app.gql(RegisteredMemberDocument, { registrationNumber: c.registrationNumber })).registeredMember).toMatchObject({ validFrom: '2031-11-09', validUntil: '2036-11-09', status: 'ACTIVE' });
    const own = await mine(c);
    expect(own.certificates!.map((issue) => [issue.issue, issue.validUntil, issue.supersededAt !== null])).toEqual([[1, '2031-11-09', true], [2, '2036-11-09', false]]);
    expect(own).toMatchObject({ reregistrationOpensOn: '2036-08-09', reregistrationClosesOn: '2037-11-09' });

    const verify = async (query: string) => JSON.parse((await httpGet(app, `/verify/${c.registrationNumber}${query}`, { accept: 'application/json' })).body.toString());
    expect(await verify('?issue=1')).toMatchObject({ certificate: { issue: 1, state: 'SUPERSEDED' }, latestIssue: 2 });
    expect(await verify('')).toMatchObject({ certificate: { issue: 2, state: 'VALID', validFrom: '2031-11-09', validUntil: '2036-11-09' } });
    const superseded = (await httpGet(app, `/verify/${c.registrationNumber}?issue=1`)).body.toString();
    expect(superseded).toContain('data-state="SUPERSEDED"');

    const pdf = await httpGet(app, `/certificates/${c.registrationNumber}.pdf`, c.member.as);
    const read = await inspectPdf(pdf.body, 'certificate-reregistered');
    expect(read.text).toContain('2036-11-09');
    expect(read.qr).toBe(`https://verify.cse.example.cn/verify/${c.registrationNumber}?issue=2`);
    const history = must(await app.gql(ApplicationHistoryDocument, { id: c.applicationId }, c.staff.as)).application!.history!;
    expect(history.map((entry) => entry.action).slice(-2)).toEqual(['requestReregistration', 'grantReregistration']);
  });
});

describe('automatic cancellation after the window closed (the scheduled function)', () => {
  it('cancels once and records once, even when two runs go at the same moment; not on the closing day', async () => {
    const c = await registerTrainee(app, driver, setNow, { idNumber: idNumberOf(13) });
    const mineOnly = (rows: Array<{ registrationNumber: string }>) => rows.filter((row) => row.registrationNumber === c.registrationNumber);
    expect(mineOnly(await cancelLapsedRegistrations(app.orm.em, new Date('2032-11-09T02:00:00Z')))).toEqual([]);
    // The scheduled job (src/jobs/registry.ts, the runner's clock) and a direct run at the same moment.
    setNow('2032-11-10T02:00:00Z');
    const [job, direct] = await Promise.all([
      app.jobs.runNow('cancel-lapsed-registrations'),
      cancelLapsedRegistrations(app.orm.em, new Date('2032-11-10T02:00:00Z')),
    ]);
    const first = (job.registrationNumbers as string[]).map((registrationNumber) => ({ registrationNumber }));
    expect(mineOnly([...first, ...direct])).toHaveLength(1);
    expect(mineOnly(await cancelLapsedRegistrations(app.orm.em, new Date('2032-11-11T02:00:00Z')))).toEqual([]);
    expect(must(await app.gql(RegisteredMemberDocument, { registrationNumber: c.registrationNumber })).registeredMember).toMatchObject({
      status: 'CANCELLED', statusReasonKind: 'NO_REREGISTRATION', statusChangedAt: '2032-11-10T02:00:00.000Z',
    });
    const history = must(await app.gql(ApplicationHistoryDocument, { id: c.applicationId }, c.member.as)).application!.history!;
    const automatic = history.filter((entry) => entry.action === 'cancelRegistrationAutomatically');
    expect(automatic).toHaveLength(1);
    expect(automatic[0].reason).toContain('2032-11-09');
    expect(JSON.parse((await httpGet(app, `/verify/${c.registrationNumber}`, { accept: 'application/json' })).body.toString())).toMatchObject({ certificate: { state: 'CANCELLED' } });
  });
});
