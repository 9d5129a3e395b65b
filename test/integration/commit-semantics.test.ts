import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isObjectType, parse, visit, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { ACCESS_TABLE } from '../../src/policies/access-table';
import {
  AttachFileDocument, DetachFileDocument, PassFormCheckDocument, ResubmitClarifiedApplicationDocument, ResubmitCompletedApplicationDocument,
  ReturnForClarificationDocument, ReturnForCompletionDocument, SaveAchievementsDocument, SaveBasicInformationDocument, SaveCompetencyClaimsDocument,
  SaveEducationDocument, SaveGeneralCategoryFieldsDocument, SaveInternationalTitleDocument, SaveSelfStatementDocument, SaveWorkHistoryDocument, StartApplicationDocument,
  SubmitApplicationDocument, WithdrawApplicationDocument, type FilePurpose,
} from '../generated/operations';
import { applicantOf, completeDossier, SAMPLE_FILES, staffOf, STATEMENT, upload, VALID_ID_NUMBER } from '../helpers/dossier';
import { asOwner, errorOf } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** The document with one more field selected under its root field (a field the actor may not read). */
function selecting<R, V>(document: TypedDocumentNode<R, V>, extra: string): TypedDocumentNode<R, V> {
  const added = (parse(`{ ${extra} }`).definitions[0] as OperationDefinitionNode).selectionSet.selections;
  return visit(document as DocumentNode, {
    OperationDefinition(operation) {
      const [root] = operation.selectionSet.selections as FieldNode[];
      const widened: FieldNode = { ...root, selectionSet: { ...root.selectionSet!, selections: [...root.selectionSet!.selections, ...added] } };
      return { ...operation, selectionSet: { ...operation.selectionSet, selections: [widened] } };
    },
  }) as TypedDocumentNode<R, V>;
}

/** Reads an application's version back in a request of its own, as the applicant. */
async function versionReadBack(id: string, token: string): Promise<number> {
  const result = await app.raw({ query: 'query($id: String!) { application(id: $id) { version } }', variables: { id } }, { token, society: 'CSEE' });
  return (result.json as { data: { application: { version: number } } }).data.application.version;
}

/** The state a row acts on: one application of one applicant, moved along by the rows before it. */
interface World {
  applicant: { token: string };
  staff: { token: string };
  id: string;
  version: number;
  fileIds: string[];
}

/** One mutation returning an application: who sends it, with which variables, and a field that actor may not read. */
interface Row {
  mutation: string;
  actor: 'applicant';
  forbidden: string;
  document: TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
  variables(world: World): Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Puts the application in the stage the mutation needs, through the API. */
  before?(world: World): Promise<void>;
}

const step = (world: World) => ({ input: { applicationId: world.id, expectedVersion: world.version } });
const doc = (document: unknown) => document as Row['document'];

/** Staff commands that move the application between applicant rows (not rows themselves: staff may read every field). */
async function asStaff(world: World, document: unknown, extra: Record<string, unknown> = {}): Promise<void> {
  const result = await app.gql(document as Row['document'], { input: { applicationId: world.id, expectedVersion: world.version, ...extra } }, { token: world.staff.token, society: 'CSEE' });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  world.version = (Object.values(result.data!)[0] as { version: number }).version;
}

async function uploaded(world: World, purpose: FilePurpose): Promise<Record<string, unknown>> {
  const stored = await upload(app, world.applicant.token, 'CSEE', purpose === 'PHOTO' ? SAMPLE_FILES.jpeg : SAMPLE_FILES.pdf, `${purpose}.bin`);
  return { input: { applicationId: world.id, expectedVersion: world.version, fileId: stored.json.id!, purpose } };
}

