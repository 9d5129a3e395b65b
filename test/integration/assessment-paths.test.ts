import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import {
  ApplicationHistoryDocument, AssignPaperJudgesDocument, DecideAtFederationDocument, ProceedFromExamToInterviewDocument, SaveInternationalTitleDocument,
  RecordWrittenExamSittingDocument, ScorePaperDocument, SetWrittenExamPassMarkDocument, TakeSimplifiedPathDocument, WrittenExamViewDocument,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const versionOf = (id: string) => asOwner(app, async (c) => (await c.query('select version from application where id = $1', [id])).rows[0].version as number);
const stageOf = (id: string) => asOwner(app, async (c) => (await c.query('select stage from application where id = $1', [id])).rows[0].stage as string);

/** A submitted application the factory moves to a stage (the stages before are tested in their own files). */
async function at(stage: string, title = false) {
  const applicant = await applicantOf(app, 'CSEE');
  const { id, version } = await completeDossier(app, applicant);
  if (title) {
    await app.gql(SaveInternationalTitleDocument, { applicationId: id, expectedVersion: version, title: { kind: 'APEC_ENGINEER', number: 'APEC-CN-0001' } }, { token: applicant.token, society: 'CSEE' });
  }
  await asOwner(app, (c) => c.query(`update application set stage = $2, submitted_at = now(), society_member = true where id = $1`, [id, stage]));
  return { applicant, id };
}

async function examiner(employer: string) {
  const account = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, employer, ['AUTOMATION']));
  return { ...account, grantId: await examinerGrantId(app, account.id), as: { token: account.token, society: 'CSEE' } };
}

describe('the written exam', () => {
  it("is judged by at least 2 examiners against the society's pass mark before the next step", async () => {
    const { applicant, id } = await at('WRITTEN_EXAM');
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    await app.gql(SetWrittenExamPassMarkDocument, { code: 'CSEE', passMark: 70 }, { token: admin.token });
    const [j1, j2] = [await examiner('阅卷一'), await examiner('阅卷二')];

    expect(errorOf(await app.gql(AssignPaperJudgesDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), examinerIds: [j1.grantId] } }, asStaff))).toMatchObject({ code: 'JUDGES_TOO_FEW' });
    expect(await countRows(app, 'assignment', 'application_id = $1', [id])).toBe(0);
    await app.gql(AssignPaperJudgesDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), examinerIds: [j1.grantId, j2.grantId] } }, asStaff);

    // Staff record the sitting first; the judges mark its paper.
    const noSitting = await app.gql(ProceedFromExamToInterviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, asStaff);
    expect(errorOf(noSitting)).toEqual({ code: 'NO_SITTING_RECORDED', field: 'applicationId' });
    const sittingInput = { applicationId: id, heldOn: '2026-11-20', venue: '北京 中国电机工程学会考点', paper: '电气工程综合' };
    expect(errorOf(await app.gql(RecordWrittenExamSittingDocument, { input: { ...sittingInput, heldOn: '2026-11-31' } }, asStaff))).toMatchObject({ field: 'input.heldOn' });
    expect(errorOf(await app.gql(RecordWrittenExamSittingDocument, { input: sittingInput }, j1.as))?.code).toBe('FORBIDDEN');
    expect(await countRows(app, 'written_exam_sitting', 'application_id = $1', [id])).toBe(0);
    const first = (await app.gql(RecordWrittenExamSittingDocument, { input: sittingInput }, asStaff)).data!.recordWrittenExamSitting!;
    expect(first).toMatchObject({ number: 1, heldOn: '2026-11-20', venue: '北京 中国电机工程学会考点', paper: '电气工程综合' });

    expect(errorOf(await app.gql(ScorePaperDocument, { input: { sittingId: first.id!, score: 101 } }, j1.as))).toEqual({ code: 'NUMBER_OUT_OF_RANGE', field: 'input.score' });
    await app.gql(ScorePaperDocument, { input: { sittingId: first.id!, score: 40 } }, j1.as);
    // The paper was voided (say, an irregularity at the venue): staff record a new sitting, which supersedes the first.
    const second = (await app.gql(RecordWrittenExamSittingDocument, { input: { ...sittingInput, heldOn: '2026-11-27' } }, asStaff)).data!.recordWrittenExamSitting!;
    expect(second.number).toBe(2);
    expect(errorOf(await app.gql(ScorePaperDocument, { input: { sittingId: first.id!, score: 90 } }, j2.as))).toEqual({ code: 'SITTING_SUPERSEDED', field: 'input.sittingId' });
    expect(await countRows(app, 'written_exam_score', 'application_id = $1', [id])).toBe(1);
    await app.gql(ScorePaperDocument, { input: { sittingId: second.id!, score: 80 } }, j1.as);
    expect(errorOf(await app.gql(ProceedFromExamToInterviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, asStaff))).toEqual({ code: 'SCORES_OUTSTANDING' });
    expect((await app.gql(WrittenExamViewDocument, { id }, asStaff)).data!.application!.writtenExam).toMatchObject({ average: 80, passMark: 70, passed: null });
    await app.gql(ScorePaperDocument, { input: { sittingId: second.id!, score: 70 } }, j2.as);
    expect(errorOf(await app.gql(ScorePaperDocument, { input: { sittingId: second.id!, score: 90 } }, j2.as))?.code).toBe('ALREADY_EXISTS');
    expect((await app.gql(WrittenExamViewDocument, { id }, asStaff)).data!.application!.writtenExam).toEqual({
      sittings: [
        { number: 1, heldOn: '2026-11-20', venue: '北京 中国电机工程学会考点', paper: '电气工程综合', scores: [{ score: 40 }] },
        { number: 2, heldOn: '2026-11-27', venue: '北京 中国电机工程学会考点', paper: '电气工程综合', scores: [{ score: 80 }, { score: 70 }] },
      ],
      scores: [{ score: 80 }, { score: 70 }], average: 75, passMark: 70, passed: true,
    });
    // The applicant sees no marks (the matrix keeps exam marks with the assessors).
    expect((await app.gql(WrittenExamViewDocument, { id }, { token: applicant.token, society: 'CSEE' })).data!.application!.writtenExam).toBeNull();
    const next = await app.gql(ProceedFromExamToInterviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, asStaff);
    expect(next.data!.proceedFromExamToInterview).toMatchObject({ stage: 'INTERVIEW' });
  });
});

