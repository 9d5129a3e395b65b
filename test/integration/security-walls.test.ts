import { Client } from 'pg';
import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import { GrantSocietyRoleDocument, LoginDocument, MeDocument, SetWorkingDayOverrideDocument, SubmitApplicationDocument } from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, createAccount, errorOf, FACTORY_PASSWORD, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The third wall alone (issue 16): the application role, with the settings a request would have, against
 * account, enterprise, registration_sequence and working_day_override, and against a forged federation flag.
 */

let app: TestApp;
let societyIds: Record<string, string>;
let applicant: { id: string; token: string };
let otherApplicant: { id: string };
let staff: { id: string };
let committee: { id: string };

beforeAll(async () => {
  app = await startTestApp();
  societyIds = await asOwner(app, async (c) => Object.fromEntries((await c.query('select code, id from society')).rows.map((r) => [r.code, r.id])));
  applicant = await applicantOf(app, 'CSEE');
  const { id, version } = await completeDossier(app, applicant);
  await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
  otherApplicant = await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSEE' }] });
  staff = await createAccount(app, { grants: [{ role: GrantRole.SOCIETY_STAFF, society: 'CSEE' }] });
  committee = await createAccount(app, { grants: [{ role: GrantRole.FEDERATION_COMMITTEE }] });
  await createAccount(app, { grants: [{ role: GrantRole.ENTERPRISE_RECOMMENDER, enterprise: '中国电力建设集团有限公司' }] });
  await asOwner(app, async (c) => {
    await c.query(`insert into registration_sequence (year, grade, last_value) values (2026, 'P', 7)`);
    await c.query(`insert into working_day_override (date, kind, name, created_at) values ('2027-10-08', 'WORKDAY', '调休', now())`);
  });
});
afterAll(() => app.close());

/** Runs statements as the application role inside one transaction with a request's settings; always rolled back. */
async function asApp<T>(settings: { accountId?: string; societies?: string[]; federation?: boolean } | undefined, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: app.appUrl });
  await client.connect();
  try {
    await client.query('begin');
    if (settings) {
      await client.query(`select set_config('app.account_id', $1, true), set_config('app.society_ids', $2, true), set_config('app.federation', $3, true)`, [
        settings.accountId ?? '', `{${(settings.societies ?? []).map((code) => societyIds[code]).join(',')}}`, settings.federation ? 'on' : 'off',
      ]);
    }
    return await work(client);
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end();
  }
}

const count = async (client: Client, sql: string, params: unknown[] = []) => Number((await client.query(`select count(*)::int as n from (${sql}) rows`, params)).rows[0].n);

describe('the application role with the settings of an anonymous request', () => {
  it.each(['account', 'enterprise', 'registration_sequence'])('reads no row of %s', async (table) => {
    expect(await asOwner(app, (c) => count(c as unknown as Client, `select 1 from "${table}"`))).toBeGreaterThan(0);
    expect(await asApp({}, (c) => count(c, `select 1 from "${table}"`))).toBe(0);
  });

  it('errors rather than matching when the settings are missing altogether', async () => {
    await expect(asApp(undefined, (c) => count(c, 'select 1 from account'))).rejects.toThrow(/unrecognized configuration parameter|invalid input syntax|malformed/);
  });

  it('reads the working-day overrides (public by design) but cannot change them', async () => {
    expect(await asApp({}, (c) => count(c, 'select 1 from working_day_override'))).toBe(1);
    await expect(asApp({}, (c) => c.query(`insert into working_day_override (date, kind, created_at) values ('2027-10-09', 'HOLIDAY', now())`))).rejects.toThrow(/row-level security/);
    expect(await asApp({}, (c) => c.query(`delete from working_day_override`).then((r) => r.rowCount))).toBe(0);
    expect(await asOwner(app, (c) => count(c as unknown as Client, 'select 1 from working_day_override'))).toBe(1);
  });

  it('cannot move the registration counter', async () => {
    await expect(asApp({ accountId: applicant.id, societies: ['CSEE'] }, (c) =>
      c.query(`insert into registration_sequence (year, grade, last_value) values (2026, 'P', 1) on conflict (year, grade) do update set last_value = registration_sequence.last_value + 1`))).rejects.toThrow(/row-level security/);
    expect(await asOwner(app, async (c) => (await c.query('select last_value from registration_sequence where year = 2026 and grade = \'P\'')).rows[0].last_value)).toBe(7);
  });
});

