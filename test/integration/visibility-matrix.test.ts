import { GrantRole } from '../../src/entities/enums';
import type { ApplicationRelation } from '../../src/policies/relations';
import { canSee, VISIBILITY_MATRIX, type DossierPartName } from '../../src/policies/visibility-matrix';
import { ApplicationDocument, ApplicationVisibilityDocument, DossierAccessLogDocument, SubmitApplicationDocument } from '../generated/operations';
import { applicantOf, completeDossier, download } from '../helpers/dossier';
import { asOwner, createAccount, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { ApplicationStage, ExaminerGrade } from '../../src/entities/enums';

/** Where each dossier part shows in the ApplicationVisibility operation. */
const PATHS: Record<DossierPartName, ReadonlyArray<string | number>> = {
  procedure: ['application', 'stage'],
  identity: ['application', 'basicInformation', 'name'],
  idDocuments: ['application', 'basicInformation', 'idNumber'],
  contact: ['application', 'basicInformation', 'mobile'],
  dossierContent: ['application', 'education'],
  referees: ['application', 'workHistory', 0, 'refereeContact'],
  materialReviews: ['application', 'materialReviews'],
  assessors: ['application', 'assignments'],
  interviewRecord: ['application', 'interview'],
  interviewOutcome: ['application', 'interviewOutcome'],
  reviewConclusion: ['application', 'comprehensiveReview'],
  writtenExam: ['application', 'writtenExam'],
  questionnaire: ['application', 'interviewQuestionnaire'],
  verification: ['application', 'verificationRequests', 0, 'id'],
  scoreSheets: ['application', 'scoreSheets'],
  scoredResult: ['application', 'scoredResult', 'scored'],
};

/** The relations a viewer can hold today, and how to become one (society staff in CSEE). */
const VIEWERS: ReadonlyArray<[ApplicationRelation, () => Promise<{ token: string; society?: string }>]> = [
  ['SOCIETY_STAFF', async () => ({ ...(await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' })), society: 'CSEE' })],
  ['FEDERATION_COMMITTEE', () => loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE })],
  ['FEDERATION_SECRETARIAT', () => loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT })],
  ['FEDERATION_ADMIN', () => loggedIn(app, { role: GrantRole.FEDERATION_ADMIN })],
  ['QUALITY_SUPERVISION', () => loggedIn(app, { role: GrantRole.QUALITY_SUPERVISION })],
  ['MATERIAL_REVIEWER', async () => {
    const reviewer = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '中国电力科学研究院'));
    await asOwner(app, (c) => c.query(
      `insert into assignment (id, society_id, application_id, examiner_id, kind, assigned_at)
       select gen_random_uuid(), a.society_id, a.id, g.id, 'MATERIAL_REVIEW', now() from application a, role_grant g where a.id = $1 and g.account_id = $2`,
      [applicationId, reviewer.id],
    ));
    return { ...reviewer, society: 'CSEE' };
  }],
];

const STAGES = [ApplicationStage.SUBMITTED, ApplicationStage.FEDERATION_REVIEW];

