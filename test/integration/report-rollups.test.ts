import { Client } from 'pg';
import { GrantRole } from '../../src/entities/enums';
import {
  AcceptApplicationDocument, CycleTimesReportDocument, ExaminerWorkloadReportDocument, FunnelReportDocument, MarkSocietyMembershipDocument,
  PassBasicConditionsDocument, PassFormCheckDocument, ReturnForCompletionDocument, type ReportFilter,
} from '../generated/operations';
import { loggedIn } from '../helpers/factories';
import { must, ProcedureDriver, type Case, type Participant } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The rollups the reports read instead of every month (Migration20261202040000_report_rollups) stay current
 * through the API and give the figures the month-by-month summaries give. A small dataset across a quarter's end,
 * CSEE, pinned clock (China time):
 *   A1: submitted Mon 2026-09-28 10:00, form check +1 day, basic conditions and acceptance on 2026-10-02.
 *   A2: submitted the same day, returned for completion +1 day (still returned).
 *   A3: submitted the same day, form check +3 days, accepted 2026-10-02, two material reviewers 2026-10-12,
 *       who review on 2026-10-14 (after the workload is read in between).
 */
const DAY = 24 * 3600 * 1000;
const T0 = new Date('2026-09-28T02:00:00.000Z');
let now = T0;
const at = (days: number) => new Date(T0.getTime() + days * DAY);

let app: TestApp;
let driver: ProcedureDriver;
let federation: { token: string };
let a3: Case;
let reviewers: Participant[];

beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
  driver = await ProcedureDriver.create(app);
  federation = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
  now = T0;
  const a1 = await driver.submitted('PROFESSIONAL');
  const a2 = await driver.submitted('PROFESSIONAL');
  a3 = await driver.submitted('PROFESSIONAL');
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
  now = at(14);
  reviewers = await driver.assignReviewers(a3);
}, 240_000);
afterAll(() => app.close());

const cycleTimes = async (filter: ReportFilter) =>
  must(await app.gql(CycleTimesReportDocument, { filter }, { token: federation.token })).cycleTimesReport!;
const workload = async (filter: ReportFilter) =>
  must(await app.gql(ExaminerWorkloadReportDocument, { filter }, driver.staff.as)).examinerWorkloadReport!;

describe('cycle times over blocks of months', () => {
  it('equal the month-by-month figures, whichever blocks cover the period', async () => {
    // Everything happened in September and October 2026: these periods all hold all of it, read as single months,
    // as a 12-month block, as two 3-month blocks, as a 3-month block and a month, and as a 12-month block and two months.
    const months = await cycleTimes({ from: '2026-09-01', to: '2026-10-31' });
    expect(months.find((row) => row.span === 'SUBMITTED')).toMatchObject({ societyCode: 'CSEE', finished: 3, p50Days: 1, p90Days: 3 });
    expect(months.find((row) => row.span === 'FORM_CHECKED')).toMatchObject({ finished: 2, p50Days: 1, p90Days: 3 });
    for (const filter of [
      { from: '2026-01-01', to: '2026-12-31' }, { from: '2026-07-01', to: '2026-12-31' }, { from: '2026-09-01', to: '2026-12-31' }, { from: '2025-11-01', to: '2026-12-31' },
    ]) {
      expect(await cycleTimes(filter)).toEqual(months);
    }
  });

  it('leave out the months outside the period', async () => {
    // October – December (a 3-month block) against October and November: September's visits (A1's and A2's
    // submissions) are in neither; the twelve months up to September hold only those.
    const autumn = await cycleTimes({ from: '2026-10-01', to: '2026-12-31' });
    expect(autumn).toEqual(await cycleTimes({ from: '2026-10-01', to: '2026-11-30' }));
    expect(autumn.find((row) => row.span === 'SUBMITTED')).toMatchObject({ finished: 1, p50Days: 3, p90Days: 3 });
    const toSeptember = await cycleTimes({ from: '2025-10-01', to: '2026-09-30' });
    expect(toSeptember.map((row) => [row.span, row.finished])).toEqual([['SUBMITTED', 2]]);
  });
});

