import { ExaminerGrade } from '../../src/entities/enums';
import {
  AddSupplementDocument, ApplicationDocument, AssignedApplicationsDocument, AssignMaterialReviewersDocument, DeclareConflictOfInterestDocument,
  MaterialReviewsDocument, ProceedToInterviewDocument, RecordConflictOfInterestDocument, RequestSupplementDocument, SubmitMaterialReviewDocument,
  SubmitApplicationDocument, SubmitSupplementsDocument,
} from '../generated/operations';
import { acceptThroughInitialReview, applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const grantIdOf = (accountId: string) => examinerGrantId(app, accountId);
const stageOf = (id: string) => asOwner(app, async (c) => (await c.query('select stage, version from application where id = $1', [id])).rows[0]);

describe('material review', () => {
  it('assigns within the rules, keeps reviewers independent, and consolidates into supplement rounds and the next step', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    const asApplicant = { token: applicant.token, society: 'CSEE' };
    const draft = await completeDossier(app, applicant);
    const id = draft.id;
    let version = await acceptThroughInitialReview(app, applicant, staff, id, draft.version);

    const a = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '中国电力科学研究院'));
    const b = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.TRAINEE, '华北电力大学'));
    const sameEmployer = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '国网北京市电力公司'));
    const conflicted = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '某设计院'));
    const otherSociety = await loggedIn(app, examinerOf('CSAE', 'AUTOMOTIVE', ExaminerGrade.FORMAL, '一汽', ['MANUFACTURING']));
    const f = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '南方电网'));
    const [ga, gb, gSame, gConflicted, gOther, gf] = await Promise.all([a, b, sameEmployer, conflicted, otherSociety, f].map((x) => grantIdOf(x.id)));
    expect((await app.gql(RecordConflictOfInterestDocument, { applicationId: id, examinerId: gConflicted, reason: '曾为其直接上级' }, asStaff)).errors).toBeUndefined();

    for (const [examinerIds, expected] of [
      [[ga], { code: 'REVIEWERS_TOO_FEW', field: 'examinerIds' }],
      [[ga, gSame], { code: 'EXAMINER_RECUSED_SAME_EMPLOYER', field: 'examinerIds[1]' }],
      [[ga, gConflicted], { code: 'EXAMINER_RECUSED_CONFLICT_DECLARED', field: 'examinerIds[1]' }],
      [[ga, ga], { code: 'DUPLICATE_EXAMINER', field: 'examinerIds' }],
      [[ga, gOther], { code: 'NOT_FOUND', field: 'examinerIds[1]' }],
    ] as const) {
      const refused = await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: id, expectedVersion: version, examinerIds: [...examinerIds] } }, asStaff);
      expect(errorOf(refused)).toMatchObject(expected);
      expect(await stageOf(id)).toEqual({ stage: 'ACCEPTED', version });
      expect(await countRows(app, 'assignment', 'application_id = $1', [id])).toBe(0);
    }

    version = (await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: id, expectedVersion: version, examinerIds: [ga, gb] } }, asStaff)).data!.assignMaterialReviewers!.version!;
    expect((await app.gql(AssignedApplicationsDocument, undefined, { token: a.token, society: 'CSEE' })).data!.assignedApplications!.map((x) => x.id)).toEqual([id]);

    // Independence: B sees nothing of A's review until B has submitted.
    const asA = { token: a.token, society: 'CSEE' };
    const asB = { token: b.token, society: 'CSEE' };
    expect((await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'SUPPLEMENT', supplementAreas: ['a'] } }, asA)).errors).toBeUndefined();
    expect((await app.gql(RequestSupplementDocument, { input: { applicationId: id, expectedVersion: version, reason: '补充' } }, asStaff)).errors?.[0].extensions).toMatchObject({ code: 'REVIEWS_OUTSTANDING' });
    expect((await app.gql(MaterialReviewsDocument, { id }, asB)).data!.application!.materialReviews).toEqual([]);
    expect((await app.gql(MaterialReviewsDocument, { id }, asA)).data!.application!.materialReviews!.map((r) => r.conclusion)).toEqual(['SUPPLEMENT']);
    const noneForProfessional = await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment: 'NONE' } }, asB);
    expect(errorOf(noneForProfessional)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.nextAssessment' });
    expect((await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment: 'INTERVIEW', probePoints: 'E2 项目管理' } }, asB)).errors).toBeUndefined();
    expect(errorOf(await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment: 'INTERVIEW' } }, asB))).toEqual({ code: 'ALREADY_EXISTS', field: 'applicationId' });
    expect((await app.gql(MaterialReviewsDocument, { id }, asB)).data!.application!.materialReviews!.map((r) => r.conclusion).sort()).toEqual(['RECOMMEND', 'SUPPLEMENT']);

    // The applicant sees neither the reviews nor the reviewers, only the consolidated request.
    const asApplicantView = await app.gql(MaterialReviewsDocument, { id }, asApplicant);
    expect(asApplicantView.data!.application!.materialReviews).toBeNull();
    expect(asApplicantView.data!.application!.assignments).toBeNull();
    expect(asApplicantView.errors!.map((e) => e.path!.join('.')).sort()).toEqual(['application.assignments', 'application.materialReviews']);
    const requested = await app.gql(RequestSupplementDocument, { input: { applicationId: id, expectedVersion: version, reason: '请补充能力领域A的佐证材料' } }, asStaff);
    expect(requested.data!.requestSupplement).toMatchObject({ stage: 'SUPPLEMENT_REQUESTED', returnRequest: ['请补充能力领域A的佐证材料'] });
    version = requested.data!.requestSupplement!.version!;

    expect(errorOf(await app.gql(SubmitSupplementsDocument, { input: { applicationId: id, expectedVersion: version } }, asApplicant))).toEqual({ code: 'NO_SUPPLEMENT_ADDED' });
    await app.gql(AddSupplementDocument, { input: { applicationId: id, concerns: 'A', content: '补充：智能变电站项目技术总结' } }, asApplicant);
    version = (await app.gql(SubmitSupplementsDocument, { input: { applicationId: id, expectedVersion: version } }, asApplicant)).data!.submitSupplements!.version!;
    expect(await stageOf(id)).toEqual({ stage: 'MATERIAL_REVIEW', version });

    // B declares a conflict: off the assessment and out of the dossier at once.
    expect((await app.gql(DeclareConflictOfInterestDocument, { applicationId: id, reason: '发现为同门师兄弟' }, asB)).errors).toBeUndefined();
    expect(errorOf(await app.gql(ApplicationDocument, { id }, asB))).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });
    await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment: 'INTERVIEW' } }, asA);
    expect(errorOf(await app.gql(ProceedToInterviewDocument, { input: { applicationId: id, expectedVersion: version } }, asStaff))).toEqual({ code: 'REVIEWERS_TOO_FEW', field: 'applicationId' });

    version = (await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: id, expectedVersion: version, examinerIds: [gf] } }, asStaff)).data!.assignMaterialReviewers!.version!;
    await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment: 'BOTH' } }, { token: f.token, society: 'CSEE' });
    const staffView = (await app.gql(MaterialReviewsDocument, { id }, asStaff)).data!.application!;
    // Rows of one request share their timestamp: compare as sets.
    expect(staffView.materialReviews!.map((r) => `${r.round}:${r.conclusion}`).sort()).toEqual(['1:RECOMMEND', '1:SUPPLEMENT', '2:RECOMMEND', '2:RECOMMEND']);
    expect(staffView.assignments!.map((x) => `${x.examinerId}:${x.removalReason}`).sort()).toEqual([`${ga}:null`, `${gb}:CONFLICT_DECLARED`, `${gf}:null`].sort());
    // One reviewer asked for both assessments: staff choosing the interview alone must say why (seed 000 rule 3).
    const next = await app.gql(ProceedToInterviewDocument, { input: { applicationId: id, expectedVersion: version, reason: '笔试已于上一批次通过' } }, asStaff);
    expect(next.data!.proceedToInterview).toMatchObject({ stage: 'INTERVIEW' });
  });

  it('refuses an assignment before acceptance and by staff of another society, assigning nobody', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const staff = await staffOf(app, 'CSEE');
    const completed = await completeDossier(app, applicant);
    const submitted = await app.gql(SubmitApplicationDocument, { input: { applicationId: completed.id, expectedVersion: completed.version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
    const draft = { id: completed.id, version: submitted.data!.submitApplication!.version! };
    const x = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '甲单位'));
    const y = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '乙单位'));
    const ids = [await grantIdOf(x.id), await grantIdOf(y.id)];
    const early = await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: draft.id, expectedVersion: draft.version, examinerIds: ids } }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(early)).toEqual({ code: 'INVALID_TRANSITION', field: 'applicationId' });
    const other = await staffOf(app, 'CSAE');
    const foreign = await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: draft.id, expectedVersion: draft.version, examinerIds: ids } }, { token: other.token, society: 'CSAE' });
    expect(errorOf(foreign)).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });
    expect(await countRows(app, 'assignment', 'application_id = $1', [draft.id])).toBe(0);
  });
});
