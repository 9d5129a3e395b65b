import { ExaminerGrade } from '../../src/entities/enums';
import {
  ApplicationScoresDocument, AssignMaterialReviewersDocument, ComprehensiveReviewViewDocument, ProceedToComprehensiveReviewDocument, SubmitMaterialReviewDocument, ScoredWorkQueueDocument, ScoreSheetDefinitionsDocument, ScoringSettingsDocument, SetScoringWeightsDocument,
  SaveCategoryFieldsDocument, SubmitScoreSheetDocument, type ScoreEntryInput,
} from '../generated/operations';
import { acceptThroughInitialReview, applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { countRows, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { must, ProcedureDriver } from '../helpers/procedure-driver';
import { startTestApp, type RequestOptions, type TestApp } from '../helpers/test-app';

/** The automotive grades scored on the materials and at the interview (seed 003 clause 8). */
const ENGINEER = 'ENGINEER';
const SENIOR = 'SENIOR';

let app: TestApp;
let staff: RequestOptions;
let examinerNumber = 0;

/** A fresh CSAE examiner of the automotive field, with an employer of their own. */
async function csaeExaminer(): Promise<{ as: RequestOptions; grantId: string }> {
  examinerNumber += 1;
  const account = await loggedIn(app, examinerOf('CSAE', 'AUTOMOTIVE', ExaminerGrade.FORMAL, `汽车考官单位${examinerNumber}`, ['STYLING_DESIGN']));
  return { as: { token: account.token, society: 'CSAE' }, grantId: await examinerGrantId(app, account.id) };
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

/** An automotive application of the grade taken to the material review with two fresh reviewers, through the API. */
async function inMaterialReview(gradeCode: string) {
  const applicant = await applicantOf(app, 'CSAE');
  const { id, version } = await automotiveDossier(applicant, gradeCode);
  const accepted = await acceptThroughInitialReview(app, applicant, { token: staff.token! }, id, version, 'CSAE');
  const reviewers = [await csaeExaminer(), await csaeExaminer()];
  must(await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: id, expectedVersion: accepted, examinerIds: reviewers.map((r) => r.grantId) } }, staff));
  return { id, applicant: { token: applicant.token, society: 'CSAE' } as RequestOptions, reviewers };
}

/** A valid Appendix B sheet: 71 points, or 75 with a better project assessment. */
function quantitative(projectAssessment = 16): ScoreEntryInput[] {
  return [
    { item: 'B1.1.1', option: 'BACHELOR' }, { item: 'B1.2.1', option: 'YEARS_11_TO_14' }, { item: 'B2.1.1', option: 'FROM_8_BELOW_12' },
    { item: 'B3.1.1', option: 'PROVINCIAL_LEAD' }, { item: 'B3.2.1', points: projectAssessment }, { item: 'B3.3.1', points: 6 }, { item: 'B3.4.1', points: 7 },
    { item: 'B3.5.1', points: 5 }, { item: 'B4.1.1', count: 3 },
  ];
}

/** A valid C.3 sheet (engineer): every requirement at its maximum less `less` (17 requirements). */
async function competency(sheetCode: string, less: number): Promise<ScoreEntryInput[]> {
  const sheets = must(await app.gql(ScoreSheetDefinitionsDocument, { categoryCode: 'automotive' })).scoreSheetDefinitions!;
  const sheet = sheets.find((candidate) => candidate.code === sheetCode)!;
  return sheet.sections!.flatMap((section) => section.groups!.flatMap((group) => group.items!.map((item) => ({ item: item.code!, points: item.max! - less }))));
}

function submit(as: RequestOptions, applicationId: string, sheetCode: string, items: ScoreEntryInput[]) {
  return app.gql(SubmitScoreSheetDocument, { input: { applicationId, sheetCode, items } }, as);
}

beforeAll(async () => {
  app = await startTestApp();
  const account = await staffOf(app, 'CSAE');
  staff = { token: account.token, society: 'CSAE' };
});
afterAll(() => app.close());

