import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, isNonNullType, isObjectType, parse, visit, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { ExaminerGrade } from '../../src/entities/enums';
import { API_ACCESS_TABLE as ACCESS_TABLE } from '../../src/graphql/access-rows';
import {
  AssignPaperJudgesDocument, AttachFileDocument, ComprehensiveReviewViewDocument, ProceedFromExamToInterviewDocument, ProceedToComprehensiveReviewDocument,
  ProceedToWrittenExamDocument, RecordWrittenExamSittingDocument, ScheduleInterviewDocument, ScorePaperDocument, ConcludeComprehensiveReviewDocument, DecideAtFederationDocument, DetachFileDocument, RequestSupplementDocument, SubmitSupplementsDocument, TakeSimplifiedPathDocument, PassFormCheckDocument, ResubmitClarifiedApplicationDocument, ResubmitCompletedApplicationDocument,
  ReturnForClarificationDocument, ReturnForCompletionDocument, SaveAchievementsDocument, SaveBasicInformationDocument, SaveCompetencyClaimsDocument,
  SaveEducationDocument, SaveCategoryFieldsDocument, SaveInternationalTitleDocument, SaveCareerPlanDocument, SaveSelfStatementDocument, SaveWorkHistoryDocument, StartApplicationDocument,
  SubmitApplicationDocument, WithdrawApplicationDocument, type FilePurpose,
} from '../generated/operations';
import { applicantOf, CAREER_PLAN, completeDossier, questionsForAllItems, SAMPLE_FILES, staffOf, STATEMENT, upload, VALID_ID_NUMBER } from '../helpers/dossier';
import { asOwner, errorOf } from '../helpers/factories';
import { must, ProcedureDriver, type Case } from '../helpers/procedure-driver';
import { startTestApp, type RequestOptions, type TestApp } from '../helpers/test-app';

let app: TestApp;
/** The application clock: real time, unless a journey below sets the day (a notice must run its course). */
let now: Date | undefined;
beforeAll(async () => {
  // The clock moves on by a millisecond at each reading, as a real one would: steps of one day keep their order.
  let tick = 0;
  // Every application that closes its notice goes to the federation's review (the late rows decide there).
  app = await startTestApp({ FEDERATION_SAMPLE_PERCENT: '100' }, { clock: () => (now ? new Date(now.getTime() + (tick += 1)) : new Date()) });
});
afterAll(() => app.close());

const SCHEMA = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));

