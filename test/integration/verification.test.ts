import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import {
  ApplicationHistoryDocument, AssignMaterialReviewersDocument, RecordVerificationResultDocument, RequestVerificationDocument, VerificationRequestsDocument,
} from '../generated/operations';
import { acceptThroughInitialReview, applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, createAccount, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Verification of authenticity (seed 000, rule 8: 若考官对申请材料真实性产生质疑，可委托获授权学会向有关单位查询核实):
 * an examiner assessing the applicant asks, staff record whom they asked and the answer, the assessors see it.
 */

type Viewer = { token?: string; society?: string };

/** Today's date in China, the earliest an enquiry about a request made now can be. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

let app: TestApp;
let applicationId: string;
const viewers = new Map<string, Viewer>();
const CONCERNS = '2015—2018年在华东电力设计院任项目经理一职需核实';

/** A snapshot of everything the commands could have written: the requests and the application's history. */
async function stored(): Promise<unknown> {
  return asOwner(app, async (c) => ({
    requests: (await c.query(`select * from verification_request where application_id = $1 order by created_at, id`, [applicationId])).rows,
    events: (await c.query(`select action, reason from application_event where application_id = $1 order by seq`, [applicationId])).rows,
  }));
}

/** An examiner of CSEE with a standing assignment of a kind, written as the owner (this is a policy test). */
async function assigned(kind: string, chief = false): Promise<Viewer> {
  const examiner = await createAccount(app, { grants: [examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, `单位${kind}${chief}`)] });
  await asOwner(app, (c) => c.query(
    `insert into assignment (id, society_id, application_id, examiner_id, kind, chief, assigned_at)
     select gen_random_uuid(), a.society_id, a.id, g.id, $3, $4, now() from application a, role_grant g where a.id = $1 and g.account_id = $2`,
    [applicationId, examiner.id, kind, chief],
  ));
  return { token: await examiner.login(), society: 'CSEE' };
}

