import { GrantRole } from '../../src/entities/enums';
import {
  ApplicationHistoryDocument, ApplyForRestorationDocument, BarApplicantDocument, CancelRegistrationDocument, RegisteredMemberDocument, RestoreRegistrationDocument,
  ResubmitCompletedApplicationDocument, ReturnForCompletionDocument, RevokeRegistrationDocument, SaveBasicInformationDocument, StartApplicationDocument,
  SubmitApplicationDocument, SuspendRegistrationDocument,
} from '../generated/operations';
import { applicantOf, completeDossier } from '../helpers/dossier';
import { asOwner, errorOf, loggedIn } from '../helpers/factories';
import { must, ProcedureDriver } from '../helpers/procedure-driver';
import { httpGet, idNumberOf, registerTrainee, type RegisteredCase } from '../helpers/registered-member';
import { startTestApp, type TestApp } from '../helpers/test-app';

let now = new Date('2026-11-02T02:00:00Z');
let app: TestApp;
let driver: ProcedureDriver;
const setNow = (iso: string) => { now = new Date(iso); };

beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
  driver = await ProcedureDriver.create(app);
});
afterAll(() => app.close());

const register = (n: string) => app.gql(RegisteredMemberDocument, { registrationNumber: n }).then((r) => must(r).registeredMember!);
const verify = async (n: string) => JSON.parse((await httpGet(app, `/verify/${n}`, { accept: 'application/json' })).body.toString());
/** An application's version, as the owner reads it. */
const versionOf = (applicationId: string) => asOwner(app, async (client) => (await client.query('select version from application where id = $1', [applicationId])).rows[0].version as number);
const historyOf = async (applicationId: string, as = driver.staff.as) => must(await app.gql(ApplicationHistoryDocument, { id: applicationId }, as)).application!.history!;
/** What a refused command must leave as it was: the register entry, the history, the bars. */
const snapshot = async (c: RegisteredCase) => ({
  entry: await register(c.registrationNumber),
  history: (await historyOf(c.applicationId)).length,
  bars: await asOwner(app, async (client) => (await client.query('select count(*)::int as n from barred_identity')).rows[0].n as number),
  barredAt: await asOwner(app, async (client) => (await client.query('select barred_at from account where id = $1', [c.memberAccountId])).rows[0].barred_at as Date | null),
});

describe('suspend → the member applies → staff restore', () => {
  let c: RegisteredCase;
  beforeAll(async () => {
    c = await registerTrainee(app, driver, setNow, { idNumber: idNumberOf(1) });
    setNow('2027-03-01T02:00:00Z');
  });

  it('publishes each change at once in the register and its verification, and keeps who decided and why', async () => {
    const suspended = must(await app.gql(SuspendRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reason: '未按要求完成年度持续职业发展记录' } }, c.staff.as)).suspendRegistration!;
    expect(suspended).toMatchObject({ status: 'SUSPENDED', statusReasonKind: 'NOT_MEETING_REQUIREMENTS', statusChangedAt: '2027-03-01T02:00:00.000Z' });
    // The member is told at once, in the app and by email, with the reason (the outbox, written with the change).
    const told = await asOwner(app, async (client) => (await client.query(
      `select channel, kind, body from notification where recipient_id = $1 and kind = 'REGISTRATION_STATUS_CHANGED' order by channel::text`, [c.memberAccountId],
    )).rows as Array<{ channel: string; kind: string; body: string }>);
    expect(told.map((row) => row.channel)).toEqual(['EMAIL', 'IN_APP']);
    expect(told[0].body).toContain('暂停');
    expect(told[0].body).toContain('未按要求完成年度持续职业发展记录');
    expect(await register(c.registrationNumber)).toMatchObject({ status: 'SUSPENDED', statusReasonKind: 'NOT_MEETING_REQUIREMENTS' });
    expect(await verify(c.registrationNumber)).toMatchObject({ registrationStatus: 'SUSPENDED', statusReasonKind: 'NOT_MEETING_REQUIREMENTS', certificate: { state: 'SUSPENDED' } });
    const page = (await httpGet(app, `/verify/${c.registrationNumber}`)).body.toString();
    expect(page).toContain('data-state="SUSPENDED"');
    expect(page).toContain('不符合注册管理要求');
  });

  it('refuses to restore before the member applied, and refuses the member to restore themself: nothing changes', async () => {
    const before = await snapshot(c);
    expect(errorOf(await app.gql(RestoreRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reason: '已整改' } }, c.staff.as))).toMatchObject({ code: 'RESTORATION_NOT_REQUESTED' });
    expect(errorOf(await app.gql(RestoreRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reason: '已整改' } }, c.member.as))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(SuspendRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reason: '再次暂停' } }, c.staff.as))).toMatchObject({ code: 'INVALID_TRANSITION', field: 'input.registrationNumber' });
    expect(errorOf(await app.gql(SuspendRegistrationDocument, { input: { registrationNumber: 'CSE-T-2026-999999', reason: '不存在' } }, c.staff.as))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(c)).toEqual(before);
  });

  it('restores once the member applied: ACTIVE again, published, and the history tells every step', async () => {
    setNow('2027-04-01T02:00:00Z');
    must(await app.gql(ApplyForRestorationDocument, { input: { registrationNumber: c.registrationNumber, statement: '已补齐 2026 年度 50 学时记录' } }, c.member.as));
    const restored = must(await app.gql(RestoreRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reason: '经核实已符合要求' } }, c.staff.as)).restoreRegistration!;
    expect(restored).toMatchObject({ status: 'ACTIVE', statusReasonKind: 'REQUIREMENTS_MET', statusChangedAt: '2027-04-01T02:00:00.000Z' });
    expect(await verify(c.registrationNumber)).toMatchObject({ registrationStatus: 'ACTIVE', certificate: { state: 'VALID' } });
    const staffView = (await historyOf(c.applicationId)).slice(-3);
    expect(staffView.map((entry) => [entry.action, entry.reason])).toEqual([
      ['suspendRegistration', '未按要求完成年度持续职业发展记录'], ['applyForRestoration', '已补齐 2026 年度 50 学时记录'], ['restoreRegistration', '经核实已符合要求'],
    ]);
    expect(staffView.every((entry) => entry.actorName)).toBe(true);
    // The member is told why, never who on the staff decided.
    const memberView = (await historyOf(c.applicationId, c.member.as)).slice(-3);
    expect(memberView.map((entry) => entry.reason)).toEqual(staffView.map((entry) => entry.reason));
    expect(memberView[0].actorName).toBeNull();
  });
});