/** Every field of a type without required arguments; an object field with every leaf field of its type. */
function everyField(typeName: string, depth = 1): string {
  const type = SCHEMA.getType(typeName);
  if (!isObjectType(type)) return '';
  return Object.values(type.getFields())
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type)))
    .map((field) => {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) return field.name;
      return depth > 0 ? `${field.name} { ${everyField(named.name, depth - 1)} }` : '';
    })
    .filter(Boolean)
    .join(' ');
}

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
  const result = await app.raw({ query: 'query($id: ID!) { application(id: $id) { version } }', variables: { id } }, { token, society: 'CSEE' });
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
const submission = (world: World) => ({ input: { ...step(world).input, consentToVerification: true } });
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
  { mutation: 'saveCareerPlan', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveCareerPlanDocument), variables: (w) => ({ applicationId: w.id, expectedVersion: w.version, input: CAREER_PLAN }) },
  { mutation: 'saveCompetencyClaims', actor: 'applicant', forbidden: 'interview { conclusion }', document: doc(SaveCompetencyClaimsDocument), variables: (w) => ({
    applicationId: w.id, expectedVersion: w.version, claims: [{ passage: '负责方案设计与实施', itemCodes: ['A2', 'E1'] }],
  }) },
  { mutation: 'saveAchievements', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveAchievementsDocument), variables: (w) => ({
    applicationId: w.id, expectedVersion: w.version, achievements: [{ category: 'PATENT', date: '2019-05-01', title: '一种变电站自动化系统', role: '第一发明人' }],
  }) },
  { mutation: 'saveInternationalTitle', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveInternationalTitleDocument), variables: (w) => ({ applicationId: w.id, expectedVersion: w.version, title: null }) },
  { mutation: 'saveCategoryFields', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SaveCategoryFieldsDocument), variables: (w) => ({
    applicationId: w.id, expectedVersion: w.version, input: { general: { professionalTitle: '高级工程师', qualifications: ['注册电气工程师'] } },
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
  { mutation: 'submitApplication', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SubmitApplicationDocument), variables: submission },
  { mutation: 'resubmitCompletedApplication', actor: 'applicant', forbidden: 'assignments { id }', document: doc(ResubmitCompletedApplicationDocument), variables: submission,
    before: (w) => asStaff(w, ReturnForCompletionDocument, { items: ['照片'], reason: '请补全材料' }) },
  { mutation: 'resubmitClarifiedApplication', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(ResubmitClarifiedApplicationDocument), variables: submission,
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
  'cancelInterview', 'proceedToComprehensiveReview', 'proceedToInterview', 'proceedToWrittenExam', 'publishNotice', 'recordWrittenExamSitting', 'rejectApplication',
  'requestSupplement', 'resolveObjection', 'returnForClarification', 'returnForCompletion', 'scheduleInterview', 'takeSimplifiedPath', 'updateExaminer',
  // Federation admins read every field of what the calendar change reports.
  'loadHolidayArrangement',
  // Staff read every field of their society's written-exam standard (the type is public: the root fields choose the rows).
  'setWrittenExamStandard', 'publishWrittenExamStandard',
  // The invitee reads every field of their own invitation.
  'acceptInvitation', 'declineInvitation',
  // Staff read every field of the verification request they answer.
  'recordVerificationResult',
  // Staff of the member's society read every field of a re-registration request (registrationViewer).
  'checkReregistrationConditions', 'decideReregistration',
  // Answers the public register entry, which anyone reads whole (proven for its siblings in the journey below; revoking
  // there would bar the identity every dossier of this file shares: test/integration/registration-status.test.ts).
  'revokeRegistration',
  // Staff read every field of their society's CPD settings, audit draws and the audits they decide.
  'setCpdRequirements', 'drawCpdAudit', 'decideCpdAudit',
  // The handlers read every field of the complaints they handle; complaint targets are readable by anyone signed in.
  'handleComplaint', 'setComplaintTarget',
  // The secretariat reads every field of the referrals it makes (memberRecordViewer: the federation).
  'referForMutualRecognition', 'recordReferralAnswer',
];

/**
 * Commands whose actor may read every field of what the command returns (checked against the visibility matrix
 * and the access table, and proven below: the actor selects every field and gets no refusal), so there is no
 * forbidden field to select.
 */
const ACTOR_READS_EVERY_FIELD = [
  // A Supplement is dossier content and its file a dossier file: the applicant reads both parts of their own dossier always.
  'addSupplement',
  // A MaterialReview is the materialReviews part: a material reviewer reads it in every stage.
  'submitMaterialReview',
  // A PaperScore is the writtenExam part: a paper judge reads it in every stage.
  'scorePaper',
  // An InterviewRecord and its questions are the interviewRecord part: the interview chief reads it in every stage.
  'recordInterview',
  // A RegisteredMember is public in the access table (the register's public columns): the registrar, like anyone, reads all of it.
  'registerMember',
  // The same public entry answers every status change (test/integration/registration-status.test.ts selects all of it).
  'suspendRegistration', 'applyForRestoration', 'restoreRegistration', 'cancelRegistration',
  // A ReregistrationRequest is its member's own (registrationViewer): the member reads all of it.
  'requestReregistration',
];

/** Not covered by a row yet (known gap). */
const NOT_YET_COVERED = [
  'startApplication', // has its own case below: the application does not exist before it
  // An examiner's command: the verification request it returns is wholly visible to its author, so there is no
  // forbidden field to select (not yet in the every-field journey below).
  'requestVerification',
  // Score sheets (issue 10): the examiner's own sheet and the staff's own setting are wholly visible to their author;
  // test/integration/score-sheets.test.ts proves every refusal writes nothing.
  'submitScoreSheet',
  'setScoringWeights',
  // CPD: the member reads every field of their own record (memberRecordViewer), so there is no forbidden field to
  // select; test/integration/cpd.test.ts proves refusals change nothing.
  'recordCpdActivity', 'attachCpdEvidence', 'detachCpdEvidence', 'saveCpdSummary', 'submitCpdAuditEvidence',
  // The complainant's escalation: its selection could include the handlers' step notes (nulled for them); no row
  // yet proves the escalation commits when such a field is refused (complaints.test.ts proves the refusals).
  'escalateComplaint',
  // The enterprise channel: each answer is wholly visible to its actor (the appointer reads the appointment, the
  // enterprise its own form and codes, the society's staff the rights they open, the applicant, the screening staff
  // and the federation committee every field of the pre-application); test/integration/enterprise-channel.test.ts
  // selects every field of each answer and proves refusals change nothing — not yet in the every-field journey below.
  'registerEnterprise', 'appointEnterpriseAdmin', 'appointEnterpriseRecommender', 'submitRecommendingUnitForm', 'assignRecommendationCodes',
  'revokeRecommendationCode', 'openRecommendationRights', 'withdrawRecommendationRight', 'redeemRecommendationCode', 'submitPreApplication',
  'screenPreApplication', 'requestExpertConsultation', 'recordExpertConsultation',
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
    const schema = SCHEMA;
    const guarded = (typeName: string) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) return false;
      const access = ACCESS_TABLE[typeName];
      return Object.keys(type.getFields()).some((field) => (typeof access === 'string' ? access : access?.[field]) !== 'public');
    };
    const returningGuarded = Object.values(schema.getMutationType()!.getFields())
      .filter((field) => guarded(getNamedType(field.type).name))
      .map((field) => field.name);
    const covered = new Set([...ROWS.map((row) => row.mutation), ...ACTOR_ROWS.map((row) => row.mutation), ...ACTOR_READS_EVERY_FIELD, ...STAFF_READS_EVERY_FIELD, ...NOT_YET_COVERED]);
    expect(returningGuarded.filter((name) => !covered.has(name))).toEqual([]);
  });
});

