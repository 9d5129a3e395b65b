import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { GrantRole } from '../../src/entities/enums';
import {
  CycleTimesReportDocument, ExaminerWorkloadReportDocument, FunnelReportDocument, LapseApplicationDocument, MarkSocietyMembershipDocument,
  PassBasicConditionsDocument, PassFormCheckDocument, RegistrationReportDocument, ReturnForCompletionDocument, AcceptApplicationDocument,
  SubmitApplicationDocument, type ReportFilter,
} from '../generated/operations';
import { applicantOf, completeDossier } from '../helpers/dossier';
import { errorOf, examinerOf, loggedIn } from '../helpers/factories';
import { must, ProcedureDriver, type Case } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Reports against a small known dataset built through the API with a pinned clock:
 *   CSEE, all PROFESSIONAL ELECTRICAL INDIVIDUAL, submitted on Mon 2026-10-05 10:00 (China):
 *   A1: form check +1 day, basic conditions and acceptance +4 days.
 *   A2: returned for completion +1 day, lapsed on 2026-11-20 (its 10-working-day deadline long past).
 *   A3: form check +3 days, basic conditions and acceptance +4 days, two material reviewers +10 days,
 *       both review +12 days.
 *   CES: B1 submitted on the same day (another tenant).
 */
const DAY = 24 * 3600 * 1000;
const T0 = new Date('2026-10-05T02:00:00.000Z');
let now = T0;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

let app: TestApp;
let driver: ProcedureDriver;
let federation: { token: string };
let cesStaff: { token: string };
let a1: Case;
let a2: Case;
let a3: Case;

beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
  driver = await ProcedureDriver.create(app);
  federation = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
  cesStaff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CES' });
  now = T0;
  a1 = await driver.submitted('PROFESSIONAL');
  a2 = await driver.submitted('PROFESSIONAL');
  a3 = await driver.submitted('PROFESSIONAL');
  const cesApplicant = await applicantOf(app, 'CES');
  const b1 = await completeDossier(app, cesApplicant, 'CES');
  must(await app.gql(SubmitApplicationDocument, { input: { applicationId: b1.id, expectedVersion: b1.version, consentToVerification: true } }, { token: cesApplicant.token, society: 'CES' }));

  now = at(1);
  await driver.step(PassFormCheckDocument, a1.id);
  await driver.step(ReturnForCompletionDocument, a2.id, driver.staff.as, { items: ['身份证复印件'] });
  now = at(3);
  await driver.step(PassFormCheckDocument, a3.id);
  now = at(4);
  for (const c of [a1, a3]) {
    await driver.step(PassBasicConditionsDocument, c.id);
    must(await app.gql(MarkSocietyMembershipDocument, { applicationId: c.id, expectedVersion: (await driver.state(c.id)).version, member: true }, driver.staff.as));
    await driver.step(AcceptApplicationDocument, c.id);
  }
  now = at(10);
  const reviewers = await driver.assignReviewers(a3);
  now = at(12);
  await driver.review(a3, reviewers, { conclusion: 'RECOMMEND', nextAssessment: 'INTERVIEW', probePoints: '重点考察项目管理能力' });
  now = new Date('2026-11-20T02:00:00.000Z');
  await driver.step(LapseApplicationDocument, a2.id);
}, 240_000);
afterAll(() => app.close());

const CSEE = { societyCode: 'CSEE', fieldCode: null, gradeCode: null, channel: null, period: null };
const FILTER: ReportFilter = { from: '2026-01-01', to: '2026-11-30' };