// In journey order: each row leaves the application where the next one needs it.
const ROWS: Row[] = [
  { mutation: 'saveBasicInformation', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveBasicInformationDocument), variables: (w) => ({
    applicationId: w.id, expectedVersion: w.version,
    input: { name: '张伟', idNumber: VALID_ID_NUMBER, birthDate: '1985-06-01', mailingAddress: '北京市西城区白广路二条1号', mobile: '13800138000', email: 'zhang.commit@example.test',
      employer: '国网北京市电力公司', employerEn: 'State Grid Beijing Electric Power Company', accreditedProgramme: true, wantsMutualRecognition: false },
  }) },
  { mutation: 'saveEducation', actor: 'applicant', forbidden: 'assignments { id }', document: doc(SaveEducationDocument), variables: (w) => ({
    applicationId: w.id, expectedVersion: w.version,
    entries: [
      { fromDate: '2000-09-01', toDate: '2003-07-01', school: '北京市第四中学', level: 'SENIOR_HIGH', degree: '无' },
      { fromDate: '2003-09-01', toDate: '2007-07-01', school: '华北电力大学', major: '电气工程及其自动化', level: 'BACHELOR', degree: '工学学士', qualifying: true },
    ],
  }) },
  { mutation: 'saveWorkHistory', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveWorkHistoryDocument), variables: (w) => ({
    applicationId: w.id, expectedVersion: w.version,
    entries: [
      { fromDate: '2007-08-01', toDate: '2012-12-31', employer: '国网北京市电力公司', department: '调度中心', position: '工程师', refereeName: '李明', refereeContact: '13900000001' },
      { fromDate: '2013-01-01', employer: '国网北京市电力公司', department: '自动化处', position: '高级工程师', refereeName: '王强', refereeContact: '13900000002', majorEngineeringWork: true, majorWorkKind: 'LARGE_PROJECT_PART' },
    ],
  }) },
  { mutation: 'saveSelfStatement', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveSelfStatementDocument), variables: (w) => ({ applicationId: w.id, expectedVersion: w.version, text: STATEMENT }) },
  { mutation: 'saveCompetencyClaims', actor: 'applicant', forbidden: 'interview { conclusion }', document: doc(SaveCompetencyClaimsDocument), variables: (w) => ({
    applicationId: w.id, expectedVersion: w.version, claims: [{ passage: '负责方案设计与实施', itemCodes: ['A2', 'E1'] }],
  }) },
  { mutation: 'saveAchievements', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveAchievementsDocument), variables: (w) => ({
    applicationId: w.id, expectedVersion: w.version, achievements: [{ category: 'PATENT', date: '2019-05-01', title: '一种变电站自动化系统', role: '第一发明人' }],
  }) },
  { mutation: 'saveInternationalTitle', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveInternationalTitleDocument), variables: (w) => ({ applicationId: w.id, expectedVersion: w.version, title: null }) },
  { mutation: 'saveGeneralCategoryFields', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveGeneralCategoryFieldsDocument), variables: (w) => ({
    applicationId: w.id, expectedVersion: w.version, input: { professionalTitle: '高级工程师', qualifications: ['注册电气工程师'] },
  }) },
  { mutation: 'attachFile', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(AttachFileDocument), variables: (w) => uploaded(w, 'ORG_CHART') },
  { mutation: 'detachFile', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(DetachFileDocument), variables: (w) => ({ input: { applicationId: w.id, expectedVersion: w.version, fileId: w.fileIds.at(-1) } }),
    before: async (w) => {
      // An extra file to take off again (the dossier keeps the one it needs).
      const stored = await upload(app, w.applicant.token, 'CSEE', SAMPLE_FILES.pdf, 'extra.pdf');
      const attached = await app.gql(AttachFileDocument, { input: { applicationId: w.id, expectedVersion: w.version, fileId: stored.json.id!, purpose: 'EVIDENCE' } }, { token: w.applicant.token, society: 'CSEE' });
      if (!attached.data?.attachFile) throw new Error(JSON.stringify(attached.errors));
      w.version = attached.data.attachFile.version!;
      w.fileIds.push(stored.json.id!);
    } },
  { mutation: 'submitApplication', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SubmitApplicationDocument), variables: step },
  { mutation: 'resubmitCompletedApplication', actor: 'applicant', forbidden: 'assignments { id }', document: doc(ResubmitCompletedApplicationDocument), variables: step,
    before: (w) => asStaff(w, ReturnForCompletionDocument, { items: ['照片'], reason: '请补全材料' }) },
  { mutation: 'resubmitClarifiedApplication', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(ResubmitClarifiedApplicationDocument), variables: step,
    before: async (w) => {
      await asStaff(w, PassFormCheckDocument);
      await asStaff(w, ReturnForClarificationDocument, { items: ['工作经历'], reason: '请说明' });
    } },
  { mutation: 'withdrawApplication', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(WithdrawApplicationDocument), variables: step },
];