describe('the funnel at the end of a past period', () => {
  it('counts the stages as they stood then, as the month-by-month funnel does', async () => {
    const september = { from: '2026-09-01', to: '2026-09-30' };
    const rows = must(await app.gql(FunnelReportDocument, { filter: september }, driver.staff.as)).funnelReport!;
    const inStage = Object.fromEntries(rows.map((row) => [row.stage, row.inStage]));
    // At the end of September: A1 form-checked, A2 returned, A3 submitted; all three entered SUBMITTED.
    expect(inStage).toMatchObject({ SUBMITTED: 1, FORM_CHECKED: 1, RETURNED_FOR_COMPLETION: 1 });
    expect(inStage.ACCEPTED ?? 0).toBe(0);
    const byMonth = must(await app.gql(FunnelReportDocument, { filter: september, groupBy: ['SOCIETY', 'PERIOD'] }, driver.staff.as)).funnelReport!;
    expect(byMonth.map(({ stage, entries, exits, inStage: n }) => ({ stage, entries, exits, inStage: n })).filter((row) => row.entries || row.exits || row.inStage))
      .toEqual(rows.map(({ stage, entries, exits, inStage: n }) => ({ stage, entries, exits, inStage: n })));
    const october = must(await app.gql(FunnelReportDocument, { filter: { from: '2026-09-01', to: '2026-10-31' } }, driver.staff.as)).funnelReport!;
    expect(Object.fromEntries(october.map((row) => [row.stage, row.inStage]))).toMatchObject({ SUBMITTED: 0, FORM_CHECKED: 0, ACCEPTED: 1, MATERIAL_REVIEW: 1 });
  });
});

describe('examiner workload', () => {
  it('follows the assignments and then the submitted reviews', async () => {
    // Assigned on 2026-10-12: nothing stood at the end of September.
    expect(await workload({ from: '2026-09-01', to: '2026-09-30' })).toEqual([]);
    const assigned = await workload({ from: '2026-10-01', to: '2026-10-31' });
    expect(assigned).toHaveLength(2);
    for (const row of assigned) expect(row).toMatchObject({ kind: 'MATERIAL_REVIEW', assigned: 1, completed: 0, standing: 1, meanTurnaroundHours: null });

    now = at(16);
    await driver.review(a3, reviewers, { conclusion: 'RECOMMEND', nextAssessment: 'INTERVIEW', probePoints: '重点考察项目管理能力' });
    const reviewed = await workload({ from: '2026-10-01', to: '2026-10-31' });
    expect(reviewed.map((row) => row.examinerId).sort()).toEqual(assigned.map((row) => row.examinerId).sort());
    for (const row of reviewed) expect(row).toMatchObject({ assigned: 1, completed: 1, standing: 1, meanTurnaroundHours: 48 });
    // November only: nothing assigned or done in it, but the two assignments still stand at its end.
    for (const row of await workload({ from: '2026-11-01', to: '2026-11-30' })) expect(row).toMatchObject({ assigned: 0, completed: 0, standing: 1 });
  });
});

describe('the derived summaries', () => {
  it('kept by the triggers equal those rebuilt from the history, also when steps run at once', async () => {
    // Three more applications, then their form checks as concurrent requests (separate transactions on the same
    // summary and rollup rows): each adds to the rows the others lock, and none is lost or counted twice.
    now = at(17);
    const more = [await driver.submitted('PROFESSIONAL'), await driver.submitted('PROFESSIONAL'), await driver.submitted('PROFESSIONAL')];
    now = at(18);
    await Promise.all(more.map((c) => driver.step(PassFormCheckDocument, c.id)));
    const october = await cycleTimes({ from: '2026-10-01', to: '2026-10-31' });
    expect(october.find((row) => row.span === 'SUBMITTED')).toMatchObject({ finished: 4 });
    const client = new Client({ connectionString: app.ownerUrl });
    await client.connect();
    try {
      const snapshot = async () => {
        const tables: Record<string, string[]> = {};
        for (const table of ['report_cycle_rollup', 'report_examiner_rollup', 'report_examiner_standing', 'report_stage_count', 'report_cycle_histogram', 'report_stage_flow', 'report_examiner_activity']) {
          tables[table] = (await client.query(`select * from ${table}`)).rows.map((row) => JSON.stringify(row)).sort();
        }
        return tables;
      };
      const kept = await snapshot();
      expect(kept.report_cycle_rollup.length).toBeGreaterThan(5);
      expect(kept.report_examiner_standing).toHaveLength(2);
      expect(kept.report_examiner_rollup).toHaveLength(2 * 15);
      await client.query('begin');
      await client.query('select report_rebuild_summaries()');
      const rebuilt = await snapshot();
      await client.query('rollback');
      expect(rebuilt).toEqual(kept);
    } finally {
      await client.end();
    }
  });
});
