import {
  ApplicationDocument, ComprehensiveReviewRoundsDocument, ComprehensiveReviewViewDocument, ConcludeComprehensiveReviewDocument, FormReviewGroupDocument,
  ProceedToComprehensiveReviewDocument, ProceedToInterviewDocument, PublishNoticeDocument,
} from '../generated/operations';
import { countRows, errorOf } from '../helpers/factories';
import { must, ProcedureDriver, type Case, type Participant } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Monday 2026-11-02, 10:00 in Beijing.
let now = new Date('2026-11-02T02:00:00Z');
let app: TestApp;
let driver: ProcedureDriver;
beforeAll(async () => {
  // The clock moves on by a millisecond at each reading, as a real one would: steps of one day keep their order.
  let tick = 0;
  app = await startTestApp({ FEDERATION_SAMPLE_PERCENT: '100' }, { clock: () => new Date(now.getTime() + (tick += 1)) });
  driver = await ProcedureDriver.create(app);
});
afterAll(() => app.close());

const viewerCan = async (id: string, who: Participant) => (await app.gql(ApplicationDocument, { id }, who.as)).data?.application?.viewerCan ?? [];

/** A PROFESSIONAL application taken through the API to a REGISTER decision of its first round. */
async function registerDecided(): Promise<{ c: Case; group: Participant[] }> {
  now = new Date('2026-11-02T02:00:00Z');
  const c = await driver.accepted('PROFESSIONAL');
  const reviewers = await driver.assignReviewers(c);
  await driver.review(c, reviewers, { conclusion: 'RECOMMEND', nextAssessment: 'INTERVIEW' });
  await driver.step(ProceedToInterviewDocument, c.id);
  await driver.interview(c);
  await driver.step(ProceedToComprehensiveReviewDocument, c.id);
  const group = await driver.formGroup(c);
  await driver.decide(c, group[0], 'REGISTER');
  return { c, group };
}

/** After a re-review starts, what must hold: the old group is gone, its decision stays, nothing can be republished. */
async function expectNewRoundOpen(c: Case, oldGroup: Participant[], round: number) {
  expect(await driver.state(c.id)).toMatchObject({ stage: 'COMPREHENSIVE_REVIEW' });
  expect(await viewerCan(c.id, driver.staff)).toEqual(expect.arrayContaining(['formReviewGroup']));
  expect(await viewerCan(c.id, driver.staff)).not.toContain('publishNotice');
  // The earlier round's group stood down with its round: its members neither see nor decide any more.
  const stale = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: c.id, expectedVersion: (await driver.state(c.id)).version, conclusion: 'REGISTER' } }, oldGroup[1].as);
  expect(errorOf(stale)).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });
  // The earlier REGISTER does not carry over: republishing is refused, and nothing changes.
  const { version } = await driver.state(c.id);
  const republish = await app.gql(PublishNoticeDocument, { input: { title: '重新公示', startsOn: '2026-11-30', workingDays: 5, applications: [{ applicationId: c.id, expectedVersion: version }] } }, driver.staff.as);
  expect(errorOf(republish)?.code).toBe('INVALID_TRANSITION');
  expect(await driver.state(c.id)).toEqual({ stage: 'COMPREHENSIVE_REVIEW', version });
  expect(await countRows(app, 'comprehensive_review', 'application_id = $1 and round = $2', [c.id, round])).toBe(0);
}