describe('the funnel', () => {
  it.each([
    // stage, entries, exits, in the stage at the end of the period
    ['SUBMITTED', 3, 3, 0],
    ['RETURNED_FOR_COMPLETION', 1, 1, 0],
    ['FORM_CHECKED', 2, 2, 0],
    ['BASIC_CONDITIONS_MET', 2, 2, 0],
    ['ACCEPTED', 2, 1, 1],
    ['MATERIAL_REVIEW', 1, 0, 1],
    ['LAPSED', 1, 0, 1],
  ])('counts %s for CSEE staff: %i in, %i out, %i there', async (stage, entries, exits, inStage) => {
    const rows = must(await app.gql(FunnelReportDocument, { filter: FILTER }, driver.staff.as)).funnelReport!;
    expect(rows.find((row) => row.stage === stage)).toEqual({ ...CSEE, stage, entries, exits, inStage });
  });

  it('shows society staff nothing but their own society, even when they name another', async () => {
    const own = must(await app.gql(FunnelReportDocument, { filter: FILTER }, driver.staff.as)).funnelReport!;
    expect(new Set(own.map((row) => row.societyCode))).toEqual(new Set(['CSEE']));
    const other = must(await app.gql(FunnelReportDocument, { filter: { ...FILTER, societyCodes: ['CES'] } }, driver.staff.as)).funnelReport!;
    expect(other).toEqual([]);
    const ces = must(await app.gql(FunnelReportDocument, { filter: FILTER }, { token: cesStaff.token, society: 'CES' })).funnelReport!;
    expect(ces).toEqual([{ ...CSEE, societyCode: 'CES', stage: 'SUBMITTED', entries: 1, exits: 0, inStage: 1 }]);
  });

  it('lets the federation read across societies, by any breakdown, and filter', async () => {
    const all = must(await app.gql(FunnelReportDocument, { filter: FILTER, groupBy: [] }, { token: federation.token })).funnelReport!;
    expect(all.find((row) => row.stage === 'SUBMITTED')).toMatchObject({ societyCode: null, entries: 4, exits: 3, inStage: 1 });
    const byMonth = must(await app.gql(FunnelReportDocument, { filter: { ...FILTER, societyCodes: ['CSEE'] }, groupBy: ['PERIOD', 'GRADE', 'CHANNEL', 'FIELD'] }, { token: federation.token })).funnelReport!;
    expect(byMonth.filter((row) => row.stage === 'RETURNED_FOR_COMPLETION')).toEqual([
      { societyCode: null, fieldCode: 'ELECTRICAL', gradeCode: 'PROFESSIONAL', channel: 'INDIVIDUAL', period: '2026-10', stage: 'RETURNED_FOR_COMPLETION', entries: 1, exits: 0, inStage: 1 },
      { societyCode: null, fieldCode: 'ELECTRICAL', gradeCode: 'PROFESSIONAL', channel: 'INDIVIDUAL', period: '2026-11', stage: 'RETURNED_FOR_COMPLETION', entries: 0, exits: 1, inStage: 0 },
    ]);
    const enterprise = must(await app.gql(FunnelReportDocument, { filter: { ...FILTER, channels: ['ENTERPRISE'] } }, { token: federation.token })).funnelReport!;
    expect(enterprise).toEqual([]);
    const before = must(await app.gql(FunnelReportDocument, { filter: { from: '2026-01-01', to: '2026-09-30' } }, { token: federation.token })).funnelReport!;
    expect(before).toEqual([]);
  });
});

describe('cycle times', () => {
  it.each([
    // span, finished, p50, p90, finished overdue, open overdue
    ['SUBMITTED', 3, 1, 3, null, null],
    ['FORM_CHECKED', 2, 1, 3, null, null],
    ['BASIC_CONDITIONS_MET', 2, 0, 0, null, null],
    ['ACCEPTED', 1, 6, 6, null, null],
    ['RETURNED_FOR_COMPLETION', 1, 45, 45, 1, 0],
  ])('measures %s: %i finished, p50 %i, p90 %i days', async (span, finished, p50Days, p90Days, finishedOverdue, openOverdue) => {
    const rows = must(await app.gql(CycleTimesReportDocument, { filter: FILTER }, driver.staff.as)).cycleTimesReport!;
    expect(rows.find((row) => row.span === span)).toMatchObject({ ...CSEE, span, finished, p50Days, p90Days, finishedOverdue, openOverdue });
  });

  it('states the deadline and the share overdue', async () => {
    const rows = must(await app.gql(CycleTimesReportDocument, { filter: FILTER }, { token: federation.token })).cycleTimesReport!;
    const returned = rows.find((row) => row.span === 'RETURNED_FOR_COMPLETION')!;
    expect(returned.overdueShare).toBe(1);
    expect(returned.deadlineZh).toContain('10 个工作日');
    expect(rows.find((row) => row.span === 'SUBMITTED')!.overdueShare).toBeNull();
  });
});

describe('examiner workload', () => {
  it('counts each reviewer\'s assignment and review, with the 48 hours it took', async () => {
    const rows = must(await app.gql(ExaminerWorkloadReportDocument, { filter: FILTER }, driver.staff.as)).examinerWorkloadReport!;
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ societyCode: 'CSEE', fieldCode: 'ELECTRICAL', kind: 'MATERIAL_REVIEW', assigned: 1, removed: 0, completed: 1, standing: 1, meanTurnaroundHours: 48 });
    }
    expect(must(await app.gql(ExaminerWorkloadReportDocument, { filter: FILTER }, { token: cesStaff.token, society: 'CES' })).examinerWorkloadReport).toEqual([]);
  });
});

