import { hashPassword } from '../../src/auth/password';
import { insertApplications } from '../../bench/dataset';
import { Application } from '../../src/entities';
import { fillDeferred, isDeferred, valuesReader } from '../../src/loaders/read-model';
import { DOSSIER_TEXT } from '../../src/dossier/dossier-text';
import { APPLICATIONS_PER_CHUNK } from '../../src/resolvers/applications/application-read';
import { ApplicationDocument, DossierAccessLogDocument, StartApplicationDocument, WorkQueueDocument } from '../generated/operations';
import { applicantOf, completeDossier, fillDossier, staffOf, STATEMENT } from '../helpers/dossier';
import { asOwner, countRows } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Issue 14: the read path in fewer statements. The access log is one row per request (and society and set of parts),
// the principal comes in one statement, and a query's transaction may commit only its access-log row.
let app: TestApp;
let staff: { token: string };
beforeAll(async () => {
  app = await startTestApp();
  const passwordHash = await hashPassword('not-used-for-login');
  await asOwner(app, (client) => insertApplications(client, { society: 'CSEE', count: 30, tag: 'r1', passwordHash }));
  staff = await staffOf(app, 'CSEE');
});
afterAll(() => app.close());

/** Runs work as the API's role in a transaction that is always rolled back. */
async function asAppRole<T>(work: (em: ReturnType<TestApp['orm']['em']['fork']>) => Promise<T>): Promise<T> {
  const em = app.orm.em.fork();
  await em.begin();
  try {
    return await work(em);
  } finally {
    await em.rollback();
  }
}

describe('the access log of a page', () => {
  it('is one row per set of parts shown, the applications as an array; the per-application view and the log query still answer per application', async () => {
    const rowsBefore = await countRows(app, 'dossier_access_log');
    const page = await app.gql(WorkQueueDocument, { first: 20 }, { token: staff.token, society: 'CSEE' });
    expect(page.errors).toBeUndefined();
    const shown = page.data!.applications!.edges!.map((edge) => edge.node!.id!);
    expect(shown).toHaveLength(20);
    const written = await asOwner(app, async (c) => (await c.query(`select application_ids, parts from dossier_access_log order by at desc limit 20`)).rows as Array<{ application_ids: string[]; parts: string[] }>);
    const newRows = (await countRows(app, 'dossier_access_log')) - rowsBefore;
    // The queue's applications are in five stages; the staff sees the same parts of each, so one row carries all.
    expect(newRows).toBe(1);
    expect([...written[0].application_ids].sort()).toEqual([...shown].sort());
    expect(await countRows(app, 'dossier_access', 'application_id = any ($1::uuid[])', [shown])).toBe(20);
    const log = await app.gql(DossierAccessLogDocument, { applicationId: shown[3], first: 10 }, { token: staff.token, society: 'CSEE' });
    expect(log.data!.dossierAccessLog!.edges).toHaveLength(1);
    expect(log.data!.dossierAccessLog!.edges![0].node!.parts).toEqual(written[0].parts);
  });
});

describe('a page read as several values of its statement', () => {
  it('answers what the same queue answers in pages of one value each: the same applications, in order, with their lists', async () => {
    const size = 30;
    expect(size).toBeGreaterThan(APPLICATIONS_PER_CHUNK);
    const whole = await app.gql(WorkQueueDocument, { first: size }, { token: staff.token, society: 'CSEE' });
    expect(whole.errors).toBeUndefined();
    const pieces: unknown[] = [];
    let after: string | null | undefined;
    while (pieces.length < size) {
      const piece = await app.gql(WorkQueueDocument, { first: 10, after }, { token: staff.token, society: 'CSEE' });
      expect(piece.errors).toBeUndefined();
      expect(piece.data!.applications!.edges!.length).toBeGreaterThan(0);
      pieces.push(...piece.data!.applications!.edges!);
      after = piece.data!.applications!.pageInfo!.endCursor;
    }
    const edges = whole.data!.applications!.edges!;
    expect(edges).toHaveLength(size);
    expect(edges).toEqual(pieces);
    expect(edges.every((edge) => edge.node!.education!.length > 0 && edge.node!.files!.length > 0)).toBe(true);
  });
});