beforeAll(async () => {
  app = await startTestApp();
  const applicant = await applicantOf(app, 'CSEE');
  const staff = await staffOf(app, 'CSEE');
  const asStaff = { token: staff.token, society: 'CSEE' };
  const draft = await completeDossier(app, applicant);
  applicationId = draft.id;
  const version = await acceptThroughInitialReview(app, applicant, staff, draft.id, draft.version);
  // Two material reviewers assigned through the API: the application is in MATERIAL_REVIEW.
  const reviewerA = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '中国电力科学研究院'));
  const reviewerB = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.TRAINEE, '华北电力大学'));
  const assignedReviewers = await app.gql(AssignMaterialReviewersDocument, {
    input: { applicationId, expectedVersion: version, examinerIds: [await examinerGrantId(app, reviewerA.id), await examinerGrantId(app, reviewerB.id)] },
  }, asStaff);
  expect(assignedReviewers.errors).toBeUndefined();

  viewers.set('APPLICANT', { token: applicant.token, society: 'CSEE' });
  viewers.set('SOCIETY_STAFF', asStaff);
  viewers.set('MATERIAL_REVIEWER', { token: reviewerA.token, society: 'CSEE' });
  viewers.set('OTHER_MATERIAL_REVIEWER', { token: reviewerB.token, society: 'CSEE' });
  viewers.set('PAPER_JUDGE', await assigned('PAPER_JUDGE'));
  viewers.set('INTERVIEW_PANEL', await assigned('INTERVIEW'));
  viewers.set('REVIEW_GROUP', await assigned('REVIEW_GROUP'));
  for (const role of [GrantRole.FEDERATION_COMMITTEE, GrantRole.FEDERATION_SECRETARIAT, GrantRole.FEDERATION_ADMIN, GrantRole.QUALITY_SUPERVISION]) {
    viewers.set(role, { token: (await loggedIn(app, { role })).token });
  }
  viewers.set('UNASSIGNED_EXAMINER', { token: (await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL'))).token, society: 'CSEE' });
  viewers.set('OTHER_SOCIETY_STAFF', { token: (await staffOf(app, 'CSAE')).token, society: 'CSAE' });
  viewers.set('PUBLIC', {});
});
afterAll(() => app.close());

describe('an examiner asks for verification', () => {
  // Who may ask: an examiner with a standing assignment that assesses the dossier; others are refused as the
  // policies refuse other examiner commands (NOT_FOUND for those who may not know the application exists).
  const REQUESTERS: ReadonlyArray<[string, { code: string; field?: string } | 'accepted']> = [
    ['MATERIAL_REVIEWER', 'accepted'],
    ['PAPER_JUDGE', 'accepted'],
    ['INTERVIEW_PANEL', 'accepted'],
    ['APPLICANT', { code: 'FORBIDDEN' }],
    ['SOCIETY_STAFF', { code: 'FORBIDDEN' }],
    ['REVIEW_GROUP', { code: 'FORBIDDEN' }],
    ['FEDERATION_COMMITTEE', { code: 'FORBIDDEN' }],
    ['UNASSIGNED_EXAMINER', { code: 'NOT_FOUND', field: 'applicationId' }],
    ['OTHER_SOCIETY_STAFF', { code: 'NOT_FOUND', field: 'applicationId' }],
    ['PUBLIC', { code: 'UNAUTHENTICATED' }],
  ];

  it.each(REQUESTERS)('%s: %j', async (who, expected) => {
    const before = await stored();
    const result = await app.gql(RequestVerificationDocument, { applicationId, concerns: `${CONCERNS}（${who}）` }, viewers.get(who)!);
    if (expected === 'accepted') {
      expect(result.errors).toBeUndefined();
      expect(result.data!.requestVerification).toMatchObject({ concerns: `${CONCERNS}（${who}）`, answer: null });
      const requests = (await stored() as { requests: Array<{ concerns: string; requested_by_id: string }> }).requests;
      expect(requests.map((request) => request.concerns)).toContain(`${CONCERNS}（${who}）`);
    } else {
      expect(result.data?.requestVerification ?? null).toBeNull();
      expect(errorOf(result)).toEqual(expected);
      expect(await stored()).toEqual(before);
    }
  });

  it('refuses empty concerns, and changes nothing', async () => {
    const before = await stored();
    const result = await app.gql(RequestVerificationDocument, { applicationId, concerns: '   ' }, viewers.get('MATERIAL_REVIEWER')!);
    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: 'concerns' });
    expect(await stored()).toEqual(before);
  });

  it('names the examiner grant under which the reviewer assesses the applicant', async () => {
    const rows = await asOwner(app, async (c) => (await c.query(
      `select g.employer from verification_request v join role_grant g on g.id = v.requested_by_id where v.application_id = $1 and v.concerns like '%（MATERIAL_REVIEWER）'`,
      [applicationId],
    )).rows);
    expect(rows).toEqual([{ employer: '中国电力科学研究院' }]);
  });
});

