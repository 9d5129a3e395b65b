import { encodeGlobalId } from '../../src/common/global-id';
import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import {
  AssignMaterialReviewersDocument, CloseNoticeDocument, ConcludeComprehensiveReviewDocument, DecideAtFederationDocument, FederationReviewQueueDocument,
  FormReviewGroupDocument, ProceedToComprehensiveReviewDocument, ProceedToInterviewDocument, PublishNoticeDocument, RecordInterviewDocument,
  RegisteredMemberDocument, RegisterMemberDocument, ScheduleInterviewDocument, SearchRegisterDocument, SubmitMaterialReviewDocument,
} from '../generated/operations';
import { acceptThroughInitialReview, applicantOf, completeDossier, questionsForAllItems, staffOf } from '../helpers/dossier';
import { asOwner, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Monday 2026-11-02, 10:00 in Beijing.
let now = new Date('2026-11-02T02:00:00Z');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ FEDERATION_SAMPLE_PERCENT: '100' }, { clock: () => now });
});
afterAll(() => app.close());

const versionOf = (id: string) => asOwner(app, async (c) => (await c.query('select version from application where id = $1', [id])).rows[0].version as number);
const must = <T>(result: { data?: T | null; errors?: unknown }): T => {
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
};

async function examiner(grade: ExaminerGrade, employer: string) {
  const account = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', grade, employer, ['AUTOMATION']));
  return { ...account, grantId: await examinerGrantId(app, account.id), as: { token: account.token, society: 'CSEE' } };
}

/** One applicant, from submission to the public register, entirely through the API. */
async function journey(gradeCode: 'TRAINEE' | 'PROFESSIONAL' | 'SENIOR') {
  now = new Date('2026-11-02T02:00:00Z');
  const applicant = await applicantOf(app, 'CSEE');
  const staff = await staffOf(app, 'CSEE');
  const asStaff = { token: staff.token, society: 'CSEE' };
  const draft = await completeDossier(app, applicant, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode });
  const id = draft.id;
  await acceptThroughInitialReview(app, applicant, staff, id, draft.version);

  const [r1, r2] = [await examiner(ExaminerGrade.FORMAL, '审查单位一'), await examiner(ExaminerGrade.TRAINEE, '审查单位二')];
  must(await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), examinerIds: [r1.grantId, r2.grantId] } }, asStaff));
  const next = gradeCode === 'TRAINEE' ? 'NONE' : 'INTERVIEW';
  for (const reviewer of [r1, r2]) must(await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment: next } }, reviewer.as));

  if (gradeCode === 'TRAINEE') {
    must(await app.gql(ProceedToComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, asStaff));
  } else {
    must(await app.gql(ProceedToInterviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, asStaff));
    const [chief, member] = [await examiner(ExaminerGrade.FORMAL, '面试单位一'), await examiner(ExaminerGrade.TRAINEE, '面试单位二')];
    must(await app.gql(ScheduleInterviewDocument, {
      input: { applicationId: id, expectedVersion: await versionOf(id), examinerIds: [chief.grantId, member.grantId], chiefId: chief.grantId, mode: 'ONSITE', scheduledAt: '2026-11-03T02:00:00.000Z', location: '学会' },
    }, asStaff));
    must(await app.gql(RecordInterviewDocument, {
      input: { applicationId: id, identityChecked: true, selfStatementMinutes: 8, questioningMinutes: 40, deliberationMinutes: 10, questions: questionsForAllItems(), conclusion: 'PASS', advice: '继续保持' },
    }, chief.as));
    must(await app.gql(ProceedToComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, asStaff));
  }

  const group = [await examiner(ExaminerGrade.FORMAL, '审议一'), await examiner(ExaminerGrade.FORMAL, '审议二'), await examiner(ExaminerGrade.FORMAL, '审议三')];
  must(await app.gql(FormReviewGroupDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), examinerIds: group.map((g) => g.grantId) } }, asStaff));
  must(await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), conclusion: 'REGISTER' } }, group[0].as));

  const notice = must(await app.gql(PublishNoticeDocument, {
    input: { title: '公示', startsOn: '2026-11-02', workingDays: 5, applications: [{ applicationId: id, expectedVersion: await versionOf(id) }] },
  }, asStaff)).publishNotice!;
  now = new Date('2026-11-09T02:00:00Z');
  must(await app.gql(CloseNoticeDocument, { noticeId: notice.id }, asStaff));

  let registrar = { token: staff.token, society: 'CSEE' as string | undefined };
  if (gradeCode !== 'TRAINEE') {
    const committee = await loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE });
    const queue = must(await app.gql(FederationReviewQueueDocument, undefined, { token: committee.token })).federationReviewQueue!;
    expect(queue.find((item) => item.applicationId === id)).toMatchObject({ sampled: true, decision: 'PENDING' });
    must(await app.gql(DecideAtFederationDocument, { input: { applicationId: id, expectedVersion: await versionOf(id), decision: 'APPROVED' } }, { token: committee.token }));
    const secretariat = await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT });
    // The society cannot register what the federation must confirm.
    expect(errorOf(await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, registrar))?.code).toBe('FORBIDDEN');
    registrar = { token: secretariat.token, society: undefined };
  }
  const registered = must(await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: await versionOf(id) } }, registrar)).registerMember!;
  expect(registered).toMatchObject({ validFrom: '2026-11-09', validUntil: '2031-11-09' });
  return { id, number: registered.registrationNumber };
}

describe('a full journey per grade, through the API', () => {
  it.each([
    ['TRAINEE', '见习工程会员'],
    ['PROFESSIONAL', '专业工程会员'],
    ['SENIOR', '资深工程会员'],
  ] as const)('%s: from submission to a registered member found in the public register', async (gradeCode, gradeName) => {
    const { number } = await journey(gradeCode);
    expect(number).toMatch(/^CSE-[TPS]-2026-\d{6}$/);
    const found = await app.gql(RegisteredMemberDocument, { registrationNumber: number });
    expect(found.data!.registeredMember).toEqual({
      registrationNumber: number, name: '张伟', namePinyin: 'Zhang Wei', employer: '国网北京市电力公司', societyCode: 'CSEE',
      field: '电气工程类', fieldEn: 'Electrical Engineering', grade: gradeName, gradeEn: expect.stringMatching(/Engineering Member$/),
      validFrom: '2026-11-09', validUntil: '2031-11-09', status: 'ACTIVE', statusChangedAt: null, statusReasonKind: null,
      nodeId: encodeGlobalId('RegisteredMember', number),
    });
    const search = await app.gql(SearchRegisterDocument, { name: '张伟', societyCode: 'CSEE' });
    expect(search.data!.searchRegister.map((member) => member.registrationNumber)).toContain(number);
  });
});