/** The late stages the rows below reach through the API: the driver, and the application one row leaves to the next. */
interface Journey {
  driver: ProcedureDriver;
  /** The title holder on the simplified path: concluded by its review group, then decided at the federation. */
  titled?: Case;
}

/** One command of an examiner or the federation (or the applicant late in the procedure) that returns an application. */
interface ActorRow {
  mutation: string;
  actor: string;
  /** A field of Application the actor may not read (visibility matrix), selected next to stage and version. */
  forbidden: string;
  document: Row['document'];
  /** Takes an application to the command's stage through the API; answers it, who sends the command and with what. */
  arrange(journey: Journey): Promise<{ id: string; as: RequestOptions; variables: Record<string, unknown> }>;
  /** What the command wrote besides the version, read back by staff in a request of its own (when the stage stays). */
  stored?(journey: Journey, id: string): Promise<unknown>;
  expectedStored?: unknown;
}

const atVersion = async (journey: Journey, id: string, extra: Record<string, unknown> = {}, as?: RequestOptions) =>
  ({ input: { applicationId: id, expectedVersion: (await journey.driver.state(id, as)).version, ...extra } });

// In journey order: the conclusion leaves the titled application where the federation's decision needs it.
const ACTOR_ROWS: ActorRow[] = [
  // The applicant never reads the material reviews (only the consolidated request).
  { mutation: 'submitSupplements', actor: 'applicant', forbidden: 'materialReviews { id }', document: doc(SubmitSupplementsDocument),
    arrange: async (journey) => {
      const { driver } = journey;
      const c = await driver.accepted('PROFESSIONAL');
      const reviewers = await driver.assignReviewers(c);
      await driver.review(c, reviewers, { conclusion: 'SUPPLEMENT', supplementAreas: ['A'] });
      await driver.step(RequestSupplementDocument, c.id, driver.staff.as, { reason: '请补充能力领域A的佐证材料' });
      await driver.addSupplement(c);
      return { id: c.id, as: c.applicant.as, variables: await atVersion(journey, c.id) };
    } },
  // The review group reads the dossier and the assessments, not the applicant's contact details (membership among them).
  { mutation: 'concludeComprehensiveReview', actor: 'review group member', forbidden: 'societyMember', document: doc(ConcludeComprehensiveReviewDocument),
    arrange: async (journey) => {
      const { driver } = journey;
      const c = await driver.accepted('PROFESSIONAL', { title: true });
      await driver.step(TakeSimplifiedPathDocument, c.id, driver.staff.as, { reason: '持APEC工程师资格，按简化程序', skips: ['MATERIAL_REVIEW', 'INTERVIEW'] });
      const [member] = await driver.formGroup(c);
      journey.titled = c;
      return { id: c.id, as: member.as, variables: await atVersion(journey, c.id, { conclusion: 'REGISTER' }) };
    },
    // The stage stays (staff publish the notice): the conclusion is what is written.
    stored: async (journey, id) => must(await app.gql(ComprehensiveReviewViewDocument, { id }, journey.driver.staff.as)).application!.comprehensiveReview?.conclusion,
    expectedStored: 'REGISTER' },
  // The federation committee reads the dossier in its review, never the applicant's contact details.
  { mutation: 'decideAtFederation', actor: 'federation committee', forbidden: 'societyMember', document: doc(DecideAtFederationDocument),
    arrange: async (journey) => {
      const { driver } = journey;
      const c = journey.titled;
      if (!c) throw new Error('decideAtFederation runs after the concludeComprehensiveReview row, on its application');
      const noticeId = await driver.publish([c.id], '2026-11-02');
      // Past the notice's five working days (Monday to Friday).
      now = new Date('2026-11-09T02:00:00Z');
      await driver.closeNotice(noticeId);
      return { id: c.id, as: driver.committee.as, variables: await atVersion(journey, c.id, { decision: 'APPROVED' }, driver.committee.as) };
    } },
];

