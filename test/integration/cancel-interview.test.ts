import { ExaminerGrade } from '../../src/entities/enums';
import {
  ApplicationDocument, ApplicationHistoryDocument, CancelInterviewDocument, ProceedToInterviewDocument, RecordInterviewDocument, ScheduleInterviewDocument,
} from '../generated/operations';
import { questionsForAllItems } from '../helpers/dossier';
import { countRows, errorOf } from '../helpers/factories';
import { must, ProcedureDriver, type Case, type Participant } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';

/*
 * Calling off a notified interview (seed 000: the applicant comes as the society's interview notice says; the chief is
 * fixed before the interview). Staff cancel it with a reason; the panel stands down and a new interview can be
 * scheduled; the applicant reads why. The worked example of docs/architecture-actions.md.
 */
let app: TestApp;
let driver: ProcedureDriver;
beforeAll(async () => {
  // The clock moves on by a millisecond at each reading, as a real one would (a step's version is its time).
  let tick = 0;
  app = await startTestApp({}, { clock: () => new Date(Date.parse('2026-11-02T02:00:00Z') + (tick += 1)) });
  driver = await ProcedureDriver.create(app);
});
afterAll(async () => {
  await app.close();
});

const standingPanel = (c: Case) => countRows(app, 'assignment', `application_id = $1 and kind = 'INTERVIEW' and removed_at is null`, [c.id]);
const viewerCan = async (c: Case, who: Participant) => (await app.gql(ApplicationDocument, { id: c.id }, who.as)).data?.application?.viewerCan ?? [];

async function schedule(c: Case): Promise<Participant> {
  const [chief, member] = [await driver.examiner(ExaminerGrade.FORMAL, 'chief'), await driver.examiner(ExaminerGrade.TRAINEE, 'panel')];
  must(await app.gql(ScheduleInterviewDocument, {
    input: {
      applicationId: c.id, expectedVersion: (await driver.state(c.id)).version, examinerIds: [chief.grantId!, member.grantId!], chiefId: chief.grantId!,
      mode: 'ONSITE', scheduledAt: '2026-11-05T02:00:00.000Z', location: '学会会议室',
    },
  }, driver.staff.as));
  return chief;
}

describe('cancelInterview', () => {
  it('calls off a scheduled interview with its reason: the panel stands down, a new one can be scheduled; refusals change nothing', async () => {
    const c = await driver.accepted('PROFESSIONAL');
    const reviewers = await driver.assignReviewers(c);
    await driver.review(c, reviewers, { conclusion: 'RECOMMEND', nextAssessment: 'INTERVIEW' });
    await driver.step(ProceedToInterviewDocument, c.id);
    // Nothing to call off before an interview is scheduled.
    expect(await viewerCan(c, driver.staff)).not.toContain('cancelInterview');
    const chief = await schedule(c);
    expect(await standingPanel(c)).toBe(2);
    expect(await viewerCan(c, driver.staff)).toContain('cancelInterview');
    expect(await viewerCan(c, c.applicant)).not.toContain('cancelInterview');

    // Refused without a reason, and refused to the applicant: nothing changes.
    const before = await driver.state(c.id);
    const noReason = await app.gql(CancelInterviewDocument, { input: { applicationId: c.id, expectedVersion: before.version } }, driver.staff.as);
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const byApplicant = await app.gql(CancelInterviewDocument, { input: { applicationId: c.id, expectedVersion: before.version, reason: '我没空' } }, c.applicant.as);
    expect(errorOf(byApplicant)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await driver.state(c.id)).toEqual(before);
    expect(await standingPanel(c)).toBe(2);

    const reason = '主面试官因回避退出，面试另行通知';
    const cancelled = must(await app.gql(CancelInterviewDocument, { input: { applicationId: c.id, expectedVersion: before.version, reason } }, driver.staff.as)).cancelInterview!;
    expect(cancelled.stage).toBe('INTERVIEW');
    expect(cancelled.version).toBeGreaterThan(before.version);
    expect(await standingPanel(c)).toBe(0);
    // The chief stood down with the panel: the application is no longer theirs to see.
    expect((await app.gql(ApplicationDocument, { id: c.id }, chief.as)).data?.application ?? null).toBeNull();
    // The applicant reads why, in the history.
    const history = must(await app.gql(ApplicationHistoryDocument, { id: c.id }, c.applicant.as)).application!.history!;
    expect(history.filter((event) => event.action === 'cancelInterview')).toEqual([expect.objectContaining({ fromStage: 'INTERVIEW', toStage: 'INTERVIEW', reason })]);

    // A new interview is scheduled and held; once recorded there is nothing left to call off.
    const newChief = await schedule(c);
    must(await app.gql(RecordInterviewDocument, {
      input: { applicationId: c.id, identityChecked: true, selfStatementMinutes: 8, questioningMinutes: 40, deliberationMinutes: 10, questions: questionsForAllItems(), conclusion: 'PASS', advice: '继续保持' },
    }, newChief.as));
    expect(await viewerCan(c, driver.staff)).not.toContain('cancelInterview');
    const late = await driver.state(c.id);
    const afterRecord = await app.gql(CancelInterviewDocument, { input: { applicationId: c.id, expectedVersion: late.version, reason } }, driver.staff.as);
    expect(errorOf(afterRecord)).toMatchObject({ code: 'ALREADY_EXISTS' });
    expect(await driver.state(c.id)).toEqual(late);
    expect(await standingPanel(c)).toBe(2);
  });
});
