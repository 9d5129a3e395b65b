import { ExaminerGrade } from '../../src/entities/enums';
import { ComprehensiveReviewViewDocument, ConcludeComprehensiveReviewDocument, FormReviewGroupDocument, SubmitApplicationDocument } from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function examiner(employer: string) {
  const account = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, employer, ['AUTOMATION']));
  return { ...account, grantId: await examinerGrantId(app, account.id) };
}

/** A submitted application moved by the factory to the comprehensive review, with two reviewers and a one-person panel on record. */
async function atComprehensiveReview(assessors: Array<{ grantId: string }>) {
  const applicant = await applicantOf(app, 'CSEE');
  const { id, version } = await completeDossier(app, applicant);
  await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
  const row = await asOwner(app, async (c) => {
    const updated = (await c.query(`update application set stage = 'COMPREHENSIVE_REVIEW' where id = $1 returning version`, [id])).rows[0];
    for (const [index, assessor] of assessors.entries()) {
      await c.query(
        `insert into assignment (id, society_id, application_id, examiner_id, kind, chief, assigned_at)
         select gen_random_uuid(), society_id, id, $2, $3, false, now() from application where id = $1`,
        [id, assessor.grantId, index < 2 ? 'MATERIAL_REVIEW' : 'INTERVIEW'],
      );
    }
    // A PROFESSIONAL applicant is registered only after a material review and an interview (seed 000): on record.
    await c.query(`insert into material_review (id, society_id, application_id, assignment_id, round, conclusion, supplement_areas, next_assessment, submitted_at)
      select gen_random_uuid(), a.society_id, a.id, s.id, 1, 'RECOMMEND', '{}', 'INTERVIEW', now() from application a join assignment s on s.application_id = a.id
      where a.id = $1 and s.kind = 'MATERIAL_REVIEW'`, [id]);
    await c.query(`insert into interview (id, society_id, application_id, mode, scheduled_at, location, created_at, recorded_at, recorded_by_id, conclusion, questions)
      select gen_random_uuid(), society_id, id, 'ONLINE', now(), '线上', now(), now(), applicant_id, 'PASS', '{}' from application where id = $1`, [id]);
    return updated;
  });
  return { applicant, id, version: row.version as number };
}