let app: TestApp;
let applicant: { token: string };
let applicationId: string;
beforeAll(async () => {
  app = await startTestApp();
  applicant = await applicantOf(app, 'CSEE');
  const { id, version } = await completeDossier(app, applicant);
  await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
  applicationId = id;
  // An interview on record, so that its parts have something to show.
  await asOwner(app, (c) => c.query(
    `insert into interview (id, society_id, application_id, mode, scheduled_at, location, questions, created_at)
     select gen_random_uuid(), society_id, id, 'ONSITE', now(), '北京市西城区白广路二条1号', '{}', now() from application where id = $1`,
    [id],
  ));
  await asOwner(app, (c) => c.query(
    `update interview set questionnaire = '{"overall":4,"fairness":5,"professionalism":4}', questionnaire_submitted_at = now() where application_id = $1`,
    [id],
  ));
  // A marked paper, so that the written exam has something to show.
  const judge = await createAccount(app, { grants: [examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '阅卷单位')] });
  await asOwner(app, async (c) => {
    const assignment = (await c.query(
      `insert into assignment (id, society_id, application_id, examiner_id, kind, chief, assigned_at)
       select gen_random_uuid(), a.society_id, a.id, g.id, 'PAPER_JUDGE', false, now() from application a, role_grant g where a.id = $1 and g.account_id = $2 returning id`,
      [id, judge.id],
    )).rows[0].id;
    const sitting = (await c.query(
      `insert into written_exam_sitting (id, society_id, application_id, number, held_on, venue, paper, recorded_by_id, recorded_at)
       select gen_random_uuid(), society_id, id, 1, '2026-10-20', '北京', '电气工程综合', applicant_id, now() from application where id = $1 returning id`,
      [id],
    )).rows[0].id;
    await c.query(`insert into written_exam_score (id, society_id, application_id, assignment_id, sitting_id, score, judged_at)
                   select gen_random_uuid(), society_id, id, $2, $3, 75, now() from application where id = $1`, [id, assignment, sitting]);
    // A verification the judge asked for, so that the verification part has something to show.
    await c.query(`insert into verification_request (id, society_id, application_id, requested_by_id, concerns, created_at)
                   select gen_random_uuid(), a.society_id, a.id, g.id, '工作经历需核实', now() from application a, role_grant g where a.id = $1 and g.account_id = $2`, [id, judge.id]);
  });
  await asOwner(app, (c) => c.query(
    `insert into comprehensive_review (id, society_id, application_id, conclusion, decided_by_id, decided_at)
     select gen_random_uuid(), society_id, id, 'REGISTER', applicant_id, now() from application where id = $1`,
    [id],
  ));
});
afterAll(() => app.close());

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((value, key) => (value == null ? value : (value as Record<string | number, unknown>)[key]), { application: (data as { application?: unknown })?.application });
}

function forbiddenAt(errors: ReadonlyArray<{ path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }> | undefined, path: ReadonlyArray<string | number>): boolean {
  // The refusal is reported at the path or at the first guarded field on the way to it.
  return (errors ?? []).some(
    (error) => error.extensions?.code === 'FORBIDDEN' && error.path !== undefined && error.path.length <= path.length && error.path.every((key, index) => key === path[index]),
  );
}

const cases = STAGES.flatMap((stage) =>
  [...VIEWERS.map(([relation]) => relation), 'APPLICANT' as const].flatMap((relation) =>
    (Object.keys(VISIBILITY_MATRIX) as DossierPartName[]).map((part) => [stage, relation, part, canSee(new Set([relation]), part, stage)] as const),
  ),
);