/**
 * Staff commands (society staff, federation admin): society staff may read every field of an application, and of
 * the grants, examiners, notices, objections and sittings they manage, so there is no forbidden field to select;
 * their commit rule is the same code path the rows above exercise.
 */
const STAFF_READS_EVERY_FIELD = [
  'acceptApplication', 'assignMaterialReviewers', 'assignPaperJudges', 'closeNotice', 'formReviewGroup', 'grantSocietyRole', 'lapseApplication',
  'markSocietyMembership', 'passBasicConditions', 'passFormCheck', 'proceedFromExamToComprehensiveReview', 'proceedFromExamToInterview',
  'proceedToComprehensiveReview', 'proceedToInterview', 'proceedToWrittenExam', 'publishNotice', 'recordWrittenExamSitting', 'rejectApplication',
  'requestSupplement', 'resolveObjection', 'returnForClarification', 'returnForCompletion', 'scheduleInterview', 'takeSimplifiedPath', 'updateExaminer',
  // Federation admins read every field of what the calendar change reports.
  'loadHolidayArrangement',
  // Staff read every field of their society's written-exam standard (the type is public: the root fields choose the rows).
  'setWrittenExamStandard', 'publishWrittenExamStandard',
  // The invitee reads every field of their own invitation.
  'acceptInvitation', 'declineInvitation',
];

/**
 * Not covered by a row yet (known gap): examiner, federation and late-stage applicant commands, whose actor does
 * have forbidden fields but whose stage set-up through the API is still to be written here.
 */
const NOT_YET_COVERED = [
  'startApplication', // has its own case below: the application does not exist before it
  'addSupplement', 'concludeComprehensiveReview', 'decideAtFederation', 'recordInterview', 'registerMember', 'scorePaper', 'submitMaterialReview', 'submitSupplements',
];

describe('a mutation commits when its root field resolves, whatever its selection shows', () => {
  const world = {} as World;
  beforeAll(async () => {
    world.applicant = await applicantOf(app, 'CSEE');
    world.staff = await staffOf(app, 'CSEE');
    const started = await completeDossier(app, world.applicant);
    Object.assign(world, { id: started.id, version: started.version, fileIds: [] });
  });

  it.each(ROWS.map((row) => [row.mutation, row] as const))('%s: the write persists and the forbidden field is null with FORBIDDEN', async (name, row) => {
    await row.before?.(world);
    const result = await app.gql(selecting(row.document, row.forbidden), await row.variables(world), { token: world.applicant.token, society: 'CSEE' });
    const forbiddenField = row.forbidden.split(' ')[0];
    const returned = result.data?.[name] as Record<string, unknown> & { version: number };
    if (!returned) throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
    expect(returned[forbiddenField]).toBeNull();
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([[`${name}.${forbiddenField}`, 'FORBIDDEN']]);
    // The write stands: the HTTP status must not say otherwise (a nested refusal is not a 403 of the request).
    expect(result.status).toBe(200);
    expect(returned.version).toBeGreaterThan(world.version);
    // Read back in a request of its own: the write the response reported is stored.
    expect(await versionReadBack(world.id, world.applicant.token)).toBe(returned.version);
    world.version = returned.version;
  });

  it('startApplication: the started application persists and the forbidden field is null with FORBIDDEN', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const result = await app.gql(selecting(StartApplicationDocument, 'materialReviews { id }'),
      { input: { fieldCode: 'ELECTRICAL', specialtyCode: 'POWER_SYSTEM_AUTOMATION', gradeCode: 'PROFESSIONAL', channel: 'INDIVIDUAL' } }, { token: applicant.token, society: 'CSEE' });
    expect(errorOf(result)?.code).toBe('FORBIDDEN');
    const id = result.data!.startApplication!.id!;
    expect(await versionReadBack(id, applicant.token)).toBe(result.data!.startApplication!.version);
  });

  it('has a row for every mutation that returns a guarded object', () => {
    const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
    const guarded = (typeName: string) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) return false;
      const access = ACCESS_TABLE[typeName];
      return Object.keys(type.getFields()).some((field) => (typeof access === 'string' ? access : access?.[field]) !== 'public');
    };
    const returningGuarded = Object.values(schema.getMutationType()!.getFields())
      .filter((field) => guarded(getNamedType(field.type).name))
      .map((field) => field.name);
    const covered = new Set([...ROWS.map((row) => row.mutation), ...STAFF_READS_EVERY_FIELD, ...NOT_YET_COVERED]);
    expect(returningGuarded.filter((name) => !covered.has(name))).toEqual([]);
  });
});