describe('a late-stage command commits when its root field resolves, whatever its actor may not read', () => {
  const journey = {} as Journey;
  beforeAll(async () => {
    // Monday 2026-11-02, 10:00 in Beijing: the notice below starts that day and closes the next Monday.
    now = new Date('2026-11-02T02:00:00Z');
    journey.driver = await ProcedureDriver.create(app);
  });
  afterAll(() => {
    now = undefined;
  });

  it.each(ACTOR_ROWS.map((row) => [row.mutation, row.actor, row] as const))('%s as the %s: the write persists and the forbidden field is null with FORBIDDEN', async (name, _actor, row) => {
    const { id, as, variables } = await row.arrange(journey);
    const before = await journey.driver.state(id);
    const result = await app.gql(selecting(row.document, row.forbidden), variables, as);
    const forbiddenField = row.forbidden.split(' ')[0];
    const returned = result.data?.[name] as Record<string, unknown> & { stage: string; version: number };
    if (!returned) throw new Error(`${name} failed: ${JSON.stringify(result.errors)}`);
    expect(returned[forbiddenField]).toBeNull();
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([[`${name}.${forbiddenField}`, 'FORBIDDEN']]);
    expect(result.status).toBe(200);
    expect(returned.version).toBeGreaterThan(before.version);
    // Read back by staff in a request of its own: the step the response reported is stored.
    expect(await journey.driver.state(id)).toEqual({ stage: returned.stage, version: returned.version });
    if (row.stored) expect(await row.stored(journey, id)).toEqual(row.expectedStored);
    else expect(returned.stage).not.toBe(before.stage);
  }, 180_000);
});