describe('revoke → barred for life across societies, found by identity document', () => {
  let c: RegisteredCase;
  beforeAll(async () => {
    c = await registerTrainee(app, driver, setNow, { idNumber: idNumberOf(2) });
  });

  it('refuses a revocation without a barring ground: nothing changes', async () => {
    const before = await snapshot(c);
    expect(errorOf(await app.gql(RevokeRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reasonKind: 'NO_REREGISTRATION', reason: '无' } }, c.staff.as)))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reasonKind' });
    expect(await snapshot(c)).toEqual(before);
  });

  it('revokes: the register and verification say REVOKED with its ground; the account and the identity are barred', async () => {
    setNow('2027-05-10T02:00:00Z');
    const revoked = must(await app.gql(RevokeRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reasonKind: 'FALSE_EVIDENCE', reason: '工作经历证明系伪造' } }, c.staff.as)).revokeRegistration!;
    expect(revoked).toMatchObject({ status: 'REVOKED', statusReasonKind: 'FALSE_EVIDENCE' });
    expect(await verify(c.registrationNumber)).toMatchObject({ registrationStatus: 'REVOKED', statusReasonKind: 'FALSE_EVIDENCE', certificate: { state: 'REVOKED' } });
    const page = await httpGet(app, `/verify/${c.registrationNumber}?issue=1`);
    expect(page.body.toString()).toContain('data-state="REVOKED"');
    expect(page.body.toString()).toContain('已撤销');
    expect((await historyOf(c.applicationId)).at(-1)).toMatchObject({ action: 'revokeRegistration', reason: '工作经历证明系伪造' });
    expect((await snapshot(c)).barredAt).not.toBeNull();
    // A second revocation is no transition.
    expect(errorOf(await app.gql(RevokeRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reasonKind: 'FALSE_EVIDENCE', reason: '再次' } }, c.staff.as))?.code).toBe('INVALID_TRANSITION');
  });

  it('refuses a new application by the same identity in another society, under another account: nothing is saved', async () => {
    const other = await applicantOf(app, 'CSAE');
    const as = { token: other.token, society: 'CSAE' };
    const started = must(await app.gql(StartApplicationDocument, { input: { fieldCode: 'AUTOMOTIVE', specialtyCode: 'MANUFACTURING', gradeCode: 'INTERN', channel: 'INDIVIDUAL' } }, as)).startApplication!;
    const refused = await app.gql(SaveBasicInformationDocument, { applicationId: started.id!, expectedVersion: started.version!, input: { name: '李四', idNumber: ` ${idNumberOf(2).toLowerCase()} ` } }, as);
    expect(errorOf(refused)).toMatchObject({ code: 'APPLICANT_BARRED', field: 'input.idNumber' });
    const stored = await asOwner(app, async (client) => (await client.query('select id_number, name, version from application where id = $1', [started.id])).rows[0]);
    expect(stored).toMatchObject({ id_number: null, version: started.version });
    // Someone else's identity is no bar.
    must(await app.gql(SaveBasicInformationDocument, { applicationId: started.id!, expectedVersion: started.version!, input: { idNumber: idNumberOf(3) } }, as));
  });

  it('refuses the barred account itself a new application anywhere', async () => {
    expect(errorOf(await app.gql(StartApplicationDocument, { input: { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'TRAINEE', channel: 'INDIVIDUAL' } }, c.member.as))?.code).toBe('APPLICANT_BARRED');
  });
});

