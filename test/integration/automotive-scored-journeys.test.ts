import { ExaminerGrade } from '../../src/entities/enums';
import {
  ApplicationCategoryDocument, ApplicationScoresDocument, AssignMaterialReviewersDocument, CloseNoticeDocument, ComprehensiveReviewViewDocument, ConcludeComprehensiveReviewDocument,
  FormReviewGroupDocument, MyRegistrationsDocument, ProceedToComprehensiveReviewDocument, ProceedToInterviewDocument, PublicNoticesDocument,
  PublishNoticeDocument, RecordInterviewDocument, RegisterMemberDocument, ScheduleInterviewDocument, ScoreSheetDefinitionsDocument, SetScoringWeightsDocument,
  SubmitMaterialReviewDocument, SaveCategoryFieldsDocument, SubmitScoreSheetDocument, ProceedToWrittenExamDocument, ViewerCanDocument, type ScoreEntryInput,
} from '../generated/operations';
import { acceptThroughInitialReview, applicantOf, completeDossier, questionsForAllItems, staffOf } from '../helpers/dossier';
import { examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { must } from '../helpers/procedure-driver';
import { startTestApp, type RequestOptions, type TestApp } from '../helpers/test-app';

/*
 * Seed 003 clause 8, through the API only: an automotive engineer scored by the material reviewers, a senior scored by
 * the interview panel, each to the society's weighted result, the public notice, registration and certificate data.
 */

// Monday 2026-11-02, 10:00 in Beijing.
let now = new Date('2026-11-02T02:00:00Z');
let app: TestApp;
let staff: RequestOptions;
let employer = 0;
beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
  const account = await staffOf(app, 'CSAE');
  staff = { token: account.token, society: 'CSAE' };
  must(await app.gql(SetScoringWeightsDocument, { input: { categoryCode: 'automotive', quantitativeWeight: 60, competencyWeight: 40, passMark: 75 } }, staff));
});
afterAll(() => app.close());

const versionOf = async (id: string) => must(await app.gql(ComprehensiveReviewViewDocument, { id }, staff)).application!.version!;

async function examiner(grade = ExaminerGrade.FORMAL) {
  employer += 1;
  const account = await loggedIn(app, examinerOf('CSAE', 'AUTOMOTIVE', grade, `汽车单位${employer}`, ['STYLING_DESIGN']));
  return { grantId: await examinerGrantId(app, account.id), as: { token: account.token, society: 'CSAE' } as RequestOptions };
}

/** The technical work summary seed 003 5.5.4 asks of assistants and engineers (≥ 2000 characters) and seniors (≥ 3000). */
const TECHNICAL_WORK_SUMMARY = '负责整车造型设计中的空气动力学优化与人机工程校核，完成多轮风洞试验与数据分析。'.repeat(90);

/** A complete automotive dossier of the grade (the general parts, and the category's summary), through the API. */
async function automotiveDossier(applicant: { token: string }, gradeCode: string): Promise<{ id: string; version: number }> {
  const draft = await completeDossier(app, applicant, 'CSAE', { fieldCode: 'AUTOMOTIVE', specialtyCode: 'STYLING_DESIGN', gradeCode });
  const saved = must(await app.gql(SaveCategoryFieldsDocument, {
    applicationId: draft.id, expectedVersion: draft.version, input: { automotive: { technicalWorkSummary: TECHNICAL_WORK_SUMMARY } },
  }, { token: applicant.token, society: 'CSAE' })).saveCategoryFields!;
  return { id: draft.id, version: saved.version! };
}

/** Appendix B for a master with 15 years, a provincial project led, three patents, two papers and an award. */
const QUANTITATIVE = (judgement: number): ScoreEntryInput[] => [
  { item: 'B1.1.1', option: 'MASTER' }, { item: 'B1.2.1', option: 'YEARS_15_PLUS' }, { item: 'B2.1.1', option: 'AT_LEAST_12' },
  { item: 'B3.1.1', option: 'PROVINCIAL_LEAD' }, { item: 'B3.2.1', points: judgement }, { item: 'B3.3.1', points: 7 }, { item: 'B3.4.1', points: 8.5 },
  { item: 'B3.5.1', points: 5.5 }, { item: 'B4.1.1', count: 3 }, { item: 'B4.3.1', count: 2 }, { item: 'B5.1.1', option: 'PROVINCIAL_SECOND_RANK_2' },
];