describe('the published score sheets', () => {
  it('lists Appendix B and C.1–C.5 to anyone, with each item\'s rule and evidence', async () => {
    const sheets = must(await app.gql(ScoreSheetDefinitionsDocument, { categoryCode: 'automotive' })).scoreSheetDefinitions!;
    expect(sheets.map((sheet) => [sheet.code, sheet.kind, sheet.maximum])).toEqual([
      ['AUTOMOTIVE_B', 'QUANTITATIVE', 110], ['AUTOMOTIVE_C1', 'COMPETENCY', 100], ['AUTOMOTIVE_C2', 'COMPETENCY', 100],
      ['AUTOMOTIVE_C3', 'COMPETENCY', 100], ['AUTOMOTIVE_C4', 'COMPETENCY', 100], ['AUTOMOTIVE_C5', 'COMPETENCY', 100],
    ]);
    const patents = sheets[0].sections![3].groups![0];
    expect([patents.nameZh, patents.cap, patents.items![0]]).toMatchObject(['专利', 4, { code: 'B4.1.1', rule: 'COUNT', formula: '2×n', first: 2, next: 2, cap: 4 }]);
    expect(sheets[0].sections![2].groups![0].items![0].evidenceZh).toContain('取最高得分项，不累加计算');
    expect(must(await app.gql(ScoreSheetDefinitionsDocument, { categoryCode: 'general' })).scoreSheetDefinitions).toEqual([]);
  });
});

describe('the society\'s weights and pass mark', () => {
  it('are set by its staff only, checked, and refused without change otherwise', async () => {
    const examiner = await csaeExaminer();
    expect(errorOf(await app.gql(SetScoringWeightsDocument, { input: { categoryCode: 'automotive', quantitativeWeight: 60, competencyWeight: 40, passMark: 80 } }, examiner.as))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(SetScoringWeightsDocument, { input: { categoryCode: 'automotive', quantitativeWeight: 60, competencyWeight: 30, passMark: 80 } }, staff)))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.competencyWeight' });
    expect(await countRows(app, 'scoring_setting')).toBe(0);
    const set = must(await app.gql(SetScoringWeightsDocument, { input: { categoryCode: 'automotive', quantitativeWeight: 60, competencyWeight: 40, passMark: 80 } }, staff)).setScoringWeights!;
    expect(set).toMatchObject({ categoryCode: 'automotive', quantitativeWeight: 60, competencyWeight: 40, passMark: 80 });
    expect(must(await app.gql(ScoringSettingsDocument, {}, staff)).scoringSettings).toEqual([expect.objectContaining({ categoryCode: 'automotive', passMark: 80 })]);
    expect(errorOf(await app.gql(ScoringSettingsDocument, {}, examiner.as))?.code).toBe('FORBIDDEN');
  });
});

