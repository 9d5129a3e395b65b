import { Client } from 'pg';
import { RoleGrant } from '../../src/entities';
import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import { applyTenantScope } from '../../src/tenancy/request-transaction';
import { CurrentScopeDocument, ExaminerDocument, ExaminersDocument, MeDocument } from '../generated/operations';
import { asOwner, createAccount, errorOf, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let societyIds: Record<string, string>;
let cseeStaff: { token: string };
let csaeExaminerId: string;

beforeAll(async () => {
  app = await startTestApp();
  societyIds = await asOwner(app, async (c) => Object.fromEntries((await c.query('select code, id from society')).rows.map((r) => [r.code, r.id])));
  cseeStaff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
  await createAccount(app, { grants: [examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, '国网A公司')] });
  await createAccount(app, { grants: [examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.TRAINEE, '南网B公司')] });
  const csaeExaminer = await createAccount(app, { grants: [examinerOf('CSAE', 'AUTOMOTIVE', ExaminerGrade.FORMAL, '一汽集团', ['MANUFACTURING'])] });
  csaeExaminerId = await asOwner(app, async (c) => (await c.query('select id from role_grant where account_id = $1', [csaeExaminer.id])).rows[0].id);
});
afterAll(() => app.close());

const codeOf = (result: Parameters<typeof errorOf>[0]) => errorOf(result)?.code;