describe('the dossier\'s long texts are read only when the response needs them', () => {
  const staffAs = () => ({ token: staff.token, society: 'CSEE' });
  /** The page statement of the request just made (the one reading applications as JSON arrays). */
  const pageStatement = () => app.statements.find((sql) => sql.includes('json_build_array') && sql.includes('from application a'));

  it('a work queue that shows none of them reads none; one that shows the self-statement reads and answers it as stored', async () => {
    app.statements.length = 0;
    const queue = await app.gql(WorkQueueDocument, { first: 5 }, staffAs());
    expect(queue.errors).toBeUndefined();
    expect(pageStatement()).toBeDefined();
    expect(pageStatement()).not.toMatch(/self_statement|career_plan/);

    app.statements.length = 0;
    const withText = await app.raw({
      query: '{ applications(first: 5) { edges { node { id stage selfStatement { text characterCount careerPlanShortTerm careerPlanLongTerm } } } } }',
    }, staffAs());
    const body = withText.json as { data: { applications: { edges: Array<{ node: { id: string; selfStatement: { text: string; characterCount: number; careerPlanShortTerm: string; careerPlanLongTerm: string } } }> } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(pageStatement()).toMatch(/self_statement/);
    const nodes = body.data.applications.edges.map((edge) => edge.node);
    const stored = await asOwner(app, async (c) => (await c.query(
      'select id, self_statement, career_plan_short_term, career_plan_long_term from application where id = any($1::uuid[])', [nodes.map((node) => node.id)],
    )).rows as Array<{ id: string; self_statement: string; career_plan_short_term: string; career_plan_long_term: string }>);
    for (const node of nodes) {
      const row = stored.find((candidate) => candidate.id === node.id)!;
      // The generated dossiers carry 3,000–5,000 characters, as submitted ones do.
      expect(node.selfStatement.characterCount).toBeGreaterThanOrEqual(3000);
      expect(node.selfStatement).toMatchObject({ text: row.self_statement, careerPlanShortTerm: row.career_plan_short_term, careerPlanLongTerm: row.career_plan_long_term });
    }
  });

  it('a read model read without them says so, throws when one is read unfilled, and answers them once filled', async () => {
    const em = app.orm.em.fork();
    const reader = valuesReader<Application>(em, 'Application', [], DOSSIER_TEXT);
    const [row] = await asOwner(app, async (c) => (await c.query(`select ${reader.sql('a')} as v from application a where a.self_statement is not null limit 1`)).rows as Array<{ v: unknown[] }>);
    const model = reader.read(row.v);
    expect(model).toBeInstanceOf(Application);
    expect(typeof model.id).toBe('string');
    expect(isDeferred(model, 'selfStatement')).toBe(true);
    expect(isDeferred(model, 'stage')).toBe(false);
    expect(() => model.selfStatement).toThrow(/Application\.selfStatement was deferred/);
    expect(() => model.careerPlanMidTerm).toThrow(/careerPlanMidTerm was deferred/);
    fillDeferred(model, { selfStatement: '自述', careerPlanMidTerm: undefined } as Application, ['selfStatement', 'careerPlanMidTerm']);
    expect(model.selfStatement).toBe('自述');
    expect(model.careerPlanMidTerm).toBeUndefined();
    expect(isDeferred(model, 'selfStatement')).toBe(false);
    // Only a scalar column can be deferred: a relation or an unknown name is a programming error, refused at once.
    expect(() => valuesReader(em, 'Application', [], ['society'])).toThrow(/not a scalar column/);
    expect(() => valuesReader(em, 'Application', [], ['noSuchProperty'])).toThrow(/not a scalar column/);
  });

  it('viewerCan still checks the whole dossier without them selected: the texts are filled for the guard, in one statement', async () => {
    const complete = await applicantOf(app, 'CSEE');
    const { id: completeId } = await completeDossier(app, complete);
    const withoutStatement = await applicantOf(app, 'CSEE');
    const started = await app.gql(StartApplicationDocument, { input: { fieldCode: 'ELECTRICAL', specialtyCode: 'POWER_SYSTEM_AUTOMATION', gradeCode: 'PROFESSIONAL', channel: 'INDIVIDUAL' } }, { token: withoutStatement.token, society: 'CSEE' });
    const { id: incompleteId } = await fillDossier(app, withoutStatement, started.data!.startApplication!.id!, started.data!.startApplication!.version!, 'CSEE', { selfStatement: true });
    const offered = async (id: string, as: { token: string }) => {
      app.statements.length = 0;
      const result = await app.raw({ query: 'query($id: ID!) { application(id: $id) { viewerCan } }', variables: { id } }, { token: as.token, society: 'CSEE' });
      const body = result.json as { data: { application: { viewerCan: string[] } }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(pageStatement()).not.toMatch(/self_statement/);
      return { actions: body.data.application.viewerCan, texts: app.statements.filter((sql) => sql.includes('self_statement')).length };
    };
    // The complete dossier may be submitted; the one without a self-statement may not (its dossier guard read the texts).
    expect(await offered(completeId, complete)).toEqual({ actions: expect.arrayContaining(['submitApplication']), texts: 1 });
    const incomplete = await offered(incompleteId, withoutStatement);
    expect(incomplete.actions).not.toContain('submitApplication');
    expect(incomplete.texts).toBe(1);
    // And as the self-statement field answers it.
    const shown = await app.gql(ApplicationDocument, { id: completeId }, { token: complete.token, society: 'CSEE' });
    expect(shown.data!.application!.selfStatement!.text).toBe(STATEMENT);
  });
});

describe('a query commits nothing but its access-log row', () => {
  it('app_assert_nothing_written passes in a transaction that wrote nothing and raises once it wrote', async () => {
    await asAppRole(async (em) => {
      await expect(em.execute('select app_assert_nothing_written() as ok')).resolves.toEqual([{ ok: true }]);
      // A temporary table is a catalog write: the transaction now has an id.
      await em.execute('create temporary table read_path_probe (x int) on commit drop');
      await expect(em.execute('select app_assert_nothing_written()')).rejects.toThrow(/a query wrote to the database/);
    });
  });
});

describe('the principal in one statement', () => {
  it('answers the account, its active grants with their societies and the named society; an unknown code is null', async () => {
    const staffId = await asOwner(app, async (c) => (await c.query(
      `select g.account_id from role_grant g join society s on s.id = g.society_id where g.role = 'SOCIETY_STAFF' and s.code = 'CSEE' and g.revoked_at is null limit 1`,
    )).rows[0].account_id as string);
    const [known] = await asAppRole((em) => em.execute(`select app_request_principal(?, 'CSEE') as r`, [staffId]));
    const answer = known.r as { account: { id: string; status: string }; grants: Array<{ role: string; society: { code: string } | null }>; society: { code: string } | null };
    expect(answer.account).toMatchObject({ id: staffId, status: 'ACTIVE' });
    expect(answer.grants.some((grant) => grant.role === 'SOCIETY_STAFF' && grant.society?.code === 'CSEE')).toBe(true);
    expect(answer.society?.code).toBe('CSEE');
    const [unknown] = await asAppRole((em) => em.execute(`select app_request_principal(null, 'NOPE') as r`));
    expect(unknown.r).toEqual({ account: null, grants: [], society: null });
  });
});

describe('the principal and the RLS settings in one statement once known', () => {
  it('takes one statement fewer from the second request, and a grant revoked meanwhile (by any process) counts from the next request', async () => {
    const newcomer = await staffOf(app, 'CSEE');
    const page = async () => {
      app.statements.length = 0;
      const result = await app.gql(WorkQueueDocument, { first: 5 }, { token: newcomer.token, society: 'CSEE' });
      return { result, statements: app.statements.length };
    };
    const first = await page();
    const second = await page();
    expect(first.result.errors).toBeUndefined();
    expect(second.result.data).toEqual(first.result.data);
    expect(second.statements).toBe(first.statements - 1);
    expect(second.statements).toBeLessThanOrEqual(5);
    // Revoked behind this process's back: the statement that set the remembered settings also asked again, and
    // the fresh answer has no staff grant, so the request runs with the fresh (empty) scope.
    await asOwner(app, (c) => c.query(`update role_grant set revoked_at = now() where account_id = (select id from account where email = $1)`, [newcomer.email]));
    const logged = await countRows(app, 'dossier_access_log');
    const third = await page();
    expect(third.result.data?.applications ?? null).toBeNull();
    expect(third.result.errors?.[0].extensions?.code).toEqual(expect.stringMatching(/FORBIDDEN|NOT_FOUND|SOCIETY/));
    expect(await countRows(app, 'dossier_access_log')).toBe(logged);
  });
});
