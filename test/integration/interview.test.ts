import { ExaminerGrade } from '../../src/entities/enums';
import {
  AnswerInterviewQuestionnaireDocument, InterviewViewDocument, ProceedToComprehensiveReviewDocument, RecordInterviewDocument, ScheduleInterviewDocument, SubmitApplicationDocument,
  type RecordInterviewInput,
} from '../generated/operations';
import { applicantOf, completeDossier, questionsForAllItems, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const grantIdOf = (accountId: string) => examinerGrantId(app, accountId);

/** A submitted application moved to the interview stage by the factory (the stages before are tested elsewhere). */
async function atInterview() {
  const applicant = await applicantOf(app, 'CSEE');
  const { id, version } = await completeDossier(app, applicant, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'SENIOR' });
  await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
  const row = await asOwner(app, async (c) => (await c.query(`update application set stage = 'INTERVIEW' where id = $1 returning version`, [id])).rows[0]);
  return { applicant, id, version: row.version as number };
}

async function examiner(grade: ExaminerGrade, employer: string, specialties = ['AUTOMATION']) {
  const account = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', grade, employer, specialties));
  return { ...account, grantId: await grantIdOf(account.id) };
}

const RECORD: Omit<RecordInterviewInput, 'applicationId'> = {
  identityChecked: true, changesSinceSubmission: '无变化', selfStatementMinutes: 10, questioningMinutes: 35, deliberationMinutes: 12,
  questions: questionsForAllItems().map((entry) => (entry.itemCode === 'A3' ? { itemCode: 'A3', question: '请举例说明您如何分析复杂工程问题' } : entry)),
  conclusion: 'PASS', advice: '加强国际标准方面的学习',
};