describe('wall 1: the tenant comes from the request and the grants', () => {
  it('scopes CSEE staff to CSEE and lists only CSEE examiners', async () => {
    const scope = await app.gql(CurrentScopeDocument, undefined, { token: cseeStaff.token, society: 'csee' });
    expect(scope.data?.currentScope).toEqual({ society: { code: 'CSEE', status: 'ACTIVE' }, roles: ['SOCIETY_STAFF'], federation: false });
    const examiners = await app.gql(ExaminersDocument, { first: 10 }, { token: cseeStaff.token, society: 'CSEE' });
    expect(examiners.errors).toBeUndefined();
    expect(examiners.data?.examiners?.edges?.map((edge) => edge.node?.profile?.employer).sort()).toEqual(['南网B公司', '国网A公司'].sort());
  });

  it('refuses CSEE staff asking in CSAE, and shows nothing of CSAE', async () => {
    const result = await app.gql(ExaminersDocument, { first: 10 }, { token: cseeStaff.token, society: 'CSAE' });
    expect(codeOf(result)).toBe('SOCIETY_ACCESS_DENIED');
    expect(result.status).toBe(403);
    expect(result.data ?? null).toBeNull();
  });

  it('answers NOT_FOUND for the id of a CSAE object asked in CSEE', async () => {
    const result = await app.gql(ExaminerDocument, { id: csaeExaminerId }, { token: cseeStaff.token, society: 'CSEE' });
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(result.data?.examiner ?? null).toBeNull();
  });

  it('names an unknown society code', async () => {
    const result = await app.gql(MeDocument, undefined, { token: cseeStaff.token, society: 'NOPE' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNKNOWN_SOCIETY' } });
    expect(result.errors?.[0].message).toContain('NOPE');
  });

  it('lets the federation read any one society, and across societies without a header', async () => {
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const inCsae = await app.gql(ExaminersDocument, { first: 10 }, { token: admin.token, society: 'CSAE' });
    expect(inCsae.data?.examiners?.edges?.map((edge) => edge.node?.profile?.employer)).toEqual(['一汽集团']);
    const scope = await app.gql(CurrentScopeDocument, undefined, { token: admin.token });
    expect(scope.data?.currentScope).toEqual({ society: null, roles: [], federation: true });
  });

  it('keeps examiners and applicants away from the staff-only examiner list', async () => {
    const examiner = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL'));
    const result = await app.gql(ExaminersDocument, { first: 10 }, { token: examiner.token, society: 'CSEE' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, path: ['examiners'] });
    expect(result.data?.examiners).toBeNull();
  });
});

describe('wall 2 and 3: ORM filter and row-level security', () => {
  it('RLS alone hides CSAE rows from a CSEE-scoped query with the ORM filter disabled', async () => {
    const everything = await asOwner(app, async (c) => (await c.query(`select count(*)::int as n from role_grant where society_id = $1`, [societyIds.CSAE])).rows[0].n);
    expect(everything).toBeGreaterThan(0);
    const em = app.orm.em.fork();
    await em.begin();
    try {
      await applyTenantScope(em, undefined, { society: undefined, societyIds: [societyIds.CSEE], federation: false, crossTenant: false, roles: new Set() });
      const unfiltered = await em.find(RoleGrant, {}, { filters: false, populate: ['society'] });
      expect(unfiltered.length).toBeGreaterThan(0);
      expect(unfiltered.every((grant) => grant.society?.code === 'CSEE')).toBe(true);
      // A forged society condition in the query itself finds nothing either.
      expect(await em.count(RoleGrant, { society: societyIds.CSAE }, { filters: false })).toBe(0);
    } finally {
      await em.rollback();
    }
  });

  it('the ORM filter alone narrows to the scope too', async () => {
    const em = app.orm.em.fork();
    await em.begin();
    try {
      // Federation RLS settings let every row through: only the filter narrows.
      await applyTenantScope(em, undefined, { society: undefined, societyIds: [societyIds.CSAE], federation: true, crossTenant: false, roles: new Set() });
      const filtered = await em.find(RoleGrant, {}, { populate: ['society'] });
      expect(filtered.map((grant) => grant.society?.code)).toEqual(['CSAE']);
    } finally {
      await em.rollback();
    }
  });

  describe('the application role', () => {
    let client: Client;
    beforeEach(async () => {
      client = new Client({ connectionString: app.appUrl });
      await client.connect();
    });
    afterEach(() => client.end());

    it('is no superuser, cannot bypass RLS and owns no table', async () => {
      const role = (await client.query('select rolsuper, rolbypassrls from pg_roles where rolname = current_user')).rows[0];
      expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
      const owned = await client.query(`select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = current_user`);
      expect(owned.rows[0].n).toBe(0);
    });

    it('cannot switch row security off or disable RLS', async () => {
      await client.query('begin');
      await client.query(`select set_config('app.society_ids', $1, true), set_config('app.federation', 'off', true), set_config('app.account_id', '', true)`, [`{${societyIds.CSEE}}`]);
      await client.query('set local row_security = off');
      await expect(client.query('select * from role_grant')).rejects.toThrow(/row-level security/);
      await client.query('rollback');
      await expect(client.query('alter table role_grant disable row level security')).rejects.toThrow(/must be owner/);
    });

    it('errors instead of matching when the scope is unset or empty', async () => {
      await expect(client.query('select * from role_grant')).rejects.toThrow(/unrecognized configuration parameter|malformed array literal|invalid input syntax/);
      await client.query('begin');
      await client.query(`select set_config('app.society_ids', '', true), set_config('app.federation', 'off', true), set_config('app.account_id', '', true)`);
      await expect(client.query('select * from role_grant')).rejects.toThrow(/malformed array literal/);
      await client.query('rollback');
    });

    it('cannot write a row into another society', async () => {
      await client.query('begin');
      await client.query(`select set_config('app.society_ids', $1, true), set_config('app.federation', 'off', true), set_config('app.account_id', '', true)`, [`{${societyIds.CSEE}}`]);
      // Accounts are behind the wall too (migration 05): any account id will do, taken from a visible grant.
      const account = (await client.query('select account_id as id from role_grant limit 1')).rows[0].id;
      await expect(
        client.query(`insert into role_grant (id, account_id, role, society_id, created_at) values (gen_random_uuid(), $1, 'APPLICANT', $2, now())`, [account, societyIds.CSAE]),
      ).rejects.toThrow(/row-level security/);
      await client.query('rollback');
    });
  });
});