describe('password hashes', () => {
  it('are not readable by the application role, not even the own one', async () => {
    await expect(asApp({ accountId: applicant.id, societies: ['CSEE'] }, (c) => c.query('select password_hash from account'))).rejects.toThrow(/permission denied/);
    await expect(asApp({ accountId: staff.id, societies: ['CSEE'] }, (c) => c.query('select * from account'))).rejects.toThrow(/permission denied/);
  });

  it('leave the rest of the own account readable', async () => {
    const rows = await asApp({ accountId: applicant.id, societies: ['CSEE'] }, async (c) => (await c.query('select id, email, display_name from account')).rows);
    expect(rows.map((row) => row.id)).toEqual([applicant.id]);
  });

  it('still let people log in, and staff appoint someone whose account they cannot read', async () => {
    const me = await app.gql(MeDocument, {}, { token: applicant.token, society: 'CSEE' });
    expect(me.data?.me?.id).toBe(applicant.id);
    // A CSAE applicant becomes a CSEE examiner: their account exists, unseen by CSEE's staff, and is not duplicated.
    const csae = await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSAE' }] });
    const csaeEmail = await asOwner(app, async (c) => (await c.query('select email from account where id = $1', [csae.id])).rows[0].email as string);
    const staffToken = (await staffOf(app, 'CSEE')).token;
    const granted = await app.gql(GrantSocietyRoleDocument, {
      // displayName and initialPassword are always required (they do not reveal whether the account exists); the
      // existing person keeps their own password.
      input: {
        email: csaeEmail, role: 'EXAMINER', displayName: '跨会考官', initialPassword: 'a-long-initial-passphrase-2026',
        examiner: { grade: ExaminerGrade.FORMAL, fieldCode: 'ELECTRICAL', specialtyCodes: ['AUTOMATION'], employer: '某设计院' },
      },
    }, { token: staffToken, society: 'CSEE' });
    expect(granted.errors).toBeUndefined();
    expect(await asOwner(app, (c) => count(c as unknown as Client, 'select 1 from account where email = $1', [csaeEmail]))).toBe(1);
    const login = await app.gql(LoginDocument, { email: csaeEmail, password: FACTORY_PASSWORD });
    expect(login.data?.login?.token).toBeTruthy();
    expect(await asOwner(app, async (c) => (await c.query('select last_login_at from account where id = $1', [csae.id])).rows[0].last_login_at)).not.toBeNull();
  });
});

describe('whose accounts a society scope reads', () => {
  it('shows staff the people of their society and the federation officers, and an applicant only themself', async () => {
    const csaeOnly = await createAccount(app, { grants: [{ role: GrantRole.SOCIETY_STAFF, society: 'CSAE' }] });
    const asStaff = await asApp({ accountId: staff.id, societies: ['CSEE'] }, async (c) => (await c.query('select id from account')).rows.map((row) => row.id));
    expect(asStaff).toEqual(expect.arrayContaining([applicant.id, otherApplicant.id, staff.id, committee.id]));
    expect(asStaff).not.toContain(csaeOnly.id);
    const asApplicant = await asApp({ accountId: applicant.id, societies: ['CSEE'] }, async (c) => (await c.query('select id from account')).rows.map((row) => row.id));
    expect(asApplicant).toEqual([applicant.id]);
  });
});

describe('the federation flag', () => {
  it('shows nothing foreign when set without a federation grant', async () => {
    const forged = { accountId: applicant.id, societies: [] as string[], federation: true };
    expect(await asApp(forged, (c) => count(c, 'select 1 from application'))).toBe(0);
    expect(await asApp(forged, (c) => count(c, 'select 1 from application_event'))).toBe(0);
    expect(await asApp(forged, (c) => count(c, 'select 1 from stored_file'))).toBe(0);
    expect(await asApp(forged, (c) => count(c, 'select 1 from enterprise'))).toBe(0);
    expect(await asApp(forged, async (c) => (await c.query('select distinct account_id from role_grant')).rows.map((row) => row.account_id))).toEqual([applicant.id]);
    expect(await asApp(forged, async (c) => (await c.query('select id from account')).rows.map((row) => row.id))).toEqual([applicant.id]);
    // Nor may it write as the federation.
    await expect(asApp(forged, (c) => c.query(`insert into role_grant (id, account_id, role, created_at) values (gen_random_uuid(), $1, 'FEDERATION_ADMIN', now())`, [applicant.id])))
      .rejects.toThrow(/row-level security/);
    await expect(asApp(forged, (c) => c.query(`update society set status = 'SUSPENDED'`).then((r) => r.rowCount))).resolves.toBe(0);
  });

  it('still opens every tenant to an account that holds a federation grant', async () => {
    const real = { accountId: committee.id, societies: [] as string[], federation: true };
    expect(await asApp(real, (c) => count(c, 'select 1 from application'))).toBeGreaterThan(0);
    expect(await asApp(real, (c) => count(c, 'select 1 from enterprise'))).toBeGreaterThan(0);
  });

  it('is checked once per statement, not once per row (an InitPlan)', async () => {
    const plan = await asApp({ accountId: committee.id, federation: true }, async (c) =>
      (await c.query('explain (format json) select * from application_event')).rows[0]['QUERY PLAN'] as unknown);
    expect(JSON.stringify(plan)).toMatch(/InitPlan/);
  });

  it('is refused to a federation account through the API when its grant is revoked', async () => {
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    await asOwner(app, (c) => c.query(`update role_grant set revoked_at = now() where account_id = $1`, [admin.id]));
    const result = await app.gql(SetWorkingDayOverrideDocument, { date: '2027-10-10', kind: 'HOLIDAY', name: '试' }, { token: admin.token });
    expect(errorOf(result)?.code).toBe('FORBIDDEN');
    expect(await asOwner(app, (c) => count(c as unknown as Client, `select 1 from working_day_override where date = '2027-10-10'`))).toBe(0);
  });
});