describe('DOMAIN.md §7 through the API: every relation × dossier part, exactly as the matrix says', () => {
  const viewers = new Map<string, { token: string; society?: string }>();
  beforeAll(async () => {
    for (const [relation, make] of VIEWERS) viewers.set(relation, await make());
    viewers.set('APPLICANT', { token: applicant.token, society: 'CSEE' });
  });

  it.each(cases)('in %s, %s sees %s: %s', async (stage, relation, part, visible) => {
    await asOwner(app, (c) => c.query('update application set stage = $1 where id = $2', [stage, applicationId]));
    const viewer = viewers.get(relation)!;
    const result = await app.gql(ApplicationVisibilityDocument, { id: applicationId }, viewer);
    const value = valueAt(result.data, PATHS[part]);
    if (visible) {
      expect(value).not.toBeNull();
      expect(value).toBeDefined();
      expect(forbiddenAt(result.errors, PATHS[part])).toBe(false);
    } else {
      expect(value ?? null).toBeNull();
      expect(forbiddenAt(result.errors, PATHS[part])).toBe(true);
    }
  });

  it('is reviewed as a confidentiality change when it changes', () => {
    const relations = Object.keys(Object.assign({}, ...Object.values(VISIBILITY_MATRIX))) as ApplicationRelation[];
    const table = Object.fromEntries(
      [ApplicationStage.SUBMITTED, ApplicationStage.PUBLIC_NOTICE, ApplicationStage.FEDERATION_REVIEW].map((stage) => [
        stage,
        Object.fromEntries((Object.keys(VISIBILITY_MATRIX) as DossierPartName[]).map((part) => [part, relations.filter((relation) => canSee(new Set([relation]), part, stage)).sort().join(' ')])),
      ]),
    );
    expect(table).toMatchSnapshot();
  });

  it('hides the whole application from someone with no relation to it', async () => {
    const stranger = await applicantOf(app, 'CSEE');
    const result = await app.gql(ApplicationDocument, { id: applicationId }, { token: stranger.token, society: 'CSEE' });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'applicationId' });
  });

  it('serves ID copies to the secretariat but not to the committee, and other files the other way round during federation review', async () => {
    await asOwner(app, (c) => c.query(`update application set stage = 'FEDERATION_REVIEW' where id = $1`, [applicationId]));
    const files = await asOwner(app, async (c) => Object.fromEntries((await c.query(`select purpose, id from stored_file where application_id = $1`, [applicationId])).rows.map((r) => [r.purpose, r.id])));
    const secretariat = viewers.get('FEDERATION_SECRETARIAT')!;
    const committee = viewers.get('FEDERATION_COMMITTEE')!;
    expect((await download(app, secretariat.token, undefined, files.ID_COPY)).status).toBe(200);
    expect((await download(app, committee.token, undefined, files.ID_COPY)).status).toBe(404);
    expect((await download(app, committee.token, undefined, files.PLEDGE)).status).toBe(200);
    await asOwner(app, (c) => c.query(`update application set stage = 'SUBMITTED' where id = $1`, [applicationId]));
    expect((await download(app, committee.token, undefined, files.PLEDGE)).status).toBe(404);
  });
});

describe('the dossier access log', () => {
  it("records each non-applicant read with its parts, never the applicant's own, and shows it to staff and the federation only", async () => {
    // A dossier of its own, so that the log holds only this test's reads.
    const applicant = await applicantOf(app, 'CSEE');
    const draft = await completeDossier(app, applicant);
    await app.gql(SubmitApplicationDocument, { input: { applicationId: draft.id, expectedVersion: draft.version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
    const applicationId = draft.id;
    await app.gql(ApplicationVisibilityDocument, { id: applicationId }, { token: applicant.token, society: 'CSEE' });
    const staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
    await app.gql(ApplicationVisibilityDocument, { id: applicationId }, { token: staff.token, society: 'CSEE' });
    const committee = await loggedIn(app, { role: GrantRole.FEDERATION_COMMITTEE });
    await app.gql(ApplicationVisibilityDocument, { id: applicationId }, { token: committee.token });
    const pledge = await asOwner(app, async (c) => (await c.query(`select id from stored_file where application_id = $1 and purpose = 'PLEDGE'`, [applicationId])).rows[0].id as string);
    await download(app, staff.token, 'CSEE', pledge);

    const log = await app.gql(DossierAccessLogDocument, { applicationId, first: 50 }, { token: staff.token, society: 'CSEE' });
    expect(log.errors).toBeUndefined();
    const entries = log.data!.dossierAccessLog!.edges!.map((edge) => edge!.node!);
    expect(entries.map((entry) => entry.parts)).toEqual([
      ['assessors', 'contact', 'dossierContent', 'idDocuments', 'identity', 'interviewOutcome', 'interviewRecord', 'materialReviews', 'procedure', 'questionnaire', 'referees', 'reviewConclusion', 'scoreSheets', 'scoredResult', 'verification', 'writtenExam'],
      // The committee outside federation review: the procedure, who applied and the assessment, not the dossier.
      ['assessors', 'identity', 'interviewOutcome', 'interviewRecord', 'materialReviews', 'procedure', 'questionnaire', 'reviewConclusion', 'scoreSheets', 'scoredResult', 'verification', 'writtenExam'],
      ['file:PLEDGE'],
    ]);
    const refused = await app.gql(DossierAccessLogDocument, { applicationId, first: 50 }, { token: applicant.token, society: 'CSEE' });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
