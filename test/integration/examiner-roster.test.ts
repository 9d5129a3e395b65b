import { ExaminerGrade } from '../../src/entities/enums';
import {
  ApplicationDocument, AssignedApplicationsDocument, AssignMaterialReviewersDocument, ExaminersDocument, RevokeExaminerDocument, UpdateExaminerDocument,
} from '../generated/operations';
import { acceptThroughInitialReview, applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const standing = (applicationId: string) =>
  asOwner(app, async (c) => (await c.query(
    `select g.employer, a.removal_reason from assignment a join role_grant g on g.id = a.examiner_id where a.application_id = $1 order by g.employer`,
    [applicationId],
  )).rows);
const grantRow = (grantId: string) =>
  asOwner(app, async (c) => (await c.query(`select employer, examiner_grade, specialty_codes, revoked_at is not null as revoked, revocation_reason from role_grant where id = $1`, [grantId])).rows[0]);

/** An accepted application (employer 国网北京市电力公司) with two material reviewers assigned. */
async function underReview() {
  const applicant = await applicantOf(app, 'CSEE');
  const staff = await staffOf(app, 'CSEE');
  const draft = await completeDossier(app, applicant);
  const version = await acceptThroughInitialReview(app, applicant, staff, draft.id, draft.version);
  const a = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '中国电力科学研究院'));
  const b = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.TRAINEE, '华北电力大学'));
  const [ga, gb] = [await examinerGrantId(app, a.id), await examinerGrantId(app, b.id)];
  const asStaff = { token: staff.token, society: 'CSEE' };
  const assigned = await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: draft.id, expectedVersion: version, examinerIds: [ga, gb] } }, asStaff);
  expect(assigned.errors).toBeUndefined();
  return { id: draft.id, asStaff, a: { ...a, grantId: ga, as: { token: a.token, society: 'CSEE' } }, b: { ...b, grantId: gb, as: { token: b.token, society: 'CSEE' } } };
}

describe("the society's examiner roster", () => {
  it('lets staff update an examiner; an assignment the change makes improper ends, and the access with it', async () => {
    const { id, asStaff, a, b } = await underReview();
    const promoted = await app.gql(UpdateExaminerDocument, {
      id: b.grantId, input: { grade: 'FORMAL', fieldCode: 'ELECTRICAL', specialtyCodes: ['AUTOMATION', 'POWER_SYSTEM_AUTOMATION'], employer: '华北电力大学' },
    }, asStaff);
    expect(promoted.data!.updateExaminer!.profile).toMatchObject({ grade: 'FORMAL', employer: '华北电力大学' });
    expect(await standing(id)).toEqual([{ employer: '中国电力科学研究院', removal_reason: null }, { employer: '华北电力大学', removal_reason: null }]);

    // The reviewer moves to the applicant's employer: they must recuse, so the assignment ends now.
    await app.gql(UpdateExaminerDocument, { id: a.grantId, input: { grade: 'FORMAL', fieldCode: 'ELECTRICAL', specialtyCodes: ['AUTOMATION'], employer: '国网北京市电力公司' } }, asStaff);
    expect(await standing(id)).toEqual([{ employer: '华北电力大学', removal_reason: null }, { employer: '国网北京市电力公司', removal_reason: 'RECUSED_SAME_EMPLOYER' }]);
    expect(errorOf(await app.gql(ApplicationDocument, { id }, a.as))).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });
    expect((await app.gql(AssignedApplicationsDocument, undefined, a.as)).data!.assignedApplications).toEqual([]);
  });

  it('refuses bad input, other societies and non-staff, and changes nothing', async () => {
    const { asStaff, a } = await underReview();
    const before = await grantRow(a.grantId);
    const input = { grade: 'TRAINEE' as const, fieldCode: 'ELECTRICAL', specialtyCodes: ['AUTOMATION'], employer: '某单位' };
    expect(errorOf(await app.gql(UpdateExaminerDocument, { id: a.grantId, input: { ...input, specialtyCodes: ['NO_SUCH'] } }, asStaff))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.specialtyCodes' });
    expect(errorOf(await app.gql(UpdateExaminerDocument, { id: a.grantId, input: { ...input, fieldCode: 'AUTOMOTIVE' } }, asStaff))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.fieldCode' });
    expect(errorOf(await app.gql(UpdateExaminerDocument, { id: a.grantId, input: { ...input, employer: ' ' } }, asStaff))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.employer' });
    const otherStaff = await staffOf(app, 'CSAE');
    expect(errorOf(await app.gql(UpdateExaminerDocument, { id: a.grantId, input }, { token: otherStaff.token, society: 'CSAE' }))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(await app.gql(UpdateExaminerDocument, { id: a.grantId, input }, a.as))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(RevokeExaminerDocument, { id: a.grantId, reason: ' ' }, asStaff))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(errorOf(await app.gql(RevokeExaminerDocument, { id: a.grantId, reason: '调离' }, a.as))?.code).toBe('FORBIDDEN');
    expect(await grantRow(a.grantId)).toEqual(before);
  });

  it('lets staff take an examiner off the roster: standing assignments end, the examiner loses access and leaves the list', async () => {
    const { id, asStaff, a, b } = await underReview();
    expect((await app.gql(ApplicationDocument, { id }, a.as)).data!.application!.id).toBe(id);
    expect((await app.gql(RevokeExaminerDocument, { id: a.grantId, reason: '调离本学会考官队伍' }, asStaff)).data!.revokeExaminer).toBe(true);
    expect(await grantRow(a.grantId)).toMatchObject({ revoked: true, revocation_reason: '调离本学会考官队伍' });
    expect(await standing(id)).toEqual([{ employer: '中国电力科学研究院', removal_reason: 'EXAMINER_REVOKED' }, { employer: '华北电力大学', removal_reason: null }]);
    // The token still verifies, but the grant is gone: no examiner relation, no society access.
    expect(errorOf(await app.gql(ApplicationDocument, { id }, a.as))?.code).toBe('SOCIETY_ACCESS_DENIED');
    const listed = (await app.gql(ExaminersDocument, { first: 100 }, asStaff)).data!.examiners!.edges!.map((edge) => edge!.node!.id);
    expect(listed).toContain(b.grantId);
    expect(listed).not.toContain(a.grantId);
    expect(errorOf(await app.gql(RevokeExaminerDocument, { id: a.grantId, reason: '再次' }, asStaff))).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });
});