describe('a false dossier found before registration', () => {
  it('bars the applicant by identity: the secretariat or staff decide, the applicant is told why, a new application elsewhere is refused', async () => {
    setNow('2026-11-02T02:00:00Z');
    const applicant = await applicantOf(app, 'CSEE');
    const as = { token: applicant.token, society: 'CSEE' };
    const { id, version } = await completeDossier(app, applicant, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'TRAINEE' });
    const saved = must(await app.gql(SaveBasicInformationDocument, { applicationId: id, expectedVersion: version, input: { idNumber: idNumberOf(4) } }, as)).saveBasicInformation!;
    must(await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: saved.version!, consentToVerification: true } }, as));
    // The applicant cannot bar anyone; the bar of another society's staff is NOT_FOUND (another tenant's application).
    expect(errorOf(await app.gql(BarApplicantDocument, { input: { applicationId: id, reasonKind: 'FALSE_EVIDENCE', reason: '学历证书系伪造' } }, as))?.code).toBe('FORBIDDEN');
    const csaeStaff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSAE' });
    expect(errorOf(await app.gql(BarApplicantDocument, { input: { applicationId: id, reasonKind: 'FALSE_EVIDENCE', reason: '学历证书系伪造' } }, { token: csaeStaff.token, society: 'CSAE' }))?.code).toBe('NOT_FOUND');

    const barredAt = must(await app.gql(BarApplicantDocument, { input: { applicationId: id, reasonKind: 'FALSE_EVIDENCE', reason: '学历证书系伪造' } }, driver.staff.as)).barApplicant;
    expect(barredAt).toBe('2026-11-02T02:00:00.000Z');
    expect((await historyOf(id, as)).at(-1)).toMatchObject({ action: 'barApplicant', reason: '学历证书系伪造', actorName: null });

    // Returned for completion after the bar, the applicant cannot submit again: the submission steps' guard
    // (applicantNotBarred in the action table) refuses, and the stage stays where it was.
    const returned = must(await app.gql(ReturnForCompletionDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), items: ['学历证明'] } }, driver.staff.as)).returnForCompletion!;
    const resubmitted = await app.gql(ResubmitCompletedApplicationDocument, { input: { applicationId: id, expectedVersion: returned.version!, consentToVerification: true } }, as);
    expect(errorOf(resubmitted)?.code).toBe('APPLICANT_BARRED');
    expect(await versionOf(id)).toBe(returned.version);

    const other = await applicantOf(app, 'CSAE');
    const asOther = { token: other.token, society: 'CSAE' };
    const started = must(await app.gql(StartApplicationDocument, { input: { fieldCode: 'AUTOMOTIVE', specialtyCode: 'MANUFACTURING', gradeCode: 'INTERN', channel: 'INDIVIDUAL' } }, asOther)).startApplication!;
    expect(errorOf(await app.gql(SaveBasicInformationDocument, { applicationId: started.id!, expectedVersion: started.version!, input: { idNumber: idNumberOf(4) } }, asOther))?.code).toBe('APPLICANT_BARRED');
    expect(errorOf(await app.gql(BarApplicantDocument, { input: { applicationId: id, reasonKind: 'FALSE_EVIDENCE', reason: '再次' } }, driver.staff.as))?.code).toBe('ALREADY_EXISTS');
  });
});

describe('cancel', () => {
  it('cancels an active registration by staff decision: published as not re-registered in time', async () => {
    const c = await registerTrainee(app, driver, setNow, { idNumber: idNumberOf(5) });
    expect(errorOf(await app.gql(CancelRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reason: '超期' } }, c.member.as))?.code).toBe('FORBIDDEN');
    const cancelled = must(await app.gql(CancelRegistrationDocument, { input: { registrationNumber: c.registrationNumber, reason: '再注册期满未申请' } }, c.staff.as)).cancelRegistration!;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', statusReasonKind: 'NO_REREGISTRATION' });
    expect(await verify(c.registrationNumber)).toMatchObject({ certificate: { state: 'CANCELLED' } });
  });
});
