import ExcelJS from 'exceljs';
import { GrantRole } from '../../src/entities/enums';
import { REFRESH_CPD_REPORT_JOB } from '../../src/jobs/refresh-cpd-report.job';
import {
  ApplicationDecisionsDocument, ComplaintsReportDocument, CpdComplianceReportDocument, CpdFiguresDocument, HandleComplaintDocument, LodgeComplaintDocument,
  MyComplaintsDocument, PassFormCheckDocument, RecordCpdActivityDocument, SubmitApplicationDocument, type ComplaintStepAction, type CpdActivityInput,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, errorOf, examinerOf, loggedIn } from '../helpers/factories';
import { registeredMember, type Member } from '../helpers/members';
import { startTestApp, type RequestOptions, type TestApp } from '../helpers/test-app';

/**
 * CPD compliance and complaints in the reports (issue 12): figures per society (field, grade) under the report
 * policy, in the exports with Chinese headers. The dataset, built through the API with a pinned clock:
 *   CSEE: m1 (60 hours ending in 2025, 10 in 2026), m2 (20 hours in 2025); CES: m3 (nothing). All registered
 *   from 2025-01-01, so 2025 owes the whole 50 hours.
 *   Complaints from Mon 2026-03-02: a RESULT complaint handled by CSEE, fed back ten days later; a procedure breach
 *   about CSEE (the federation's quality supervision) and an anonymous opinion about no society, both left open.
 */
let now = new Date('2026-03-02T02:00:00.000Z');
let app: TestApp;
let m1: Member;
let m2: Member;
let m3: Member;
let federation: RequestOptions;
let cseeStaff: RequestOptions & { id: string };
let cesStaff: RequestOptions;

const activity = (member: Member, hours: number, endedOn: string): CpdActivityInput => ({
  registrationId: member.registrationId, kind: 'TRAINING', title: '继电保护新技术培训', provider: '中国电机工程学会', startedOn: endedOn, endedOn, hours,
});

async function record(member: Member, hours: number, endedOn: string): Promise<void> {
  const done = await app.gql(RecordCpdActivityDocument, { input: activity(member, hours, endedOn) }, member.as);
  expect(done.errors).toBeUndefined();
}

beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
  m1 = await registeredMember(app, 'CSEE', { validFrom: '2025-01-01' });
  m2 = await registeredMember(app, 'CSEE', { validFrom: '2025-01-01' });
  m3 = await registeredMember(app, 'CES', { validFrom: '2025-01-01' });
  await record(m1, 30, '2025-04-03');
  await record(m1, 30, '2025-09-30');
  await record(m1, 10, '2026-02-01');
  await record(m2, 20, '2025-05-20');
  federation = { token: (await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN })).token };
  const staff = await staffOf(app, 'CSEE');
  cseeStaff = { token: staff.token, society: 'CSEE', id: staff.id };
  cesStaff = { token: (await staffOf(app, 'CES')).token, society: 'CES' };

  // Complaints on Mon 2026-03-02.
  const applicant = await applicantOf(app, 'CSEE');
  const complainant = { token: applicant.token, society: 'CSEE' };
  const draft = await completeDossier(app, applicant);
  const submitted = await app.gql(SubmitApplicationDocument, { input: { applicationId: draft.id, expectedVersion: draft.version, consentToVerification: true } }, complainant);
  await app.gql(PassFormCheckDocument, { input: { applicationId: draft.id, expectedVersion: submitted.data!.submitApplication!.version! } }, cseeStaff);
  const history = (await app.gql(ApplicationDecisionsDocument, { id: draft.id }, complainant)).data!.application!.history!;
  const decisionEventId = history.find((event) => event.action === 'passFormCheck')!.id!;
  const lodged = await app.gql(LodgeComplaintDocument, { input: { kind: 'RESULT', subject: '对形式审查结论有异议', content: '所缺照片已于提交时上传。', applicationId: draft.id, decisionEventId } }, complainant);
  expect(lodged.errors).toBeUndefined();
  const complaintId = (await app.gql(MyComplaintsDocument, {}, complainant)).data!.myComplaints![0].id!;
  const steps: ComplaintStepAction[] = ['ASSIGN', 'INVESTIGATE', 'DECIDE'];
  for (const action of steps) {
    expect((await app.gql(HandleComplaintDocument, { input: { complaintId, action, note: '处理', assigneeId: cseeStaff.id, outcome: 'UPHELD' } }, cseeStaff)).errors).toBeUndefined();
  }
  now = new Date('2026-03-12T02:00:00.000Z');
  expect((await app.gql(HandleComplaintDocument, { input: { complaintId, action: 'FEEDBACK', note: '已书面告知投诉人。' } }, cseeStaff)).errors).toBeUndefined();
  expect((await app.gql(LodgeComplaintDocument, { input: { kind: 'PROCEDURE_BREACH', subject: '学会超期未受理', content: '提交后两个月未作形式审查。', societyCode: 'CSEE' } }, complainant)).errors).toBeUndefined();
  expect((await app.gql(LodgeComplaintDocument, { input: { kind: 'OPINION', subject: '建议公开评价进度', content: '希望能在线查看各阶段时限。' } }, {})).errors).toBeUndefined();
  // Today: Fri 2026-05-01, both open complaints are past their 20 working days.
  now = new Date('2026-05-01T02:00:00.000Z');
}, 240_000);
afterAll(() => app.close());