describe('the comprehensive review', () => {
  it('forms a group of at least 3 that is not exactly the assessors, and lets the group decide once', async () => {
    const [a, b, c, d, e] = [await examiner('甲'), await examiner('乙'), await examiner('丙'), await examiner('丁'), await examiner('戊')];
    const { applicant, id, version } = await atComprehensiveReview([a, b, c]);
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    for (const [examinerIds, code] of [[[d.grantId, e.grantId], 'GROUP_TOO_SMALL'], [[c.grantId, a.grantId, b.grantId], 'GROUP_SAME_AS_ASSESSORS']] as const) {
      expect(errorOf(await app.gql(FormReviewGroupDocument, { input: { applicationId: id, expectedVersion: version, examinerIds: [...examinerIds] } }, asStaff))?.code).toBe(code);
      expect(await countRows(app, 'assignment', `application_id = $1 and kind = 'REVIEW_GROUP'`, [id])).toBe(0);
    }
    const formed = await app.gql(FormReviewGroupDocument, { input: { applicationId: id, expectedVersion: version, examinerIds: [a.grantId, d.grantId, e.grantId] } }, asStaff);
    const v = formed.data!.formReviewGroup!.version!;
    expect(errorOf(await app.gql(FormReviewGroupDocument, { input: { applicationId: id, expectedVersion: v, examinerIds: [b.grantId, d.grantId, e.grantId] } }, asStaff))?.code).toBe('REVIEW_GROUP_ALREADY_FORMED');

    const asMember = { token: d.token, society: 'CSEE' };
    expect(errorOf(await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: v, conclusion: 'REGISTER' } }, asStaff))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: v, conclusion: 'NOT_REGISTER' } }, asMember))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reasons' });
    expect(errorOf(await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: v, conclusion: 'REASSESS', reasons: '重新受理', reassessStage: 'ACCEPTED' } }, asMember))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reassessStage' });
    expect(await countRows(app, 'comprehensive_review', 'application_id = $1', [id])).toBe(0);

    const registered = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: v, conclusion: 'REGISTER' } }, asMember);
    expect(registered.data!.concludeComprehensiveReview).toMatchObject({ stage: 'COMPREHENSIVE_REVIEW' });
    const again = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: registered.data!.concludeComprehensiveReview!.version!, conclusion: 'NOT_REGISTER', reasons: '改变主意' } }, { token: e.token, society: 'CSEE' });
    expect(errorOf(again)?.code).toBe('ROUND_ALREADY_DECIDED');
    const seen = await app.gql(ComprehensiveReviewViewDocument, { id }, { token: applicant.token, society: 'CSEE' });
    expect(seen.data!.application!.comprehensiveReview).toEqual({ conclusion: 'REGISTER', reasons: null, reassessStage: null });
  });

  it('tells a rejected applicant why, and sends a re-assessment back with a fresh panel and group', async () => {
    const [a, b, c, d, e] = [await examiner('一'), await examiner('二'), await examiner('三'), await examiner('四'), await examiner('五')];
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };

    const rejected = await atComprehensiveReview([a, b, c]);
    let v = (await app.gql(FormReviewGroupDocument, { input: { applicationId: rejected.id, expectedVersion: rejected.version, examinerIds: [c.grantId, d.grantId, e.grantId] } }, asStaff)).data!.formReviewGroup!.version!;
    const no = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: rejected.id, expectedVersion: v, conclusion: 'NOT_REGISTER', reasons: '重要工程工作经历证据不足' } }, { token: d.token, society: 'CSEE' });
    expect(no.data!.concludeComprehensiveReview).toMatchObject({ stage: 'NOT_REGISTERED' });
    const told = await app.gql(ComprehensiveReviewViewDocument, { id: rejected.id }, { token: rejected.applicant.token, society: 'CSEE' });
    expect(told.data!.application!.comprehensiveReview).toEqual({ conclusion: 'NOT_REGISTER', reasons: '重要工程工作经历证据不足', reassessStage: null });

    const reassessed = await atComprehensiveReview([a, b, c]);
    v = (await app.gql(FormReviewGroupDocument, { input: { applicationId: reassessed.id, expectedVersion: reassessed.version, examinerIds: [a.grantId, d.grantId, e.grantId] } }, asStaff)).data!.formReviewGroup!.version!;
    const back = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: reassessed.id, expectedVersion: v, conclusion: 'REASSESS', reasons: '面试记录不完整', reassessStage: 'INTERVIEW' } }, { token: e.token, society: 'CSEE' });
    expect(back.data!.concludeComprehensiveReview).toMatchObject({ stage: 'INTERVIEW' });
    expect(await countRows(app, 'assignment', `application_id = $1 and removed_at is null and kind in ('INTERVIEW', 'REVIEW_GROUP')`, [reassessed.id])).toBe(0);
    // The group's members lost their standing with the group.
    expect(errorOf(await app.gql(ComprehensiveReviewViewDocument, { id: reassessed.id }, { token: e.token, society: 'CSEE' }))).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });

    // Back to the written exam: the paper judges and the group step down; the material reviewers stay.
    const [j1, j2] = [await examiner('六'), await examiner('七')];
    const resit = await atComprehensiveReview([a, b]);
    await asOwner(app, (c) => c.query(
      `insert into assignment (id, society_id, application_id, examiner_id, kind, chief, assigned_at)
       select gen_random_uuid(), a.society_id, a.id, g.id, 'PAPER_JUDGE', false, now() from application a, unnest($2::uuid[]) as g(id) where a.id = $1`,
      [resit.id, [j1.grantId, j2.grantId]],
    ));
    v = (await app.gql(FormReviewGroupDocument, { input: { applicationId: resit.id, expectedVersion: resit.version, examinerIds: [c.grantId, d.grantId, e.grantId] } }, asStaff)).data!.formReviewGroup!.version!;
    const toExam = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: resit.id, expectedVersion: v, conclusion: 'REASSESS', reasons: '笔试阅卷分差过大', reassessStage: 'WRITTEN_EXAM' } }, { token: c.token, society: 'CSEE' });
    expect(toExam.data!.concludeComprehensiveReview).toMatchObject({ stage: 'WRITTEN_EXAM' });
    const standing = await asOwner(app, async (client) => (await client.query(
      `select kind, count(*)::int as n from assignment where application_id = $1 and removed_at is null group by kind order by kind`, [resit.id],
    )).rows);
    expect(standing).toEqual([{ kind: 'MATERIAL_REVIEW', n: 2 }]);
  });
});