describe('examiners scoring an engineer on the materials (seed 003 8.3.2)', () => {
  let c: Awaited<ReturnType<typeof inMaterialReview>>;
  beforeAll(async () => {
    c = await inMaterialReview(ENGINEER);
  });
  const sheets = () => countRows(app, 'examiner_score_sheet', 'application_id = $1', [c.id]);

  it('refuses a sheet with bad entries, reporting every one with its field, and writes nothing', async () => {
    const result = await submit(c.reviewers[0].as, c.id, 'AUTOMOTIVE_B', [
      { item: 'B3.2.1', points: 26 }, { item: 'B3.3.1', points: 7.5 }, { item: 'B3.4.1', points: 9.3 }, { item: 'B3.5.1', points: 7 },
      { item: 'B4.1.1', count: -1 }, { item: 'B9.9.9', option: 'X' }, { item: 'B3.1.1', option: 'NATIONAL_LEAD' }, { item: 'B3.1.1', option: 'LOCAL_LEAD' },
    ]);
    expect(errorOf(result)).toMatchObject({ code: 'SCORE_SHEET_INVALID', field: 'input.items[0].points' });
    expect((errorOf(result)!.issues as Array<{ code: string; field: string }>).map((issue) => [issue.code, issue.field])).toEqual([
      ['OUT_OF_RANGE', 'input.items[0].points'], ['OUT_OF_RANGE', 'input.items[1].points'], ['NOT_ON_STEP', 'input.items[2].points'],
      ['INVALID_COUNT', 'input.items[4].count'], ['UNKNOWN_ITEM', 'input.items[5].item'], ['DUPLICATE_ITEM', 'input.items[7].item'],
    ]);
    expect(await sheets()).toBe(0);
  });

  it('refuses the sheet of another grade', async () => {
    expect(errorOf(await submit(c.reviewers[0].as, c.id, 'AUTOMOTIVE_C4', await competency('AUTOMOTIVE_C4', 0)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sheetCode' });
    expect(await sheets()).toBe(0);
  });

  it('refuses an examiner not assigned to the case, and writes nothing', async () => {
    const stranger = await csaeExaminer();
    expect(errorOf(await submit(stranger.as, c.id, 'AUTOMOTIVE_B', quantitative()))?.code).toBe('NOT_FOUND');
    expect(await sheets()).toBe(0);
  });

  it('scores each sheet, caps the formula (three first-author invention patents: 4) and keeps the result incomplete until every examiner has scored', async () => {
    const b = must(await submit(c.reviewers[0].as, c.id, 'AUTOMOTIVE_B', quantitative())).submitScoreSheet!;
    expect([b.sheetKind, b.round, b.total, b.itemScores!.find((row) => row.item === 'B4.1.1')!.points]).toEqual(['QUANTITATIVE', 1, 71, 4]);
    expect(must(await submit(c.reviewers[0].as, c.id, 'AUTOMOTIVE_C3', await competency('AUTOMOTIVE_C3', 1))).submitScoreSheet!.total).toBe(83);
    const partial = must(await app.gql(ApplicationScoresDocument, { id: c.id }, staff)).application!.scoredResult!;
    expect(partial).toMatchObject({ scored: true, examinersAssigned: 2, examinersComplete: 1, complete: false, quantitativeAverage: 71, competencyAverage: 83 });
  });

  it('refuses a second sheet of the same kind by the same examiner (the database decides), writing nothing', async () => {
    const before = await sheets();
    expect(errorOf(await submit(c.reviewers[0].as, c.id, 'AUTOMOTIVE_B', quantitative(20)))).toMatchObject({ code: 'ALREADY_EXISTS', field: 'input.sheetCode' });
    expect(await sheets()).toBe(before);
  });

  it('hides one examiner\'s sheets from the other until they have scored, and all of them from the applicant', async () => {
    expect(must(await app.gql(ApplicationScoresDocument, { id: c.id }, c.reviewers[1].as)).application!.scoreSheets).toEqual([]);
    const asApplicant = await app.gql(ApplicationScoresDocument, { id: c.id }, c.applicant);
    expect(asApplicant.data?.application?.scoreSheets ?? null).toBeNull();
    expect(asApplicant.data?.application?.scoredResult ?? null).toBeNull();
    expect((asApplicant.errors ?? []).map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual([
      ['application.scoreSheets', 'FORBIDDEN'], ['application.scoredResult', 'FORBIDDEN'],
    ]);
  });

  it('weighs the averages with the society\'s weights and compares them with its pass mark', async () => {
    must(await submit(c.reviewers[1].as, c.id, 'AUTOMOTIVE_B', quantitative(20)));
    must(await submit(c.reviewers[1].as, c.id, 'AUTOMOTIVE_C3', await competency('AUTOMOTIVE_C3', 0)));
    expect(must(await app.gql(ApplicationScoresDocument, { id: c.id }, c.reviewers[1].as)).application!.scoreSheets!.map((sheet) => sheet.total).sort()).toEqual([100, 71, 75, 83]);
    // B: (71 + 75) / 2 = 73; C: (83 + 100) / 2 = 91.5; 60% × 73 + 40% × 91.5 = 80.4.
    const result = must(await app.gql(ApplicationScoresDocument, { id: c.id }, staff)).application!.scoredResult!;
    expect(result).toMatchObject({
      complete: true, examinersComplete: 2, quantitativeWeight: 60, competencyWeight: 40, passMark: 80, quantitativeAverage: 73, competencyAverage: 91.5, score: 80.4, passed: true,
    });
    must(await app.gql(SetScoringWeightsDocument, { input: { categoryCode: 'automotive', quantitativeWeight: 60, competencyWeight: 40, passMark: 80.5 } }, staff));
    expect(must(await app.gql(ApplicationScoresDocument, { id: c.id }, staff)).application!.scoredResult).toMatchObject({ score: 80.4, passMark: 80.5, passed: false });
    // Weights moved towards the competency sheet: 30% × 73 + 70% × 91.5 = 85.95.
    must(await app.gql(SetScoringWeightsDocument, { input: { categoryCode: 'automotive', quantitativeWeight: 30, competencyWeight: 70, passMark: 80.5 } }, staff));
    expect(must(await app.gql(ApplicationScoresDocument, { id: c.id }, staff)).application!.scoredResult).toMatchObject({ score: 85.95, passed: true });
    must(await app.gql(SetScoringWeightsDocument, { input: { categoryCode: 'automotive', quantitativeWeight: 60, competencyWeight: 40, passMark: 80 } }, staff));
  });
});

describe('scoring outside its stage and grade', () => {
  it('lets material reviewers of a senior score the quantitative sheet only (seed 003 8.3.3), and keeps it apart from the interview\'s result', async () => {
    const c = await inMaterialReview(SENIOR);
    expect(errorOf(await submit(c.reviewers[0].as, c.id, 'AUTOMOTIVE_C4', await competency('AUTOMOTIVE_C4', 0)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sheetCode' });
    expect(await countRows(app, 'examiner_score_sheet', 'application_id = $1', [c.id])).toBe(0);
    expect(must(await submit(c.reviewers[0].as, c.id, 'AUTOMOTIVE_B', quantitative())).submitScoreSheet).toMatchObject({ assessment: 'MATERIALS', total: 71 });
    // The interview's sheets decide: the material reviewers' quantitative sheets are shown, not weighed.
    expect(must(await app.gql(ApplicationScoresDocument, { id: c.id }, staff)).application!.scoredResult).toMatchObject({
      scored: true, assessment: 'INTERVIEW', examinersAssigned: 0, complete: false, score: null,
    });
  });

  it('refuses scoring once the stage is over, writing nothing', async () => {
    const c = await inMaterialReview(ENGINEER);
    for (const reviewer of c.reviewers) must(await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: c.id, conclusion: 'RECOMMEND', nextAssessment: 'NONE' } }, reviewer.as));
    const version = must(await app.gql(ComprehensiveReviewViewDocument, { id: c.id }, staff)).application!.version!;
    must(await app.gql(ProceedToComprehensiveReviewDocument, { input: { applicationId: c.id, expectedVersion: version } }, staff));
    expect(errorOf(await submit(c.reviewers[0].as, c.id, 'AUTOMOTIVE_B', quantitative()))?.code).toBe('INVALID_TRANSITION');
    expect(await countRows(app, 'examiner_score_sheet', 'application_id = $1', [c.id])).toBe(0);
  });

  it('refuses scoring a grade the category does not score (a general CSEE case)', async () => {
    const driver = await ProcedureDriver.create(app);
    const c = await driver.accepted('PROFESSIONAL');
    const [reviewer] = await driver.assignReviewers(c);
    expect(errorOf(await submit(reviewer.as, c.id, 'AUTOMOTIVE_B', quantitative()))?.code).toBe('GRADE_NOT_SCORED');
    expect(must(await app.gql(ApplicationScoresDocument, { id: c.id }, driver.staff.as)).application!.scoredResult).toMatchObject({ scored: false, score: null });
  });
});

describe('the work queue with scores', () => {
  it('reads the scored results and sheets of many applications in as many statements as of one', async () => {
    const queue = async (first: number) => {
      app.statements.length = 0;
      const page = must(await app.gql(ScoredWorkQueueDocument, { first }, staff)).applications!;
      return { page, statements: app.statements.length };
    };
    const one = await queue(1);
    const all = await queue(50);
    expect(all.page.edges!.length).toBe(3);
    expect(all.page.edges!.some((edge) => edge.node!.scoredResult!.score !== null && edge.node!.scoreSheets!.length === 4)).toBe(true);
    expect(all.statements).toBe(one.statements);
  });
});