const CPD_2025 = { from: '2025-01-01', to: '2025-12-31' };
const cpdReport = async (as: RequestOptions, filter: object = CPD_2025, groupBy?: string[]) => {
  const answer = await app.gql(CpdComplianceReportDocument, { filter, groupBy: groupBy as never }, as);
  expect(answer.errors).toBeUndefined();
  return answer.data!.cpdComplianceReport!;
};
const cell = { fieldCode: null, gradeCode: null, channel: null };

describe('CPD compliance report', () => {
  it('counts, per society and year, the registrations due, compliant and short of hours, as of the last scheduled refresh', async () => {
    // The migration's refresh ran before anyone recorded anything: the figures are as of then.
    expect(await cpdReport(federation)).toEqual([]);
    const ran = await app.jobs.runNow(REFRESH_CPD_REPORT_JOB);
    expect(ran.rows).toBeGreaterThan(0);
    const rows = await cpdReport(federation);
    expect(rows.map(({ refreshedAt, ...rest }) => rest)).toEqual([
      { societyCode: 'CES', ...cell, year: 2025, due: 1, compliant: 0, shortOfHours: 1, compliantShare: 0, requiredHours: 50, hours: 0, audited: 0, auditsRejected: 0, auditsPending: 0 },
      { societyCode: 'CSEE', ...cell, year: 2025, due: 2, compliant: 1, shortOfHours: 1, compliantShare: 0.5, requiredHours: 100, hours: 80, audited: 0, auditsRejected: 0, auditsPending: 0 },
    ]);
    expect(rows.every((row) => row.refreshedAt !== null)).toBe(true);
  });

  it('agrees with the live per-society figures (cpdFigures) for every year', async () => {
    for (const year of [2025, 2026]) {
      const live = (await app.gql(CpdFiguresDocument, { year }, federation)).data!.cpdFigures!;
      const report = await cpdReport(federation, { from: `${year}-01-01`, to: `${year}-12-31` });
      expect(report.map((row) => [row.societyCode, row.due, row.compliant])).toEqual(live.map((row) => [row.societyCode, row.members, row.met]));
    }
  });

  it('is as fresh as the last run: a new activity counts after the next refresh; two refreshes at once write the same figures', async () => {
    await record(m2, 30, '2025-11-11');
    expect((await cpdReport(federation, CPD_2025, ['SOCIETY']))[1]).toMatchObject({ societyCode: 'CSEE', compliant: 1, hours: 80 });
    await Promise.all([app.jobs.runNow(REFRESH_CPD_REPORT_JOB), app.jobs.runNow(REFRESH_CPD_REPORT_JOB)]);
    expect((await cpdReport(federation))[1]).toMatchObject({ societyCode: 'CSEE', due: 2, compliant: 2, shortOfHours: 0, hours: 110 });
    const rows = await asOwner(app, async (c) => (await c.query(`select count(*)::int as n from report_cpd_year where year = 2025`)).rows[0].n);
    expect(rows).toBe(2);
  });

  it('breaks down by field and grade; society staff see their own society only', async () => {
    expect(await cpdReport(federation, { ...CPD_2025, societyCodes: ['CES'] }, ['SOCIETY', 'FIELD', 'GRADE', 'CHANNEL'])).toMatchObject([
      { societyCode: 'CES', fieldCode: 'ELECTRICAL', gradeCode: 'PROFESSIONAL', channel: 'INDIVIDUAL', year: 2025, due: 1 },
    ]);
    expect((await cpdReport(cseeStaff)).map((row) => row.societyCode)).toEqual(['CSEE']);
    expect(await cpdReport(cseeStaff, { ...CPD_2025, societyCodes: ['CES'] })).toEqual([]);
    expect((await cpdReport(cesStaff)).map((row) => [row.societyCode, row.due])).toEqual([['CES', 1]]);
  });

  it.each([
    ['a member', async () => m1.as, 'FORBIDDEN'],
    ['an examiner', async () => ({ token: (await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL'))).token, society: 'CSEE' }), 'FORBIDDEN'],
    ['nobody signed in', async () => ({}), 'UNAUTHENTICATED'],
  ])('refuses %s', async (_who, as, code) => {
    const options = await as();
    expect(errorOf(await app.gql(CpdComplianceReportDocument, { filter: CPD_2025 }, options))?.code).toBe(code);
    expect(errorOf(await app.gql(ComplaintsReportDocument, {}, options))?.code).toBe(code);
  });
});

const PERIOD = { from: '2026-03-01', to: '2026-05-31' };
const complaints = async (as: RequestOptions, groupBy?: string[], filter: object = PERIOD) => {
  const answer = await app.gql(ComplaintsReportDocument, { filter, groupBy: groupBy as never }, as);
  expect(answer.errors).toBeUndefined();
  return answer.data!.complaintsReport!;
};
const none = { awaitingAssignment: 0, assigned: 0, investigating: 0, decided: 0, feedbackGiven: 0, feedbackP50Days: null, feedbackP90Days: null, feedbackLate: 0, openOverdue: 0 };

describe('complaints report', () => {
  it('counts, per society and handler, the complaints received, where they stand, the time to feedback and what is overdue', async () => {
    expect(await complaints(federation)).toEqual([
      { societyCode: null, period: null, handler: 'QUALITY_SUPERVISION', received: 1, ...none, awaitingAssignment: 1, openOverdue: 1 },
      { societyCode: 'CSEE', period: null, handler: 'SOCIETY', received: 1, ...none, feedbackGiven: 1, feedbackP50Days: 10, feedbackP90Days: 10 },
      { societyCode: 'CSEE', period: null, handler: 'QUALITY_SUPERVISION', received: 1, ...none, awaitingAssignment: 1, openOverdue: 1 },
    ]);
  });

  it('breaks down by month of receipt, and counts nothing outside the period', async () => {
    expect((await complaints(federation, ['PERIOD'])).map((row) => [row.period, row.handler, row.received])).toEqual([['2026-03', 'SOCIETY', 1], ['2026-03', 'QUALITY_SUPERVISION', 2]]);
    expect(await complaints(federation, ['SOCIETY'], { from: '2026-04-01', to: '2026-05-31' })).toEqual([]);
  });

  it('shows society staff what their society handles, nothing of the federation\'s or another society\'s', async () => {
    expect((await complaints(cseeStaff)).map((row) => [row.societyCode, row.handler, row.received])).toEqual([['CSEE', 'SOCIETY', 1]]);
    expect(await complaints(cesStaff)).toEqual([]);
  });
});

/** GET an export with the given token and society. */
async function exportOf(path: string, as: RequestOptions) {
  const headers: Record<string, string> = {};
  if (as.token) headers.authorization = `Bearer ${as.token}`;
  if (as.society) headers['x-society'] = as.society;
  const response = await fetch(new URL(path, app.server.url).toString(), { headers });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

describe('exports', () => {
  it('streams the CPD compliance as CSV with Chinese headers and the query\'s figures', async () => {
    const response = await exportOf('/reports/cpd-compliance.csv?from=2025-01-01&to=2025-12-31&society=CSEE', federation);
    expect(response.status).toBe(200);
    const [header, ...lines] = response.body.toString('utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(header.split(',').slice(0, 8)).toEqual(['学会', '工程技术领域', '会员级别', '申请渠道', '年度', '应完成继续职业发展的注册人数', '达标人数', '学时不足人数']);
    expect(lines.map((line) => line.split(',').slice(0, 8))).toEqual([['CSEE', '', '', '', '2025', '2', '2', '0']]);
  });

  it('streams the complaints as XLSX with Chinese headers; staff get their own', async () => {
    const response = await exportOf('/reports/complaints.xlsx?from=2026-03-01&to=2026-05-31', cseeStaff);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('申诉投诉办理');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['学会', '受理月份', '处理方', '受理数', '待分派数']);
    expect(sheet.rowCount).toBe(2);
    expect((sheet.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['CSEE', undefined, 'SOCIETY', 1]);
  });
});

describe('the deadline the cycle times judge a whole evaluation against', () => {
  it.each([
    // channel, accepted at (UTC), the deadline the acceptance recorded, the deadline judged
    ['ENTERPRISE', '2026-01-10T02:00:00Z', '2027-01-10', '2026-07-10'],
    ['ENTERPRISE', '2026-08-31T17:00:00Z', '2027-09-01', '2027-03-01'],
    ['INDIVIDUAL', '2026-01-10T02:00:00Z', '2027-01-10', '2027-01-10'],
  ])('%s accepted at %s: %s recorded, judged against %s (6 months for the enterprise channel, else 12)', async (channel, accepted, recorded, judged) => {
    const deadline = await asOwner(app, async (c) => (await c.query(
      `select to_char(report_evaluation_deadline($1::application_channel, $2::timestamptz, $3::date), 'YYYY-MM-DD') as d`, [channel, accepted, recorded],
    )).rows[0].d);
    expect(deadline).toBe(judged);
  });
});