describe('written-exam sittings recorded at the same moment', () => {
  it('never share a number, and the loser is told to reload (no internal error)', async () => {
    const { id } = await at('WRITTEN_EXAM');
    const staff = await staffOf(app, 'CSEE');
    const input = { applicationId: id, heldOn: '2026-11-28', venue: '线上考场', paper: '电气工程综合' };
    const racing = await Promise.all([1, 2, 3].map(() => app.gql(RecordWrittenExamSittingDocument, { input }, { token: staff.token, society: 'CSEE' })));
    const recorded = racing.filter((result) => !result.errors).map((result) => result.data!.recordWrittenExamSitting!.number);
    expect(recorded.length).toBeGreaterThanOrEqual(1);
    expect(new Set(recorded).size).toBe(recorded.length);
    for (const result of racing.filter((r) => r.errors)) expect(errorOf(result)).toEqual({ code: 'STALE_VERSION', field: 'applicationId' });
    expect(await countRows(app, 'written_exam_sitting', 'application_id = $1', [id])).toBe(recorded.length);
  });
});

describe('the simplified path', () => {
  it('lets the society skip assessment for a title holder, recorded as such, and refuses it for others', async () => {
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    const plain = await at('ACCEPTED');
    expect(errorOf(await app.gql(TakeSimplifiedPathDocument, { input: { applicationId: plain.id, expectedVersion: await versionOf(plain.id), reason: '简化', skips: ['INTERVIEW'] } }, asStaff))).toEqual({ code: 'NOT_ON_SIMPLIFIED_PATH', field: 'applicationId' });
    expect(await stageOf(plain.id)).toBe('ACCEPTED');

    const holder = await at('ACCEPTED', true);
    const skipped = await app.gql(TakeSimplifiedPathDocument, { input: { applicationId: holder.id, expectedVersion: await versionOf(holder.id), reason: '持APEC工程师资格，按简化程序免于材料审查和面试', skips: ['MATERIAL_REVIEW', 'INTERVIEW'] } }, asStaff);
    expect(skipped.data!.takeSimplifiedPath).toMatchObject({ stage: 'COMPREHENSIVE_REVIEW' });
    const history = (await app.gql(ApplicationHistoryDocument, { id: holder.id }, asStaff)).data!.application!.history!;
    expect(history[history.length - 1]).toMatchObject({ action: 'simplifiedToComprehensiveReview', fromStage: 'ACCEPTED', toStage: 'COMPREHENSIVE_REVIEW', reason: '持APEC工程师资格，按简化程序免于材料审查和面试', items: ['MATERIAL_REVIEW', 'INTERVIEW'] });
  });
});

describe('the federation-returned path', () => {
  it('returns an application to the society with reasons, and only the committee may', async () => {
    const { id } = await at('FEDERATION_REVIEW');
    const staff = await staffOf(app, 'CSEE');
    expect(errorOf(await app.gql(DecideAtFederationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), decision: 'RETURNED', reasons: '…' } }, { token: staff.token, society: 'CSEE' }))?.code).toBe('FORBIDDEN');
    const committee = await loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE });
    expect(errorOf(await app.gql(DecideAtFederationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), decision: 'RETURNED' } }, { token: committee.token }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reasons' });
    const returned = await app.gql(DecideAtFederationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), decision: 'RETURNED', reasons: '面试记录不完整，请学会复核' } }, { token: committee.token });
    expect(returned.data!.decideAtFederation).toMatchObject({ stage: 'COMPREHENSIVE_REVIEW' });
  });
});