describe('the commit decides what the response may report', () => {
  it('a failing root field is undone alone: the other root fields of the mutation keep their writes', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await completeDossier(app, applicant);
    const result = await app.raw({
      query: `mutation($id: String!, $stale: Int!, $current: Int!) {
        stale: saveSelfStatement(applicationId: $id, expectedVersion: $stale, text: "旧版本的自述") { version }
        current: saveSelfStatement(applicationId: $id, expectedVersion: $current, text: "新的自述，已经保存") { version }
      }`,
      variables: { id, stale: version - 1, current: version },
    }, { token: applicant.token, society: 'CSEE' });
    const body = result.json as { data: { stale: null; current: { version: number } }; errors: Array<{ path: string[]; extensions: { code: string } }> };
    expect(body.data.stale).toBeNull();
    expect(body.errors.map((error) => [error.path.join('.'), error.extensions.code])).toEqual([['stale', 'STALE_VERSION']]);
    const stored = await asOwner(app, async (c) => (await c.query('select self_statement, version from application where id = $1', [id])).rows[0]);
    expect(stored).toEqual({ self_statement: '新的自述，已经保存', version: body.data.current.version });
  });

  it('a commit that fails replaces the response with an error and reports no write', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await completeDossier(app, applicant);
    // A deferred check runs at commit, after the resolver has answered: the only way to make the commit itself fail.
    await asOwner(app, (c) => c.query(`
      create or replace function test_refuse_at_commit() returns trigger language plpgsql as $$
      begin if new.self_statement like '%REFUSED AT COMMIT%' then raise exception 'refused at commit'; end if; return new; end $$;
      create constraint trigger test_refuse_at_commit after update on application deferrable initially deferred for each row execute function test_refuse_at_commit();`));
    try {
      const result = await app.gql(SaveSelfStatementDocument, { applicationId: id, expectedVersion: version, text: `${STATEMENT}REFUSED AT COMMIT` }, { token: applicant.token, society: 'CSEE' });
      expect(result.status).toBe(500);
      expect(result.data).toBeUndefined();
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['COMMIT_FAILED']);
      const stored = await asOwner(app, async (c) => (await c.query('select self_statement, version from application where id = $1', [id])).rows[0]);
      expect(stored).toEqual({ self_statement: STATEMENT, version });
    } finally {
      await asOwner(app, (c) => c.query('drop trigger test_refuse_at_commit on application; drop function test_refuse_at_commit()'));
    }
  });
});

describe('refusals name what is missing', () => {
  it('an anonymous caller gets UNAUTHENTICATED, a signed-in caller without the right gets FORBIDDEN, and neither changes anything', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await completeDossier(app, applicant);
    const send = (token?: string) => app.gql(SaveSelfStatementDocument, { applicationId: id, expectedVersion: version, text: '别人的改动' }, { token, society: 'CSEE' });
    expect(errorOf(await send())?.code).toBe('UNAUTHENTICATED');
    // The applicant is signed in but is not staff.
    const staffOnly = await app.gql(PassFormCheckDocument, { input: { applicationId: id, expectedVersion: version } }, { token: applicant.token, society: 'CSEE' });
    expect(errorOf(staffOnly)?.code).toBe('FORBIDDEN');
    const anonymousStep = await app.gql(PassFormCheckDocument, { input: { applicationId: id, expectedVersion: version } }, { society: 'CSEE' });
    expect(errorOf(anonymousStep)?.code).toBe('UNAUTHENTICATED');
    const stored = await asOwner(app, async (c) => (await c.query('select self_statement, version from application where id = $1', [id])).rows[0]);
    expect(stored).toEqual({ self_statement: STATEMENT, version });
  });
});