describe('registrations', () => {
  it('has nothing granted or expiring yet in this dataset', async () => {
    expect(must(await app.gql(RegistrationReportDocument, { filter: FILTER, expiringWithinMonths: 60 }, { token: federation.token })).registrationReport).toEqual([]);
  });
});

describe('who may read reports', () => {
  it.each([
    ['an applicant', async () => ({ token: (await applicantOf(app, 'CSEE')).token, society: 'CSEE' }), 'FORBIDDEN'],
    ['an examiner', async () => ({ token: (await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL'))).token, society: 'CSEE' }), 'FORBIDDEN'],
    ['an enterprise recommender', async () => ({ token: (await loggedIn(app, { role: GrantRole.ENTERPRISE_RECOMMENDER, enterprise: '中国电力建设集团有限公司' })).token }), 'FORBIDDEN'],
    ['nobody signed in', async () => ({}), 'UNAUTHENTICATED'],
  ])('refuses %s', async (_who, as, code) => {
    const options = await as();
    for (const document of [FunnelReportDocument, CycleTimesReportDocument, ExaminerWorkloadReportDocument, RegistrationReportDocument] as const) {
      const result = await app.gql(document as typeof FunnelReportDocument, { filter: FILTER }, options);
      expect(errorOf(result)?.code).toBe(code);
    }
  });

  it('checks the filter: dates, codes, the expiry window', async () => {
    expect(errorOf(await app.gql(FunnelReportDocument, { filter: { from: '2026-02-30' } }, { token: federation.token }))).toMatchObject({ code: 'MALFORMED_DATE', field: 'filter.from' });
    expect(errorOf(await app.gql(FunnelReportDocument, { filter: { from: '2026-11-01', to: '2026-10-01' } }, { token: federation.token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
    expect(errorOf(await app.gql(FunnelReportDocument, { filter: { fieldCodes: ['NOPE'] } }, { token: federation.token }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.fieldCodes' });
    expect(errorOf(await app.gql(RegistrationReportDocument, { expiringWithinMonths: 0 }, { token: federation.token }))).toMatchObject({ code: 'NUMBER_OUT_OF_RANGE' });
  });
});

/** GET an export with the given token and society. */
async function exportOf(path: string, as: { token?: string; society?: string }) {
  const headers: Record<string, string> = {};
  if (as.token) headers.authorization = `Bearer ${as.token}`;
  if (as.society) headers['x-society'] = as.society;
  const response = await fetch(new URL(path, app.server.url).toString(), { headers });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

describe('exports', () => {
  it('streams the funnel as CSV with Chinese headers and the query\'s figures', async () => {
    const response = await exportOf('/reports/funnel.csv?from=2026-01-01&to=2026-11-30', driver.staff.as);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('申请漏斗.csv')}`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const text = response.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toBe('学会,工程技术领域,会员级别,申请渠道,统计月份,阶段,进入数,离开数,期末在该阶段数');
    expect(lines).toContain('CSEE,,,,,ACCEPTED,2,1,1');
    expect(lines.every((line, index) => index === 0 || line.startsWith('CSEE,'))).toBe(true);
  });

  it('applies the same filters and breakdown as the query', async () => {
    const response = await exportOf('/reports/funnel.csv?from=2026-01-01&to=2026-11-30&groupBy=PERIOD&society=CSEE', { token: federation.token });
    const lines = response.body.toString('utf8').slice(1).trim().split('\n');
    expect(lines).toEqual(expect.arrayContaining([',,,,2026-10,RETURNED_FOR_COMPLETION,1,0,1', ',,,,2026-11,RETURNED_FOR_COMPLETION,0,1,0']));
    const none = await exportOf('/reports/funnel.csv?from=2026-01-01&to=2026-11-30&society=CES', driver.staff.as);
    expect(none.body.toString('utf8').slice(1).trim().split('\n')).toHaveLength(1);
  });

  it('streams cycle times as XLSX with Chinese headers', async () => {
    const response = await exportOf('/reports/cycle-times.xlsx?from=2026-01-01&to=2026-11-30', { token: federation.token });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('办理周期');
    expect((sheet.getRow(1).values as unknown[]).slice(1, 8)).toEqual(['学会', '工程技术领域', '会员级别', '申请渠道', '统计月份', '阶段或全程', '已完成数']);
    const returned = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(6).value === 'RETURNED_FOR_COMPLETION' && row.getCell(1).value === 'CSEE')!;
    expect([returned.getCell(7).value, returned.getCell(8).value, returned.getCell(11).value, returned.getCell(12).value]).toEqual([1, 45, 1, 1]);
  });

  it('exports the written-exam pass conditions side by side for the federation only', async () => {
    const response = await exportOf('/reports/written-exam-standards.csv?field=ELECTRICAL', { token: federation.token });
    const lines = response.body.toString('utf8').slice(1).trim().split('\n');
    expect(lines[0]).toBe('工程技术领域,学会,学会名称,笔试合格分数线,学会通用合格分数线,已发布,发布时间');
    expect(lines.slice(1).map((line) => line.split(',')[1]).sort()).toEqual(['CES', 'CSEE']);
    expect((await exportOf('/reports/written-exam-standards.csv?field=ELECTRICAL', driver.staff.as)).status).toBe(403);
  });

  it.each([
    ['an applicant', async () => ({ token: (await applicantOf(app, 'CSEE')).token, society: 'CSEE' }), 403, 'FORBIDDEN'],
    ['an examiner', async () => ({ token: (await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL'))).token, society: 'CSEE' }), 403, 'FORBIDDEN'],
    ['nobody signed in', async () => ({}), 401, 'UNAUTHENTICATED'],
  ])('refuses %s', async (_who, as, status, code) => {
    const options = await as();
    for (const path of ['/reports/funnel.csv', '/reports/cycle-times.xlsx', '/reports/examiner-workload.csv', '/reports/registrations.xlsx']) {
      const response = await exportOf(path, options);
      expect(response.status).toBe(status);
      expect(JSON.parse(response.body.toString('utf8')).errors[0].extensions.code).toBe(code);
    }
  });

  it('checks its parameters like the query does', async () => {
    const bad = async (path: string) => JSON.parse((await exportOf(path, { token: federation.token })).body.toString('utf8')).errors[0].extensions;
    expect(await bad('/reports/funnel.csv?from=2026-02-30')).toMatchObject({ code: 'MALFORMED_DATE', field: 'from' });
    expect(await bad('/reports/registrations.csv?expiringWithinMonths=61')).toMatchObject({ code: 'NUMBER_OUT_OF_RANGE', field: 'expiringWithinMonths' });
    expect(await bad('/reports/funnel.csv?channel=POST')).toMatchObject({ code: 'BAD_USER_INPUT', field: 'channel' });
    expect(await bad('/reports/nothing.csv')).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the summaries', () => {
  it('kept by the triggers equal those rebuilt from the history', async () => {
    const client = new Client({ connectionString: app.ownerUrl });
    await client.connect();
    try {
      const snapshot = async () => {
        const tables: Record<string, unknown[]> = {};
        for (const table of ['report_stage_entry', 'report_stage_flow', 'report_cycle_histogram', 'report_examiner_activity', 'report_registration_expiry']) {
          tables[table] = (await client.query(`select * from ${table} order by 1, 2, 3, 4, 5`)).rows.map((row) => JSON.stringify(row)).sort();
        }
        return tables;
      };
      const kept = await snapshot();
      expect(kept.report_stage_flow.length).toBeGreaterThan(5);
      await client.query('begin');
      await client.query('select report_rebuild_summaries(), report_rebuild_registration_expiry()');
      const rebuilt = await snapshot();
      await client.query('rollback');
      expect(rebuilt).toEqual(kept);
    } finally {
      await client.end();
    }
  });

  it('cannot be written by the API\'s role, directly or through the trigger functions', async () => {
    const client = new Client({ connectionString: app.appUrl });
    await client.connect();
    try {
      for (const sql of [
        `delete from report_stage_flow`,
        `insert into report_examiner_activity (examiner_id, society_id, kind, period) values (gen_random_uuid(), gen_random_uuid(), 'MATERIAL_REVIEW', '2026-11-01')`,
        `select report_add_flow(gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 'INDIVIDUAL', 'SUBMITTED', '2026-11-01', 1, 0)`,
        `select report_rebuild_summaries()`,
      ]) {
        await client.query('begin');
        await client.query(`select set_config('app.society_ids', '{}', true), set_config('app.federation', 'off', true), set_config('app.account_id', '', true)`);
        await expect(client.query(sql)).rejects.toThrow(/permission denied/);
        await client.query('rollback');
      }
    } finally {
      await client.end();
    }
  });
});
