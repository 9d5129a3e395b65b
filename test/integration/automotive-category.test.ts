import { ExaminerGrade } from '../../src/entities/enums';
import {
  ApplicationCategoryDocument, AssignMaterialReviewersDocument, CloseNoticeDocument, ConcludeComprehensiveReviewDocument, FieldGradesDocument, FormReviewGroupDocument,
  GradesDocument, MyRegistrationsDocument, ProceedToComprehensiveReviewDocument, PublishNoticeDocument, RegisteredMemberDocument, RegisterMemberDocument,
  SaveCategoryFieldsDocument, StartApplicationDocument, SubmitMaterialReviewDocument,
} from '../generated/operations';
import { acceptThroughInitialReview, applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { countRows, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { inspectPdf } from '../helpers/inspect-pdf';
import { must } from '../helpers/procedure-driver';
import { httpGet } from '../helpers/registered-member';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Monday 2026-11-02, 10:00 in Beijing.
let now = new Date('2026-11-02T02:00:00Z');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
});
afterAll(() => app.close());

const CSAE = 'CSAE';
const STUDY_SUMMARY = '参加中国大学生方程式汽车大赛，负责悬架设计与调校，学习工程伦理与团队协作。';

async function examiner(grade: ExaminerGrade, employer: string) {
  const account = await loggedIn(app, examinerOf(CSAE, 'AUTOMOTIVE', grade, employer, ['RESEARCH_DEVELOPMENT']));
  return { grantId: await examinerGrantId(app, account.id), as: { token: account.token, society: CSAE } };
}

/** The application as its applicant reads it through the API. */
async function read(id: string, as: { token: string; society: string }) {
  return must(await app.gql(ApplicationCategoryDocument, { id }, as)).application!;
}

describe('the automotive ladder in the reference data', () => {
  it('grades(ladder: "AUTOMOTIVE") answers the five grades of seed 003 with their routes, and the field offers them', async () => {
    const grades = must(await app.gql(GradesDocument, { ladder: 'AUTOMOTIVE' })).grades;
    expect(grades.map((grade) => [grade.code, grade.name, grade.rank])).toEqual([
      ['INTERN', '见习工程师', 1], ['ASSISTANT', '助理工程师', 2], ['ENGINEER', '工程师', 3], ['SENIOR', '高级工程师', 4], ['PRINCIPAL', '资深工程师', 5],
    ]);
    const routes = Object.fromEntries(grades.map((grade) => [grade.code, grade.route!]));
    expect(routes.INTERN).toEqual({
      assessments: [{ method: 'MATERIAL_REVIEW', required: true, scoreSheets: [], decidesPass: true }], materialsMayConclude: true, registeredBy: 'SOCIETY', lowerGradeSuggestible: false,
    });
    expect(routes.ENGINEER.assessments).toEqual([{ method: 'MATERIAL_REVIEW', required: true, scoreSheets: ['QUANTITATIVE', 'COMPETENCY'], decidesPass: true }]);
    expect(routes.PRINCIPAL.assessments.map((step) => [step.method, step.scoreSheets, step.decidesPass])).toEqual([
      ['MATERIAL_REVIEW', ['QUANTITATIVE'], false], ['INTERVIEW', ['QUANTITATIVE', 'COMPETENCY'], true],
    ]);
    expect(grades.every((grade) => grade.route!.registeredBy === 'SOCIETY')).toBe(true);
    const engineer = grades.find((grade) => grade.code === 'ENGINEER')!;
    expect(engineer.basicConditions.minYearsInFieldByEducation).toEqual([
      { education: 'VOCATIONAL', minYearsInField: 15 }, { education: 'COLLEGE', minYearsInField: 8 }, { education: 'BACHELOR', minYearsInField: 5 },
      { education: 'MASTER', minYearsInField: 2 }, { education: 'DOCTOR', minYearsInField: 0 },
    ]);
    expect(engineer.basicConditions.minRelevantWorkYears).toBeNull();

    const field = must(await app.gql(FieldGradesDocument, { code: 'AUTOMOTIVE' })).engineeringField!;
    expect(field.ladder).toBe('AUTOMOTIVE');
    expect(field.grades.map((grade) => grade.code)).toEqual(['INTERN', 'ASSISTANT', 'ENGINEER', 'SENIOR', 'PRINCIPAL']);
    const electrical = must(await app.gql(FieldGradesDocument, { code: 'ELECTRICAL' })).engineeringField!;
    expect(electrical.grades.map((grade) => grade.code)).toEqual(['TRAINEE', 'PROFESSIONAL', 'SENIOR']);
  });

  it('refuses a general grade in the automotive field, and starts nothing', async () => {
    const applicant = await applicantOf(app, CSAE);
    const before = await countRows(app, 'application');
    const refused = await app.gql(StartApplicationDocument, { input: { fieldCode: 'AUTOMOTIVE', specialtyCode: 'RESEARCH_DEVELOPMENT', gradeCode: 'PROFESSIONAL', channel: 'INDIVIDUAL' } }, { token: applicant.token, society: CSAE });
    expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.gradeCode' });
    expect(await countRows(app, 'application')).toBe(before);
  });
});