/** An examiner's two sheets: Appendix B (a master, 15 years, a provincial project led…) and the grade's competency sheet. */
async function scoreBoth(as: RequestOptions, applicationId: string, competencySheet: string, judgement: number) {
  const quantitative = QUANTITATIVE(judgement);
  const sheets = must(await app.gql(ScoreSheetDefinitionsDocument, { categoryCode: 'automotive' })).scoreSheetDefinitions!;
  const competency = sheets.find((sheet) => sheet.code === competencySheet)!.sections!.flatMap((section) => section.groups!.flatMap((group) => group.items!.map((item) => ({ item: item.code!, points: item.max! - 0.5 }))));
  const b = must(await app.gql(SubmitScoreSheetDocument, { input: { applicationId, sheetCode: 'AUTOMOTIVE_B', items: quantitative } }, as)).submitScoreSheet!;
  const c = must(await app.gql(SubmitScoreSheetDocument, { input: { applicationId, sheetCode: competencySheet, items: competency } }, as)).submitScoreSheet!;
  return [b.total!, c.total!];
}

/** One automotive applicant through the whole procedure. */
async function journey(gradeCode: string, competencySheet: string, scoredIn: 'MATERIALS' | 'INTERVIEW') {
  now = new Date('2026-11-02T02:00:00Z');
  const applicantAccount = await applicantOf(app, 'CSAE');
  const applicant = { token: applicantAccount.token, society: 'CSAE' };
  const draft = await automotiveDossier(applicantAccount, gradeCode);
  const id = draft.id;
  await acceptThroughInitialReview(app, applicantAccount, { token: staff.token! }, id, draft.version, 'CSAE');

  const reviewers = [await examiner(), await examiner(ExaminerGrade.TRAINEE)];
  must(await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), examinerIds: reviewers.map((r) => r.grantId) } }, staff));
  const totals: number[][] = [];
  for (const [index, reviewer] of reviewers.entries()) {
    must(await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment: scoredIn === 'MATERIALS' ? 'NONE' : 'INTERVIEW' } }, reviewer.as));
    if (scoredIn === 'MATERIALS') totals.push(await scoreBoth(reviewer.as, id, competencySheet, 18 + index * 2));
    // 8.3.3: a senior's material reviewers score the quantitative sheet and advise on the interview.
    else expect(must(await app.gql(SubmitScoreSheetDocument, { input: { applicationId: id, sheetCode: 'AUTOMOTIVE_B', items: QUANTITATIVE(15) } }, reviewer.as)).submitScoreSheet).toMatchObject({ assessment: 'MATERIALS' });
  }
  // Seed 003 clause 8: no automotive grade sits a written exam, and an engineer is not interviewed. The grade's route
  // (the plug-in's data) decides: staff are offered neither step, and asking is refused with nothing changed.
  const offered = must(await app.gql(ViewerCanDocument, { id }, staff)).application!;
  expect(offered.viewerCan).not.toContain('proceedToWrittenExam');
  expect((offered.viewerCan ?? []).includes('proceedToInterview')).toBe(scoredIn === 'INTERVIEW');
  const refused: Array<{ errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }> = [await app.gql(ProceedToWrittenExamDocument, { input: { applicationId: id, expectedVersion: offered.version!, reason: '试图安排笔试' } }, staff)];
  if (scoredIn === 'MATERIALS') refused.push(await app.gql(ProceedToInterviewDocument, { input: { applicationId: id, expectedVersion: offered.version!, reason: '试图安排面试' } }, staff));
  for (const answer of refused) expect(answer.errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');
  expect(must(await app.gql(ViewerCanDocument, { id }, staff)).application).toMatchObject({ stage: 'MATERIAL_REVIEW', version: offered.version });
  if (scoredIn === 'INTERVIEW') {
    must(await app.gql(ProceedToInterviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, staff));
    const [chief, member] = [await examiner(), await examiner(ExaminerGrade.TRAINEE)];
    must(await app.gql(ScheduleInterviewDocument, {
      input: { applicationId: id, expectedVersion: await versionOf(id), examinerIds: [chief.grantId, member.grantId], chiefId: chief.grantId, mode: 'ONSITE', scheduledAt: '2026-11-03T02:00:00.000Z', location: '中国汽车工程学会' },
    }, staff));
    totals.push(await scoreBoth(chief.as, id, competencySheet, 18), await scoreBoth(member.as, id, competencySheet, 20));
    must(await app.gql(RecordInterviewDocument, {
      input: { applicationId: id, identityChecked: true, selfStatementMinutes: 8, questioningMinutes: 40, deliberationMinutes: 10, questions: questionsForAllItems(), conclusion: 'PASS', advice: '继续保持' },
    }, chief.as));
  }

  // The weighted result, shown with CSAE's weights and pass mark; not yet the applicant's to see.
  const result = must(await app.gql(ApplicationScoresDocument, { id }, staff)).application!.scoredResult!;
  const average = (index: number) => (totals[0][index] + totals[1][index]) / 2;
  expect(result).toMatchObject({
    scored: true, complete: true, examinersComplete: 2, quantitativeWeight: 60, competencyWeight: 40, passMark: 75,
    quantitativeAverage: average(0), competencyAverage: average(1), score: Math.round((0.6 * average(0) + 0.4 * average(1)) * 100) / 100, passed: true,
  });
  expect((await app.gql(ApplicationScoresDocument, { id }, applicant)).data?.application?.scoredResult ?? null).toBeNull();

  must(await app.gql(ProceedToComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, staff));
  const group = [await examiner(), await examiner(), await examiner()];
  must(await app.gql(FormReviewGroupDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), examinerIds: group.map((g) => g.grantId) } }, staff));
  must(await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), conclusion: 'REGISTER' } }, group[0].as));
  const notice = must(await app.gql(PublishNoticeDocument, {
    input: { title: '汽车工程类工程能力评价结果公示', startsOn: '2026-11-02', workingDays: 5, applications: [{ applicationId: id, expectedVersion: await versionOf(id) }] },
  }, staff)).publishNotice!;
  expect(must(await app.gql(PublicNoticesDocument, {}, { society: 'CSAE' })).publicNotices!.some((published) => published.id === notice.id)).toBe(true);
  // The result is out: the applicant now sees it, with the weights and the pass mark.
  const seen = await app.gql(ApplicationScoresDocument, { id }, applicant);
  expect(seen.data!.application!.scoredResult).toMatchObject({ score: result.score, passMark: 75, passed: true });
  // …but never one examiner's sheets.
  expect((seen.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([['application.scoreSheets', 'FORBIDDEN']]);
  now = new Date('2026-11-09T02:00:00Z');
  must(await app.gql(CloseNoticeDocument, { noticeId: notice.id! }, staff));
  const registered = must(await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, staff)).registerMember!;
  // Seed 003 8.4.1: the society registers, the certificate is valid 5 years, numbered by the automotive grade.
  expect(registered).toMatchObject({ validFrom: '2026-11-09', validUntil: '2031-11-09' });
  expect(registered.registrationNumber).toMatch(scoredIn === 'MATERIALS' ? /^CSE-AE-2026-\d{6}$/ : /^CSE-AS-2026-\d{6}$/);
  // Clause 9: the voluntary federation membership is the next step.
  expect(must(await app.gql(ApplicationCategoryDocument, { id }, applicant)).application!.nextSteps).toEqual([expect.objectContaining({ code: 'FEDERATION_MEMBERSHIP', voluntary: true })]);
  const mine = must(await app.gql(MyRegistrationsDocument, {}, applicant)).myRegistrations!;
  expect(mine.find((registration) => registration.registrationNumber === registered.registrationNumber)).toMatchObject({
    societyCode: 'CSAE', status: 'ACTIVE', certificates: [expect.objectContaining({ issue: 1, validFrom: '2026-11-09', validUntil: '2031-11-09' })],
  });
  return result;
}

describe('automotive journeys per scored method (seed 003 clause 8), through the API', () => {
  it('an engineer scored on the materials (C.3): weighted result, notice, registration and certificate', async () => {
    await journey('ENGINEER', 'AUTOMOTIVE_C3', 'MATERIALS');
  });

  it('a senior engineer, materials then interview, scored by the panel (C.4): weighted result, notice, registration and certificate', async () => {
    await journey('SENIOR', 'AUTOMOTIVE_C4', 'INTERVIEW');
  });
});