describe('the interview', () => {
  it('refuses each broken panel rule with its own code, forming nothing', async () => {
    const { id, version } = await atInterview();
    const staff = await staffOf(app, 'CSEE');
    const formal = await examiner(ExaminerGrade.FORMAL, '甲院');
    const formal2 = await examiner(ExaminerGrade.FORMAL, '乙院', ['OTHER']);
    const formal3 = await examiner(ExaminerGrade.FORMAL, '丙院', ['OTHER']);
    const formalNoMatch = await examiner(ExaminerGrade.FORMAL, '丁院', ['OTHER']);
    const trainee = await examiner(ExaminerGrade.TRAINEE, '戊院');
    const trainee2 = await examiner(ExaminerGrade.TRAINEE, '己院');
    const sameEmployer = await examiner(ExaminerGrade.FORMAL, '国网北京市电力公司');
    const cases: Array<[string[], string, string]> = [
      [[formal.grantId], formal.grantId, 'PANEL_SIZE'],
      [[formal.grantId, formal2.grantId, formal3.grantId, trainee.grantId], formal.grantId, 'PANEL_SIZE'],
      [[trainee.grantId, trainee2.grantId], trainee.grantId, 'PANEL_NO_FORMAL'],
      [[formal.grantId, trainee.grantId], trainee.grantId, 'CHIEF_NOT_FORMAL'],
      [[formalNoMatch.grantId, formal2.grantId], formalNoMatch.grantId, 'PANEL_NO_SPECIALTY_MATCH'],
      [[formal.grantId, sameEmployer.grantId], formal.grantId, 'EXAMINER_RECUSED_SAME_EMPLOYER'],
    ];
    for (const [examinerIds, chiefId, code] of cases) {
      const result = await app.gql(ScheduleInterviewDocument, {
        input: { applicationId: id, expectedVersion: version, examinerIds, chiefId, mode: 'ONSITE', scheduledAt: '2026-12-01T02:00:00.000Z', location: '学会会议室' },
      }, { token: staff.token, society: 'CSEE' });
      expect(errorOf(result)?.code).toBe(code);
      expect([await countRows(app, 'assignment', 'application_id = $1', [id]), await countRows(app, 'interview', 'application_id = $1', [id])]).toEqual([0, 0]);
    }
  });

  it('is scheduled once, recorded by the chief within the time bounds, and shows the applicant only the outcome', async () => {
    const { applicant, id, version } = await atInterview();
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    const chief = await examiner(ExaminerGrade.FORMAL, '中国电力科学研究院');
    const member = await examiner(ExaminerGrade.TRAINEE, '华北电力大学', ['OTHER']);
    const input = { applicationId: id, expectedVersion: version, examinerIds: [chief.grantId, member.grantId], chiefId: chief.grantId, mode: 'MIXED' as const, scheduledAt: '2026-12-01T02:00:00.000Z', location: '线上：会议号 123' };
    const scheduled = await app.gql(ScheduleInterviewDocument, { input }, asStaff);
    expect(scheduled.errors).toBeUndefined();
    const v = scheduled.data!.scheduleInterview!.version!;
    expect(errorOf(await app.gql(ScheduleInterviewDocument, { input: { ...input, expectedVersion: v } }, asStaff))?.code).toBe('ALREADY_EXISTS');
    expect(errorOf(await app.gql(ProceedToComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: v } }, asStaff))?.code).toBe('INVALID_TRANSITION');

    const asChief = { token: chief.token, society: 'CSEE' };
    expect(errorOf(await app.gql(RecordInterviewDocument, { input: { applicationId: id, ...RECORD } }, { token: member.token, society: 'CSEE' }))?.code).toBe('FORBIDDEN');
    for (const [change, expected] of [
      [{ selfStatementMinutes: 11 }, { code: 'INTERVIEW_SELF_STATEMENT_TOO_LONG', field: 'input.selfStatementMinutes' }],
      [{ questioningMinutes: 29 }, { code: 'INTERVIEW_QUESTIONING_TOO_SHORT', field: 'input.questioningMinutes' }],
      [{ deliberationMinutes: 9 }, { code: 'INTERVIEW_DELIBERATION_TOO_SHORT', field: 'input.deliberationMinutes' }],
      [{ questions: RECORD.questions.filter((entry) => entry.itemCode !== 'C2' && entry.itemCode !== 'E4') }, { code: 'INTERVIEW_ITEMS_UNCOVERED', field: 'input.questions' }],
      [{ identityChecked: false }, { code: 'BAD_USER_INPUT', field: 'input.identityChecked' }],
      [{ conclusion: 'FAIL' as const, reasons: null }, { code: 'BAD_USER_INPUT', field: 'input.reasons' }],
    ] as const) {
      expect(errorOf(await app.gql(RecordInterviewDocument, { input: { applicationId: id, ...RECORD, ...change } }, asChief))).toEqual(expected);
      expect(await countRows(app, 'interview', 'application_id = $1 and recorded_at is not null', [id])).toBe(0);
    }
    expect((await app.gql(RecordInterviewDocument, { input: { applicationId: id, ...RECORD } }, asChief)).data!.recordInterview!.conclusion).toBe('PASS');

    const panelView = (await app.gql(InterviewViewDocument, { id }, asChief)).data!.application!;
    expect(panelView.interview).toMatchObject({ mode: 'MIXED', questioningMinutes: 35, questions: RECORD.questions, advice: '加强国际标准方面的学习' });
    const applicantView = await app.gql(InterviewViewDocument, { id }, { token: applicant.token, society: 'CSEE' });
    expect(applicantView.data!.application!.interview).toBeNull();
    expect(applicantView.errors!.map((error) => error.path!.join('.'))).toEqual(['application.interview']);
    expect(applicantView.data!.application!.interviewQuestionnaire).toBeNull();
    // Passed, but the advice waits for registration.
    expect(applicantView.data!.application!.interviewOutcome).toEqual({ conclusion: 'PASS', advice: null });

    // The applicant rates the interview; staff read it, the interviewers rated do not.
    const asApplicant = { token: applicant.token, society: 'CSEE' };
    expect(errorOf(await app.gql(AnswerInterviewQuestionnaireDocument, { input: { applicationId: id, overall: 6, fairness: 5, professionalism: 5 } }, asApplicant))).toEqual({ code: 'NUMBER_OUT_OF_RANGE', field: 'input.overall' });
    expect((await app.gql(AnswerInterviewQuestionnaireDocument, { input: { applicationId: id, overall: 4, fairness: 5, professionalism: 4, comments: '考官很专业' } }, asApplicant)).errors).toBeUndefined();
    expect(errorOf(await app.gql(AnswerInterviewQuestionnaireDocument, { input: { applicationId: id, overall: 1, fairness: 1, professionalism: 1 } }, asApplicant))?.code).toBe('ALREADY_EXISTS');
    expect((await app.gql(InterviewViewDocument, { id }, asStaff)).data!.application!.interviewQuestionnaire).toEqual({ overall: 4, fairness: 5, professionalism: 4, comments: '考官很专业' });
    expect((await app.gql(InterviewViewDocument, { id }, asChief)).data!.application!.interviewQuestionnaire).toBeNull();

    const next = await app.gql(ProceedToComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: v } }, asStaff);
    expect(next.data!.proceedToComprehensiveReview).toMatchObject({ stage: 'COMPREHENSIVE_REVIEW' });
  });
});