describe('staff record the result, once', () => {
  const RESULT = { askedWhom: '华东电力设计院人力资源部', askedContact: '021-00000000', askedOn: chinaToday(), answer: 'NOT_CONFIRMED' as const, note: '该院答复：申请人时任项目副经理' };
  let requestId: string;
  beforeAll(async () => {
    const created = await app.gql(RequestVerificationDocument, { applicationId, concerns: CONCERNS }, viewers.get('MATERIAL_REVIEWER')!);
    requestId = created.data!.requestVerification!.id!;
  });

  const REFUSALS: ReadonlyArray<[string, string, () => Record<string, unknown>, Record<string, unknown>]> = [
    ['the examiner who asked', 'MATERIAL_REVIEWER', () => RESULT, { code: 'FORBIDDEN' }],
    ['the applicant', 'APPLICANT', () => RESULT, { code: 'FORBIDDEN' }],
    ["another society's staff", 'OTHER_SOCIETY_STAFF', () => RESULT, { code: 'NOT_FOUND', field: 'id' }],
    ['staff, without a note on an answer that does not confirm', 'SOCIETY_STAFF', () => ({ ...RESULT, note: null }), { code: 'BAD_USER_INPUT', field: 'input.note' }],
    ['staff, without whom they asked', 'SOCIETY_STAFF', () => ({ ...RESULT, askedWhom: ' ' }), { code: 'BAD_USER_INPUT', field: 'input.askedWhom' }],
    ['staff, with an enquiry before the request', 'SOCIETY_STAFF', () => ({ ...RESULT, askedOn: '2020-01-01' }), { code: 'BAD_USER_INPUT', field: 'input.askedOn' }],
  ];

  it.each(REFUSALS)('refuses %s, and changes nothing', async (_case, who, input, expected) => {
    const before = await stored();
    const result = await app.gql(RecordVerificationResultDocument, { id: requestId, input: input() as typeof RESULT }, viewers.get(who)!);
    expect(errorOf(result)).toEqual(expected);
    expect(await stored()).toEqual(before);
  });

  it('records whom staff asked and the answer; a second record is refused and changes nothing', async () => {
    const recorded = await app.gql(RecordVerificationResultDocument, { id: requestId, input: RESULT }, viewers.get('SOCIETY_STAFF')!);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data!.recordVerificationResult).toMatchObject({
      id: requestId, askedWhom: RESULT.askedWhom, askedContact: RESULT.askedContact, askedOn: RESULT.askedOn, answer: 'NOT_CONFIRMED', note: RESULT.note,
    });
    expect(recorded.data!.recordVerificationResult!.recordedAt).toBeTruthy();

    const before = await stored();
    const again = await app.gql(RecordVerificationResultDocument, { id: requestId, input: { ...RESULT, answer: 'CONFIRMED', note: null } }, viewers.get('SOCIETY_STAFF')!);
    expect(errorOf(again)).toEqual({ code: 'ALREADY_EXISTS', field: 'id' });
    expect(await stored()).toEqual(before);

    // Both steps are in the history: the assessors read what was doubted and the answer, the applicant neither.
    const staffHistory = (await app.gql(ApplicationHistoryDocument, { id: applicationId }, viewers.get('SOCIETY_STAFF')!)).data!.application!.history!;
    expect(staffHistory.filter((event) => event.action === 'recordVerificationResult').map((event) => event.reason)).toEqual([RESULT.note]);
    expect(staffHistory.filter((event) => event.action === 'requestVerification').map((event) => event.reason)).toContain(CONCERNS);
    const applicantHistory = await app.gql(ApplicationHistoryDocument, { id: applicationId }, viewers.get('APPLICANT')!);
    expect(JSON.stringify(applicantHistory)).not.toContain(CONCERNS);
    expect(JSON.stringify(applicantHistory)).not.toContain(RESULT.note);
    expect(JSON.stringify(applicantHistory)).not.toContain(RESULT.askedWhom);
  });
});

describe('who sees the verification requests (relation × the verification part)', () => {
  // MATERIAL_REVIEW stage. 'sees': the list with its content; 'forbidden': the field is null with FORBIDDEN;
  // 'notFound' / 'unauthenticated': the application itself is not shown.
  const SEES: ReadonlyArray<[string, 'sees' | 'forbidden' | 'notFound' | 'unauthenticated']> = [
    ['SOCIETY_STAFF', 'sees'],
    ['MATERIAL_REVIEWER', 'sees'],
    ['OTHER_MATERIAL_REVIEWER', 'sees'],
    ['PAPER_JUDGE', 'sees'],
    ['INTERVIEW_PANEL', 'sees'],
    ['REVIEW_GROUP', 'sees'],
    [GrantRole.FEDERATION_COMMITTEE, 'sees'],
    [GrantRole.FEDERATION_SECRETARIAT, 'sees'],
    ['APPLICANT', 'forbidden'],
    [GrantRole.FEDERATION_ADMIN, 'forbidden'],
    [GrantRole.QUALITY_SUPERVISION, 'forbidden'],
    ['UNASSIGNED_EXAMINER', 'notFound'],
    ['OTHER_SOCIETY_STAFF', 'notFound'],
    ['PUBLIC', 'unauthenticated'],
  ];

  it.each(SEES)('%s: %s', async (who, expected) => {
    const result = await app.gql(VerificationRequestsDocument, { id: applicationId }, viewers.get(who)!);
    const text = JSON.stringify(result.data ?? null);
    if (expected === 'sees') {
      expect(result.errors).toBeUndefined();
      const requests = result.data!.application!.verificationRequests!;
      expect(requests.find((request) => request.concerns === CONCERNS)).toMatchObject({ answer: 'NOT_CONFIRMED', askedWhom: '华东电力设计院人力资源部' });
      return;
    }
    expect(text).not.toContain(CONCERNS);
    if (expected === 'forbidden') {
      expect(result.data!.application!.id).toBe(applicationId);
      expect(result.data!.application!.verificationRequests).toBeNull();
      expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([['application.verificationRequests', 'FORBIDDEN']]);
    } else {
      expect(result.data?.application ?? null).toBeNull();
      expect(errorOf(result)?.code).toBe(expected === 'notFound' ? 'NOT_FOUND' : 'UNAUTHENTICATED');
    }
  });
});
