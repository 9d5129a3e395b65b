import { print } from 'graphql';
import { insertApplications } from '../../bench/dataset';
import { hashPassword } from '../../src/auth/password';
import { GrantRole } from '../../src/entities/enums';
import { startServer, type RunningServer } from '../../src/http/server';
import { createWorkQueueRenderer } from '../../src/read-path/rendered-work-queue';
import { RENDERABLE_TYPES } from '../../src/read-path/renderable-types';
import { buildApiSchema } from '../../src/graphql/build-schema';
import { API_ACCESS_TABLE } from '../../src/graphql/access-rows';
import { WorkQueueDocument } from '../generated/operations';
import { staffOf } from '../helpers/dossier';
import { asOwner, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Issue 14: the work queue's page rendered by PostgreSQL answers exactly what graphql-js, the resolvers and the field
// policies answer — the same JSON, the same errors, the same access-log rows — for every field it renders, every
// viewer and every way of asking; what it cannot render, the general path answers. Each case is asked of the API
// (rendering on) and of a second server on the same database and ORM with RENDERED_PAGES off.
let app: TestApp;
let general: RunningServer;
const viewers: Record<string, { token?: string; society?: string }> = {};

/** Every field the renderer knows, with aliases, fragments, a field asked twice and __typename on every level. */
const EVERYTHING = `
query Everything($first: Int, $after: String, $last: Int, $before: String, $filter: ApplicationFilter, $orderBy: ApplicationOrder) {
  queue: applications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    __typename
    info: pageInfo { hasNextPage hasPreviousPage startCursor endCursor __typename }
    edges { __typename at: cursor node { ...Whole } }
  }
}
fragment Whole on Application {
  __typename id channel stage version submittedAt acceptedAt verificationConsentAt stageDeadline evaluationDeadline societyMember
  returnRequest createdAt updatedAt viewerCan
  society { id code name nameEn status suspendedAt clarificationWorkingDays __typename }
  field { id code name nameEn }
  specialty { id code name nameEn scope }
  grade { ladder code name nameEn rank }
  basicInformation { name namePinyin idNumber birthDate membershipNumber mailingAddress mobile email employer employerEn accreditedProgramme wantsMutualRecognition }
  education { id fromDate toDate school major level degree qualifying }
  workHistory { id fromDate toDate employer department position majorEngineeringWork majorWorkKind }
  files { id purpose degreeEvidenceKind caption filename contentType size sha256 downloadPath createdAt }
  ... on Application { again: stage sameId: id }
}`;

/** What the federation may follow: the procedure and who applied. */
const PROCEDURE_ONLY = `query { applications(first: 30) { edges { cursor node { id stage submittedAt viewerCan grade { code } basicInformation { name employer } } } pageInfo { endCursor } } }`;
/** Fields the renderer leaves to the general path, each for its own reason. */
const REFEREES = `query { applications(first: 5) { edges { node { id workHistory { employer refereeName } } } } }`;
const TOTAL_COUNT = `query { applications(first: 5) { totalCount edges { node { id } } } }`;
const DIRECTIVE = `query($all: Boolean!) { applications(first: 5) { edges { node { id education @include(if: $all) { school } } } } }`;
const GLOBAL_ID = `query { applications(first: 3) { edges { node { id ... on Node { nodeId } } } } }`;
const TWO_ROOTS = `query { applications(first: 2) { edges { node { id } } } grades { code } }`;

beforeAll(async () => {
  app = await startTestApp();
  general = await startServer(app.orm, { ...app.config, renderedPages: false }, 0);
  const passwordHash = await hashPassword('not-used-for-login');
  await asOwner(app, async (client) => {
    await insertApplications(client, { society: 'CSEE', count: 24, tag: 'rp', passwordHash });
    await insertApplications(client, { society: 'CMES', count: 6, tag: 'rq', passwordHash });
    // Values that test the JSON itself: quotes, a backslash, control characters, an emoji; a list column; nulls.
    await client.query(`update application set employer = $1, return_request = '["补充学历证明", "说明\\"原因\\""]'::jsonb, society_member = true
                        where id = (select id from application where society_id = (select id from society where code = 'CSEE') order by submitted_at, id limit 1)`,
    ['某"工程"公司 \\ 第一\n分部\t😀']);
    await client.query(`update work_history_entry set department = null where id in (select id from work_history_entry order by id limit 5)`);
  });
  viewers.staff = { ...(await staffOf(app, 'CSEE')), society: 'CSEE' };
  // A staff member who is also the applicant of one application of the queue: the log skips it, viewerCan differs.
  const applicantStaff = await staffOf(app, 'CSEE');
  await asOwner(app, (client) => client.query(
    `update application set applicant_id = $1 where id = (select id from application where society_id = (select id from society where code = 'CSEE') order by submitted_at desc, id limit 1)`,
    [applicantStaff.id],
  ));
  viewers.applicantStaff = { ...applicantStaff, society: 'CSEE' };
  viewers.secretariat = await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT });
  viewers.admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
  viewers.applicant = { ...(await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' })), society: 'CSEE' };
  viewers.anonymous = { society: 'CSEE' };
});
afterAll(async () => {
  await general.close();
  await app.close();
});

interface LogRow {
  id: string;
  society_id: string;
  reader_id: string;
  application_ids: string[];
  parts: string[];
}

async function accessLog(): Promise<LogRow[]> {
  return asOwner(app, async (client) => (await client.query(`select id, society_id, reader_id, application_ids, parts from dossier_access_log`)).rows as LogRow[]);
}

/** Asks one server; answers the status, the body as text and parsed, and the access-log rows the request wrote (ids left out). */
async function ask(url: string, viewer: { token?: string; society?: string }, query: string, variables: Record<string, unknown>) {
  const before = new Set((await accessLog()).map((row) => row.id));
  app.statements.length = 0;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (viewer.token) headers.authorization = `Bearer ${viewer.token}`;
  if (viewer.society) headers['x-society'] = viewer.society;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  const written = (await accessLog())
    .filter((row) => !before.has(row.id))
    .map((row) => ({ society: row.society_id, reader: row.reader_id, applications: [...row.application_ids].sort(), parts: row.parts }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  // Rendered: the rendering statement ran and the general path's page statement did not (it runs after a refusal).
  const rendered = app.statements.some((sql) => sql.includes(' as s0')) && !app.statements.some((sql) => sql.includes(' as chunk'));
  return { status: response.status, body: JSON.parse(text) as { data?: unknown; errors?: unknown[] }, text, written, rendered };
}

const cases: Array<{ name: string; viewer: string; query: string; variables?: Record<string, unknown>; rendered: boolean }> = [
  { name: 'the work queue of the bench, page of 10', viewer: 'staff', query: print(WorkQueueDocument), variables: { first: 10 }, rendered: true },
  { name: 'every renderable field', viewer: 'staff', query: EVERYTHING, variables: { first: 30 }, rendered: true },
  { name: 'the next page', viewer: 'staff', query: EVERYTHING, variables: { first: 7, after: 'CURSOR' }, rendered: true },
  { name: 'backward from the end', viewer: 'staff', query: EVERYTHING, variables: { last: 4 }, rendered: true },
  { name: 'backward from a cursor', viewer: 'staff', query: EVERYTHING, variables: { last: 3, before: 'CURSOR' }, rendered: true },
  { name: 'filtered, by due date', viewer: 'staff', query: EVERYTHING, variables: { first: 10, filter: { stages: ['SUBMITTED', 'ACCEPTED'], gradeCode: 'senior' }, orderBy: 'DUE_DATE' }, rendered: true },
  { name: 'an empty page', viewer: 'staff', query: EVERYTHING, variables: { first: 10, filter: { fieldCode: 'NO_SUCH_FIELD' } }, rendered: true },
  { name: 'a page size out of range', viewer: 'staff', query: EVERYTHING, variables: { first: 0 }, rendered: false },
  { name: 'a forged cursor', viewer: 'staff', query: EVERYTHING, variables: { first: 5, after: 'bm90IGEgY3Vyc29y' }, rendered: false },
  { name: 'a draft stage', viewer: 'staff', query: EVERYTHING, variables: { first: 5, filter: { stages: ['DRAFT'] } }, rendered: false },
  { name: 'a variable of the wrong type', viewer: 'staff', query: EVERYTHING, variables: { first: 'ten' }, rendered: false },
  { name: 'staff who applied themselves', viewer: 'applicantStaff', query: EVERYTHING, variables: { first: 30 }, rendered: true },
  { name: 'the federation secretariat, the whole dossier (refused in these stages)', viewer: 'secretariat', query: EVERYTHING, variables: { first: 30 }, rendered: false },
  { name: 'the federation secretariat, the procedure', viewer: 'secretariat', query: PROCEDURE_ONLY, rendered: true },
  { name: 'a federation admin, the procedure', viewer: 'admin', query: PROCEDURE_ONLY, rendered: true },
  { name: 'a federation admin, the work queue (no dossier content)', viewer: 'admin', query: print(WorkQueueDocument), variables: { first: 10 }, rendered: false },
  { name: 'an applicant', viewer: 'applicant', query: print(WorkQueueDocument), variables: { first: 10 }, rendered: false },
  { name: 'no one signed in', viewer: 'anonymous', query: print(WorkQueueDocument), variables: { first: 10 }, rendered: false },
  { name: 'referees (another part than the list\'s)', viewer: 'staff', query: REFEREES, rendered: false },
  { name: 'totalCount', viewer: 'staff', query: TOTAL_COUNT, rendered: false },
  { name: 'a directive', viewer: 'staff', query: DIRECTIVE, variables: { all: true }, rendered: false },
  { name: 'two root fields', viewer: 'staff', query: TWO_ROOTS, rendered: false },
  { name: 'a field not in the table, through an interface', viewer: 'staff', query: GLOBAL_ID, rendered: false },
];

describe('the page PostgreSQL renders answers what graphql-js answers', () => {
  it.each(cases)('$name', async ({ viewer, query, variables = {}, rendered }) => {
    const as = viewers[viewer];
    // A cursor from the middle of the queue, made by the general path.
    let asked = variables;
    if (Object.values(variables).includes('CURSOR')) {
      const page = await ask(general.url, viewers.staff, EVERYTHING, { first: 12 });
      const cursor = (page.body.data as { queue: { edges: Array<{ at: string }> } }).queue.edges[11].at;
      asked = Object.fromEntries(Object.entries(variables).map(([key, value]) => [key, value === 'CURSOR' ? cursor : value]));
    }
    const expected = await ask(general.url, as, query, asked);
    expect(expected.rendered).toBe(false);
    const answered = await ask(app.server.url, as, query, asked);
    expect(answered.rendered).toBe(rendered);
    expect({ status: answered.status, body: answered.body }).toEqual({ status: expected.status, body: expected.body });
    expect(answered.written.map(({ society, reader, applications, parts }) => ({ society, reader, applications, parts })))
      .toEqual(expected.written.map(({ society, reader, applications, parts }) => ({ society, reader, applications, parts })));
    if (rendered) {
      // Written as JSON.stringify writes it: the same bytes, not only the same values.
      expect(answered.text).toBe(`${JSON.stringify(answered.body)}\n`);
      expect(expected.text).toBe(answered.text);
    }
    // A request refused whole shows nothing and logs nothing.
    if (!answered.body.data || Object.values(answered.body.data).every((value) => value === null)) expect(answered.written).toEqual([]);
  });

  it('renders pages with data: the cases above show applications, lists and the odd values', async () => {
    const page = await ask(app.server.url, viewers.staff, EVERYTHING, { first: 30 });
    const nodes = (page.body.data as { queue: { edges: Array<{ node: Record<string, unknown> & { education: unknown[]; files: unknown[] } }> } }).queue.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(24);
    expect(nodes.every((node) => node.education.length > 0 && node.files.length > 0)).toBe(true);
    expect(nodes.some((node) => (node.returnRequest as string[] | null)?.length === 2)).toBe(true);
    expect(nodes.some((node) => String((node.basicInformation as { employer: string }).employer).includes('😀'))).toBe(true);
  });
});

describe('the rendered page\'s statements', () => {
  it('are as many for a page of 24 as for a page of 2, the page and its lists in one', async () => {
    const count = async (first: number) => {
      const page = await ask(app.server.url, viewers.staff, EVERYTHING, { first });
      expect(page.rendered).toBe(true);
      return app.statements.length;
    };
    await count(1);
    const small = await count(2);
    expect(await count(24)).toBe(small);
    // begin, the principal with the RLS settings, the page, the access log, commit.
    expect(small).toBeLessThanOrEqual(5);
  });
});

describe('the table of renderable fields', () => {
  it('names fields graphql-js answers from their columns: the renderer refuses to start on an entry it cannot render exactly', async () => {
    const schema = await buildApiSchema();
    expect(() => createWorkQueueRenderer(app.orm.em, schema, API_ACCESS_TABLE, { decide: true })).not.toThrow();
    const fields = RENDERABLE_TYPES.Application.fields as Record<string, unknown>;
    const broken = [
      ['a field with a resolver', 'nextSteps', { kind: 'column', property: 'stage' }],
      ['a column that is not a property', 'stage', { kind: 'column', property: 'noSuchColumn' }],
    ] as const;
    for (const [, field, source] of broken) {
      const original = fields[field];
      fields[field] = source;
      try {
        expect(() => createWorkQueueRenderer(app.orm.em, schema, API_ACCESS_TABLE, { decide: true })).toThrow(new RegExp(`Application\\.${field}`));
      } finally {
        if (original === undefined) delete fields[field];
        else fields[field] = original;
      }
    }
  });
});
