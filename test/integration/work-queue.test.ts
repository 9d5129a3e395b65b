import { hashPassword } from '../../src/auth/password';
import { insertApplications } from '../../bench/dataset';
import { Application } from '../../src/entities';
import { applyTenantScope } from '../../src/tenancy/request-transaction';
import { WorkQueueDocument, type ApplicationFilter, type ApplicationOrder } from '../generated/operations';
import { staffOf } from '../helpers/dossier';
import { asOwner } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let staff: { token: string };
beforeAll(async () => {
  app = await startTestApp();
  const passwordHash = await hashPassword('not-used-for-login');
  await asOwner(app, (client) => insertApplications(client, { society: 'CSEE', count: 250, tag: 'q1', passwordHash }));
  await asOwner(app, (client) => insertApplications(client, { society: 'CSAE', count: 30, tag: 'q2', passwordHash }));
  staff = await staffOf(app, 'CSEE');
});
afterAll(() => app.close());

async function queue(first: number, after?: string | null, filter?: ApplicationFilter, orderBy?: ApplicationOrder) {
  const result = await app.gql(WorkQueueDocument, { first, after, filter, orderBy }, { token: staff.token, society: 'CSEE' });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.applications!;
}

describe('tenant walls on applications', () => {
  it('RLS alone keeps CSAE applications out of a CSEE-scoped query with the ORM filter disabled', async () => {
    const csee = await asOwner(app, async (c) => (await c.query(`select id from society where code = 'CSEE'`)).rows[0].id as string);
    const em = app.orm.em.fork();
    await em.begin();
    try {
      await applyTenantScope(em, undefined, { societyIds: [csee], federation: false, crossTenant: false, roles: new Set() });
      const all = await em.find(Application, {}, { filters: false });
      expect(all).toHaveLength(250);
      expect(all.every((application) => application.society.id === csee)).toBe(true);
    } finally {
      await em.rollback();
    }
  });
});

describe('the work queue', () => {
  it('pages through every submitted application of the society once, oldest submission first', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let submittedAt = '';
    for (;;) {
      const page = await queue(100, after);
      for (const edge of page.edges!) {
        expect(edge.node!.submittedAt! >= submittedAt).toBe(true);
        submittedAt = edge.node!.submittedAt!;
        seen.push(edge.node!.id!);
      }
      if (!page.pageInfo!.hasNextPage) break;
      after = page.pageInfo!.endCursor;
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
  });

  it('has applications of several specialties to filter', async () => {
    const codes = new Set((await queue(100)).edges!.map((edge) => edge.node!.specialty!.code));
    expect(codes.size).toBe(7);
  });

  it.each([
    ['stage', { stages: ['ACCEPTED' as const] }, (n: { stage?: string | null }) => n.stage === 'ACCEPTED', 50],
    ['grade', { gradeCode: 'SENIOR' }, (n: { grade?: { code: string } | null }) => n.grade?.code === 'SENIOR', 83],
    // The generator gives the n-th application the (n mod 7)-th of the field's 7 specialties: 35 of 250 have the first.
    ['specialty', { specialtyCode: 'POWER_SYSTEM_AUTOMATION' }, (n: { specialty?: { code: string } | null }) => n.specialty?.code === 'POWER_SYSTEM_AUTOMATION', 35],
    ['field of another society', { fieldCode: 'AUTOMOTIVE' }, () => false, 0],
  ])('filters by %s', async (_case, filter, holds, expected) => {
    const page = await queue(100, null, filter);
    const nodes = page.edges!.map((edge) => edge.node!);
    expect(nodes.every((node) => holds(node as never))).toBe(true);
    expect(Math.min(expected, 100)).toBe(nodes.length);
  });

  it('finds overdue applications and sorts by the nearest deadline', async () => {
    const today = await asOwner(app, async (c) => (await c.query(`select to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as d`)).rows[0].d as string);
    const overdue = (await queue(100, null, { overdue: true })).edges!.map((edge) => edge.node!);
    expect(overdue.length).toBeGreaterThan(0);
    for (const node of overdue) expect((node.stageDeadline ?? node.evaluationDeadline)! < today).toBe(true);
    const byDue = (await queue(100, null, undefined, 'DUE_DATE')).edges!.map((edge) => edge.node!.stageDeadline ?? edge.node!.evaluationDeadline ?? '9999-12-31');
    expect([...byDue].sort()).toEqual(byDue);
  });

  it('refuses pages over the maximum size and cursors it did not make', async () => {
    const tooBig = await app.gql(WorkQueueDocument, { first: 101 }, { token: staff.token, society: 'CSEE' });
    expect(tooBig.errors?.[0].extensions).toMatchObject({ code: 'NUMBER_OUT_OF_RANGE', field: 'first' });
    const forged = await app.gql(WorkQueueDocument, { first: 10, after: 'bm90LWEtY3Vyc29y' }, { token: staff.token, society: 'CSEE' });
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('loads a page of 100 with education, work history and files in as many statements as a page of 10', async () => {
    app.statements.length = 0;
    const ten = await queue(10);
    const forTen = app.statements.length;
    app.statements.length = 0;
    const hundred = await queue(100);
    const forHundred = app.statements.length;
    expect(ten.edges).toHaveLength(10);
    expect(hundred.edges).toHaveLength(100);
    expect(hundred.edges!.every((edge) => edge.node!.education!.length === 2 && edge.node!.workHistory!.length === 2 && edge.node!.files!.length === 2)).toBe(true);
    expect(forHundred).toBe(forTen);
    // begin, the principal with its grants and society and the RLS settings (two statements the first time this
    // process sees the account and society, one after that: src/auth/request-principal.ts), the page with its
    // grade, specialty, education, work history and files (one statement: read models), the access-log row (which
    // checks the query wrote nothing), commit: at most 6, whatever the page size (issue 14's ceiling).
    expect(forHundred).toBeLessThanOrEqual(6);
  });
});