describe('the actors of ACTOR_READS_EVERY_FIELD read every field of what their command returns', () => {
  afterAll(() => {
    now = undefined;
  });

  it('through one application, from its material review to the register', async () => {
    now = new Date('2026-11-02T02:00:00Z');
    const driver = await ProcedureDriver.create(app);
    const checked: string[] = [];
    /** Sends the command selecting every field of its result, as its actor: it must answer without any refusal. */
    const everything = async (name: string, input: Record<string, unknown>, as: RequestOptions) => {
      const field = SCHEMA.getMutationType()!.getFields()[name];
      const query = `mutation($input: ${String(field.args[0].type)}) { ${name}(input: $input) { ${everyField(getNamedType(field.type).name)} } }`;
      const result = await app.raw({ query, variables: { input } }, as);
      const body = result.json as { data?: Record<string, unknown>; errors?: unknown[] };
      expect({ name, status: result.status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
      expect(body.data?.[name]).toEqual(expect.any(Object));
      checked.push(name);
      return body.data![name] as Record<string, unknown>;
    };

    const c = await driver.accepted('PROFESSIONAL');
    const [first, second] = await driver.assignReviewers(c);
    await everything('submitMaterialReview', { applicationId: c.id, conclusion: 'SUPPLEMENT', supplementAreas: ['A'] }, first.as);
    await driver.review(c, [second], { conclusion: 'SUPPLEMENT', supplementAreas: ['A'] });
    await driver.step(RequestSupplementDocument, c.id, driver.staff.as, { reason: '请补充能力领域A的佐证材料' });
    const proof = await upload(app, c.applicant.as.token, 'CSEE', SAMPLE_FILES.pdf, 'supplement.pdf');
    const supplement = await everything('addSupplement', { applicationId: c.id, concerns: 'A3', content: '补充：项目验收报告', fileId: proof.json.id }, c.applicant.as);
    expect(supplement.file).toMatchObject({ id: proof.json.id });
    await driver.step(SubmitSupplementsDocument, c.id, c.applicant.as);
    await driver.review(c, [first, second], { conclusion: 'RECOMMEND', nextAssessment: 'BOTH' });
    await driver.step(ProceedToWrittenExamDocument, c.id);

    const judges = [await driver.examiner(ExaminerGrade.FORMAL, 'judge'), await driver.examiner(ExaminerGrade.FORMAL, 'judge')];
    must(await app.gql(AssignPaperJudgesDocument, { input: { applicationId: c.id, expectedVersion: (await driver.state(c.id)).version, examinerIds: judges.map((j) => j.grantId!) } }, driver.staff.as));
    const sitting = must(await app.gql(RecordWrittenExamSittingDocument, { input: { applicationId: c.id, heldOn: '2026-11-20', venue: '北京考点', paper: '电气工程综合' } }, driver.staff.as)).recordWrittenExamSitting!;
    await everything('scorePaper', { sittingId: sitting.id, score: 80, remarks: '论述完整' }, judges[0].as);
    must(await app.gql(ScorePaperDocument, { input: { sittingId: sitting.id!, score: 78 } }, judges[1].as));
    await driver.step(ProceedFromExamToInterviewDocument, c.id);

    const [chief, member] = [await driver.examiner(ExaminerGrade.FORMAL, 'chief'), await driver.examiner(ExaminerGrade.TRAINEE, 'panel')];
    must(await app.gql(ScheduleInterviewDocument, {
      input: {
        applicationId: c.id, expectedVersion: (await driver.state(c.id)).version, examinerIds: [chief.grantId!, member.grantId!], chiefId: chief.grantId!,
        mode: 'ONSITE', scheduledAt: '2026-11-03T02:00:00.000Z', location: '学会会议室',
      },
    }, driver.staff.as));
    await everything('recordInterview', {
      applicationId: c.id, identityChecked: true, selfStatementMinutes: 8, questioningMinutes: 40, deliberationMinutes: 10, questions: questionsForAllItems(), conclusion: 'PASS', advice: '继续保持',
    }, chief.as);
    await driver.step(ProceedToComprehensiveReviewDocument, c.id);
    const [groupMember] = await driver.formGroup(c);
    await driver.decide(c, groupMember, 'REGISTER');
    const noticeId = await driver.publish([c.id], '2026-11-02');
    now = new Date('2026-11-09T02:00:00Z');
    await driver.closeNotice(noticeId);
    await driver.federation(c.id, 'APPROVED');
    const entry = await everything('registerMember', { applicationId: c.id, expectedVersion: (await driver.state(c.id, driver.secretariat.as)).version }, driver.secretariat.as);
    // Written: the register answers the entry by its number to anyone, in a request of its own.
    const looked = await app.raw({ query: 'query($n: String!) { registeredMember(registrationNumber: $n) { registrationNumber } }', variables: { n: entry.registrationNumber } }, {});
    expect(looked.json).toEqual({ data: { registeredMember: { registrationNumber: entry.registrationNumber } } });

    // Status changes answer the same public entry, each read back in a request of its own.
    const number = entry.registrationNumber as string;
    const statusOf = async () => ((await app.raw({ query: 'query($n: String!) { registeredMember(registrationNumber: $n) { status } }', variables: { n: number } }, {})).json as { data: { registeredMember: { status: string } } }).data.registeredMember.status;
    now = new Date('2031-09-01T02:00:00Z');
    await everything('requestReregistration', { registrationNumber: number, statement: '已完成注册期内持续职业发展' }, c.applicant.as);
    await everything('suspendRegistration', { registrationNumber: number, reason: '未完成年度持续职业发展' }, driver.staff.as);
    expect(await statusOf()).toBe('SUSPENDED');
    await everything('applyForRestoration', { registrationNumber: number, statement: '已补齐学时' }, c.applicant.as);
    await everything('restoreRegistration', { registrationNumber: number, reason: '已符合要求' }, driver.staff.as);
    expect(await statusOf()).toBe('ACTIVE');
    await everything('cancelRegistration', { registrationNumber: number, reason: '超期未再注册' }, driver.staff.as);
    expect(await statusOf()).toBe('CANCELLED');

    expect([...checked].sort()).toEqual([...ACTOR_READS_EVERY_FIELD].sort());
  }, 300_000);
});

describe('the commit decides what the response may report', () => {
  it('a failing root field is undone alone: the other root fields of the mutation keep their writes', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await completeDossier(app, applicant);
    const result = await app.raw({
      query: `mutation($id: ID!, $stale: Int!, $current: Int!) {
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