describe('an automotive intern on materials alone, through the API', () => {
  it('saves the automotive fields, meets the conditions, and goes from submission to a published result, a certificate and the next step', async () => {
    now = new Date('2026-11-02T02:00:00Z');
    const applicant = await applicantOf(app, CSAE);
    const asApplicant = { token: applicant.token, society: CSAE };
    const staff = await staffOf(app, CSAE);
    const asStaff = { token: staff.token, society: CSAE };
    const draft = await completeDossier(app, applicant, CSAE, { fieldCode: 'AUTOMOTIVE', specialtyCode: 'RESEARCH_DEVELOPMENT', gradeCode: 'INTERN' });
    const id = draft.id;

    // Without the study summary the dossier is not complete (§5.5.3), and the project basis is missing (§5.5.1).
    let application = await read(id, asApplicant);
    expect(application.grade).toEqual({ ladder: 'AUTOMOTIVE', code: 'INTERN', name: '见习工程师' });
    expect(application.validation!.issues!.filter((issue) => issue.field!.startsWith('categoryFields'))).toEqual([{ code: 'REQUIRED', field: 'categoryFields.studySummary', severity: 'BLOCKING' }]);
    expect(application.eligibility!.status).toBe('NOT_MET');

    // One typed mutation for every category: another category's fields are refused and change nothing.
    const wrong = await app.gql(SaveCategoryFieldsDocument, { applicationId: id, expectedVersion: draft.version, input: { general: { qualifications: [] } } }, asApplicant);
    expect(errorOf(wrong)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.general' });
    expect((await read(id, asApplicant)).version).toBe(draft.version);
    const both = await app.gql(SaveCategoryFieldsDocument, { applicationId: id, expectedVersion: draft.version, input: { general: { qualifications: [] }, automotive: {} } } as never, asApplicant);
    expect(both.errors?.length).toBeGreaterThan(0);
    expect((await read(id, asApplicant)).version).toBe(draft.version);

    const saved = must(await app.gql(SaveCategoryFieldsDocument, {
      applicationId: id, expectedVersion: draft.version,
      input: { automotive: { studentInYear3OrAbove: true, internBasis: 'ACCREDITED_PROGRAMME', studySummary: STUDY_SUMMARY } },
    }, asApplicant)).saveCategoryFields!;
    expect(saved.categoryFields).toMatchObject({ __typename: 'AutomotiveCategoryFields', studentInYear3OrAbove: true, internBasis: 'ACCREDITED_PROGRAMME', studySummary: STUDY_SUMMARY });
    application = await read(id, asApplicant);
    expect(application.validation!.ready).toBe(true);
    expect(application.eligibility).toMatchObject({ status: 'MET', allMet: true });
    expect(application.eligibility!.conditions!.map((condition) => [condition.code, condition.status])).toEqual([['EDUCATION_AND_YEARS', 'MET'], ['PROJECTS', 'MET']]);

    await acceptThroughInitialReview(app, applicant, staff, id, saved.version!, CSAE);
    const [r1, r2] = [await examiner(ExaminerGrade.FORMAL, '材料评审一'), await examiner(ExaminerGrade.FORMAL, '材料评审二')];
    must(await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: id, expectedVersion: (await read(id, asStaff)).version!, examinerIds: [r1.grantId, r2.grantId] } }, asStaff));
    // §8.2.1: materials only. An interview is not part of the intern's route, nor a lower grade below the lowest.
    const interview = await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment: 'INTERVIEW' } }, r1.as);
    expect(errorOf(interview)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nextAssessment' });
    const lower = await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'NOT_RECOMMEND', reasons: '材料不足', lowerGradeSuggestion: '更低级别' } }, r1.as);
    expect(errorOf(lower)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lowerGradeSuggestion' });
    expect(await countRows(app, 'material_review', 'application_id = $1', [id])).toBe(0);
    for (const reviewer of [r1, r2]) must(await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment: 'NONE' } }, reviewer.as));
    must(await app.gql(ProceedToComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: (await read(id, asStaff)).version! } }, asStaff));

    // The society's review committee approves the result (the procedure's comprehensive review).
    const committee = [await examiner(ExaminerGrade.FORMAL, '评议一'), await examiner(ExaminerGrade.FORMAL, '评议二'), await examiner(ExaminerGrade.FORMAL, '评议三')];
    must(await app.gql(FormReviewGroupDocument, { input: { applicationId: id, expectedVersion: (await read(id, asStaff)).version!, examinerIds: committee.map((member) => member.grantId) } }, asStaff));
    must(await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: (await read(id, asStaff)).version!, conclusion: 'REGISTER' } }, committee[0].as));

    // Published for 5 working days; on closing, the society registers the grade itself (no federation review).
    const notice = must(await app.gql(PublishNoticeDocument, {
      input: { title: '汽车工程师评价结果公示', startsOn: '2026-11-02', workingDays: 5, applications: [{ applicationId: id, expectedVersion: (await read(id, asStaff)).version! }] },
    }, asStaff)).publishNotice!;
    now = new Date('2026-11-09T02:00:00Z');
    must(await app.gql(CloseNoticeDocument, { noticeId: notice.id! }, asStaff));
    expect((await read(id, asStaff)).stage).toBe('AWAITING_REGISTRATION');
    expect(await countRows(app, 'federation_review_entry', 'application_id = $1', [id])).toBe(0);
    expect((await read(id, asApplicant)).nextSteps).toEqual([]);

    const registered = must(await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: (await read(id, asStaff)).version! } }, asStaff)).registerMember!;
    // §8.4.1: the certificate is valid 5 years and numbered by the automotive grade.
    expect(registered).toMatchObject({ validFrom: '2026-11-09', validUntil: '2031-11-09' });
    expect(registered.registrationNumber).toMatch(/^CSE-AI-2026-\d{6}$/);
    const member = must(await app.gql(RegisteredMemberDocument, { registrationNumber: registered.registrationNumber! })).registeredMember!;
    expect(member).toMatchObject({ societyCode: CSAE, field: '汽车工程类', grade: '见习工程师', gradeEn: 'Intern Automotive Engineer', validFrom: '2026-11-09', validUntil: '2031-11-09', status: 'ACTIVE' });
    const mine = must(await app.gql(MyRegistrationsDocument, undefined, asApplicant)).myRegistrations!;
    expect(mine.find((registration) => registration.registrationNumber === registered.registrationNumber)!.certificates).toEqual([
      expect.objectContaining({ issue: 1, validFrom: '2026-11-09', validUntil: '2031-11-09', supersededAt: null }),
    ]);
    // §8.4.1: the society's evaluation certificate, not the federation's membership certificate.
    const response = await httpGet(app, `/certificates/${registered.registrationNumber}.pdf`, asApplicant);
    expect(response.status).toBe(200);
    const pdf = await inspectPdf(response.body, 'certificate-automotive-intern');
    for (const expected of ['汽车工程师工程能力评价证书', '见习工程师', '汽车工程类', registered.registrationNumber!, '2026-11-09', '2031-11-09', '中国汽车工程学会']) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).not.toContain('工程会员证书');
    // §9: after the certificate the engineer may register voluntarily as a federation member.
    expect((await read(id, asApplicant)).nextSteps).toEqual([expect.objectContaining({ code: 'FEDERATION_MEMBERSHIP', voluntary: true })]);
  });
});