describe('a re-review starts a new comprehensive-review round', () => {
  it('after an objection upheld for re-review: a new group (composition rules again) decides anew, the earlier round stays', async () => {
    const { c, group: first } = await registerDecided();
    const noticeId = await driver.publish([c.id], '2026-11-02');
    await driver.objectAndResolve(noticeId, c.id, 'UPHELD_REREVIEW');
    await expectNewRoundOpen(c, first, 2);

    // The composition rules apply to the new group like to the first.
    const [x, y] = [await driver.examiner(), await driver.examiner()];
    const { version } = await driver.state(c.id);
    expect(errorOf(await app.gql(FormReviewGroupDocument, { input: { applicationId: c.id, expectedVersion: version, examinerIds: [x.grantId!, y.grantId!] } }, driver.staff.as))?.code).toBe('GROUP_TOO_SMALL');
    expect(await countRows(app, 'assignment', `application_id = $1 and kind = 'REVIEW_GROUP' and removed_at is null`, [c.id])).toBe(0);
    const second = await driver.formGroup(c);
    // One group per round.
    const twice = await app.gql(FormReviewGroupDocument, { input: { applicationId: c.id, expectedVersion: (await driver.state(c.id)).version, examinerIds: [x.grantId!, y.grantId!, first[0].grantId!] } }, driver.staff.as);
    expect(errorOf(twice)).toEqual({ code: 'REVIEW_GROUP_ALREADY_FORMED', field: 'applicationId' });
    expect(await viewerCan(c.id, driver.staff)).not.toContain('formReviewGroup');

    expect(await viewerCan(c.id, second[0])).toContain('concludeComprehensiveReview');
    await driver.decide(c, second[0], 'REGISTER');
    // One decision per round.
    expect(await viewerCan(c.id, second[1])).not.toContain('concludeComprehensiveReview');
    const again = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: c.id, expectedVersion: (await driver.state(c.id)).version, conclusion: 'NOT_REGISTER', reasons: '改变主意' } }, second[1].as);
    expect(errorOf(again)).toEqual({ code: 'ROUND_ALREADY_DECIDED', field: 'applicationId' });

    const rounds = must(await app.gql(ComprehensiveReviewRoundsDocument, { id: c.id }, driver.staff.as)).application!.comprehensiveReviews!;
    expect(rounds.map((r) => [r.round, r.conclusion])).toEqual([[1, 'REGISTER'], [2, 'REGISTER']]);
    const history = (await driver.history(c.id)).map((event) => event.action);
    expect(history.filter((action) => action === 'formReviewGroup')).toHaveLength(2);
    expect(history.filter((action) => action === 'decideRegister')).toHaveLength(2);
    expect(history).toContain('upholdObjectionRereview');

    // The new round's decision goes to a new notice, and the procedure goes on to its end.
    const renewed = await driver.publish([c.id], '2026-11-09');
    now = new Date('2026-11-16T02:00:00Z');
    await driver.closeNotice(renewed);
    await driver.federation(c.id, 'APPROVED');
    expect(await driver.register(c.id, driver.secretariat)).toMatch(/^CSE-P-2026-\d{6}$/);
  });

  it('after a federation return: a new group of round 2 decides, and its decision is what the applicant is told', async () => {
    const { c, group: first } = await registerDecided();
    const noticeId = await driver.publish([c.id], '2026-11-02');
    now = new Date('2026-11-09T02:00:00Z');
    await driver.closeNotice(noticeId);
    await driver.federation(c.id, 'RETURNED');
    await expectNewRoundOpen(c, first, 2);

    const second = await driver.formGroup(c);
    await driver.decide(c, second[2], 'NOT_REGISTER', { reasons: '经重新审议，重要工程工作经历证据不足' });
    expect(await driver.state(c.id)).toMatchObject({ stage: 'NOT_REGISTERED' });
    const seen = must(await app.gql(ComprehensiveReviewViewDocument, { id: c.id }, c.applicant.as)).application!.comprehensiveReview;
    expect(seen).toEqual({ conclusion: 'NOT_REGISTER', reasons: '经重新审议，重要工程工作经历证据不足', reassessStage: null });
    const rounds = must(await app.gql(ComprehensiveReviewRoundsDocument, { id: c.id }, c.applicant.as)).application!.comprehensiveReviews!;
    expect(rounds.map((r) => [r.round, r.conclusion])).toEqual([[1, 'REGISTER'], [2, 'NOT_REGISTER']]);
  });
});
