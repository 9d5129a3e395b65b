import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import { applyRlsSettings } from '../../src/tenancy/request-transaction';
import {
  AcceptInvitationDocument, CurrentScopeDocument, DeclineInvitationDocument, ExaminersDocument, GrantSocietyRoleDocument, LoginDocument, MeDocument,
  MyInvitationsDocument, SignUpDocument, VerifyEmailDocument,
} from '../generated/operations';
import { asOwner, countRows, createAccount, errorOf, FACTORY_PASSWORD, loggedIn } from '../helpers/factories';
import { mailsTo, tokenIn } from '../helpers/mail';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let cseeStaff: { token: string; id: string };
let asCseeStaff: { token: string; society: string };
beforeAll(async () => {
  app = await startTestApp();
  cseeStaff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
  asCseeStaff = { token: cseeStaff.token, society: 'CSEE' };
});
afterAll(() => app.close());

const INITIAL_PASSWORD = 'initial-secret-42';
let counter = 0;
const freshEmail = () => `invitee${++counter}-${Date.now()}@example.test`;
const examinerInvitation = (email: string, overrides: Record<string, unknown> = {}) => ({
  email, role: 'EXAMINER' as const, displayName: '张考官', initialPassword: INITIAL_PASSWORD,
  examiner: { grade: 'FORMAL' as ExaminerGrade, fieldCode: 'ELECTRICAL', specialtyCodes: ['AUTOMATION'], employer: '某电力设计院' },
  ...overrides,
});
const grantsOf = (accountId: string) =>
  asOwner(app, async (c) => (await c.query(
    `select g.role, s.code from role_grant g left join society s on s.id = g.society_id where g.account_id = $1 and g.revoked_at is null order by g.created_at, g.role`,
    [accountId],
  )).rows.map((row) => `${row.role}@${row.code}`));
const invitationRows = () => countRows(app, 'society_invitation');
const tokenOf = async (email: string, password: string) => (await app.gql(LoginDocument, { email, password })).data?.login.token;

describe("another society's applicant", () => {
  it('gets an invitation, not a role: nothing changes for them until they accept it', async () => {
    const applicant = await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSAE' }] });
    const invited = await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(applicant.email) }, asCseeStaff);
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.grantSocietyRole).toMatchObject({
      email: applicant.email, role: 'EXAMINER', status: 'PENDING', society: { code: 'CSEE' },
      examiner: { grade: 'FORMAL', employer: '某电力设计院', field: { code: 'ELECTRICAL' }, specialties: [{ code: 'AUTOMATION' }] },
    });
    const invitationId = invited.data!.grantSocietyRole!.id!;

    // No role yet, their own password unchanged, the initial password opens nothing, and staff cannot assign them.
    expect(await grantsOf(applicant.id)).toEqual(['APPLICANT@CSAE']);
    expect(await tokenOf(applicant.email, INITIAL_PASSWORD)).toBeUndefined();
    const token = (await tokenOf(applicant.email, FACTORY_PASSWORD))!;
    const roster = await app.gql(ExaminersDocument, { first: 100 }, asCseeStaff);
    expect(roster.data?.examiners?.edges?.map((edge) => edge.node?.email)).not.toContain(applicant.email);
    expect(errorOf(await app.gql(CurrentScopeDocument, undefined, { token, society: 'CSEE' }))?.code).toBe('SOCIETY_ACCESS_DENIED');

    // The invitee sees it from any scope, with who invited them.
    const mine = await app.gql(MyInvitationsDocument, undefined, { token });
    expect(mine.data?.myInvitations).toEqual([expect.objectContaining({ id: invitationId, status: 'PENDING', role: 'EXAMINER', society: { code: 'CSEE' }, invitedByName: expect.any(String) })]);

    // Nobody else can answer it: not another person, not the inviting staff.
    const stranger = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
    for (const who of [{ token: stranger.token }, asCseeStaff]) {
      expect(errorOf(await app.gql(AcceptInvitationDocument, { id: invitationId }, who))).toEqual({ code: 'NOT_FOUND', field: 'id' });
      expect(errorOf(await app.gql(DeclineInvitationDocument, { id: invitationId }, who))).toEqual({ code: 'NOT_FOUND', field: 'id' });
    }
    expect((await app.gql(MyInvitationsDocument, undefined, { token: stranger.token })).data?.myInvitations).toEqual([]);
    expect(await grantsOf(applicant.id)).toEqual(['APPLICANT@CSAE']);

    const accepted = await app.gql(AcceptInvitationDocument, { id: invitationId }, { token });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation).toMatchObject({ status: 'ACCEPTED', answeredAt: expect.any(String) });
    expect(await grantsOf(applicant.id)).toEqual(['APPLICANT@CSAE', 'EXAMINER@CSEE']);
    const me = await app.gql(MeDocument, undefined, { token });
    expect(me.data?.me?.grants?.find((grant) => grant.role === 'EXAMINER')).toMatchObject({
      society: { code: 'CSEE' }, examiner: { grade: 'FORMAL', employer: '某电力设计院', field: { code: 'ELECTRICAL' }, specialties: [{ code: 'AUTOMATION' }] },
    });
    expect((await app.gql(CurrentScopeDocument, undefined, { token, society: 'CSEE' })).data?.currentScope.roles).toEqual(['EXAMINER']);

    // Answered once; the role exists now, so inviting again says so (it is the society's own roster).
    expect(errorOf(await app.gql(AcceptInvitationDocument, { id: invitationId }, { token }))).toEqual({ code: 'INVALID_TRANSITION', field: 'id' });
    expect(errorOf(await app.gql(DeclineInvitationDocument, { id: invitationId }, { token }))).toEqual({ code: 'INVALID_TRANSITION', field: 'id' });
    const again = await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(applicant.email) }, asCseeStaff);
    expect(errorOf(again)).toEqual({ code: 'ALREADY_EXISTS', field: 'input.role' });
    expect(await grantsOf(applicant.id)).toEqual(['APPLICANT@CSAE', 'EXAMINER@CSEE']);
  });

  it('may decline: nothing is granted, and the society may invite again', async () => {
    const applicant = await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSAE' }] });
    const token = await applicant.login();
    const id = (await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(applicant.email) }, asCseeStaff)).data!.grantSocietyRole!.id!;
    expect((await app.gql(DeclineInvitationDocument, { id }, { token })).data?.declineInvitation).toMatchObject({ status: 'DECLINED' });
    expect(errorOf(await app.gql(AcceptInvitationDocument, { id }, { token }))).toEqual({ code: 'INVALID_TRANSITION', field: 'id' });
    expect(await grantsOf(applicant.id)).toEqual(['APPLICANT@CSAE']);
    const second = await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(applicant.email) }, asCseeStaff);
    expect(second.data?.grantSocietyRole).toMatchObject({ status: 'PENDING' });
    expect(second.data?.grantSocietyRole?.id).not.toBe(id);
  });

  it('cannot accept an expired invitation; inviting again renews it', async () => {
    const applicant = await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSAE' }] });
    const token = await applicant.login();
    const id = (await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(applicant.email) }, asCseeStaff)).data!.grantSocietyRole!.id!;
    await asOwner(app, (c) => c.query(`update society_invitation set expires_at = now() - interval '1 day' where id = $1`, [id]));
    expect(errorOf(await app.gql(AcceptInvitationDocument, { id }, { token }))).toEqual({ code: 'INVITATION_EXPIRED', field: 'id' });
    expect(await grantsOf(applicant.id)).toEqual(['APPLICANT@CSAE']);
    expect((await app.gql(MyInvitationsDocument, undefined, { token })).data?.myInvitations?.map((invitation) => invitation.status)).toEqual(['EXPIRED']);
    const renewed = await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(applicant.email) }, asCseeStaff);
    expect(renewed.data?.grantSocietyRole).toMatchObject({ id, status: 'PENDING' });
    expect((await app.gql(AcceptInvitationDocument, { id }, { token })).data?.acceptInvitation?.status).toBe('ACCEPTED');
  });
});

describe('grantSocietyRole does not tell whether an email has an account', () => {
  const shape = (result: { data?: { grantSocietyRole?: Record<string, unknown> | null } | null; errors?: unknown }) => {
    const { id: _id, email: _email, expiresAt: _expiresAt, ...rest } = result.data?.grantSocietyRole ?? {};
    return { errors: result.errors, rest };
  };

  it('answers the same for an existing account and a new email, and the new person accepts with the initial password', async () => {
    const existing = await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSAE' }] });
    const newEmail = freshEmail();
    const forExisting = await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(existing.email) }, asCseeStaff);
    const forNew = await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(newEmail) }, asCseeStaff);
    expect(shape(forNew)).toEqual(shape(forExisting));
    expect(shape(forNew).rest).toMatchObject({ status: 'PENDING' });

    const token = (await tokenOf(newEmail, INITIAL_PASSWORD))!;
    expect(await grantsOf((await app.gql(MeDocument, undefined, { token })).data!.me!.id!)).toEqual([]);
    const [invitation] = (await app.gql(MyInvitationsDocument, undefined, { token })).data!.myInvitations!;
    expect((await app.gql(AcceptInvitationDocument, { id: invitation.id! }, { token })).data?.acceptInvitation?.status).toBe('ACCEPTED');
    expect((await app.gql(CurrentScopeDocument, undefined, { token, society: 'CSEE' })).data?.currentScope.roles).toEqual(['EXAMINER']);
  });

  it.each([
    ['no initial password', { initialPassword: null }, 'BAD_USER_INPUT', 'input.initialPassword'],
    ['no name', { displayName: null }, 'BAD_USER_INPUT', 'input.displayName'],
    ['a weak initial password', { initialPassword: 'password2026' }, 'WEAK_PASSWORD', 'input.initialPassword'],
  ])('refuses %s alike for an existing account and a new email, and creates nothing', async (_case, overrides, code, field) => {
    const existing = await createAccount(app);
    for (const email of [existing.email, freshEmail()]) {
      const before = [await countRows(app, 'account'), await invitationRows(), await countRows(app, 'role_grant')];
      expect(errorOf(await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(email, overrides) }, asCseeStaff))).toMatchObject({ code, field });
      expect([await countRows(app, 'account'), await invitationRows(), await countRows(app, 'role_grant')]).toEqual(before);
    }
  });
});

describe('one active grant per person, role and society', () => {
  it.each([
    ['an existing account', true],
    ['a new email', false],
  ])('20 concurrent invitations of %s make one invitation (the others ALREADY_EXISTS), and 20 concurrent accepts one grant', async (_case, exists) => {
    const email = exists ? (await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSAE' }] })).email : freshEmail();
    const results = await Promise.all(Array.from({ length: 20 }, () => app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(email) }, asCseeStaff)));
    const codes = results.map((result) => errorOf(result)?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code !== 'OK')).toEqual(Array(19).fill('ALREADY_EXISTS'));
    expect(await countRows(app, 'account', 'email = $1', [email])).toBe(1);
    expect(await countRows(app, 'society_invitation', 'email = $1', [email])).toBe(1);

    const token = (await tokenOf(email, exists ? FACTORY_PASSWORD : INITIAL_PASSWORD))!;
    const id = results.find((result) => !result.errors)!.data!.grantSocietyRole!.id!;
    const accepts = await Promise.all(Array.from({ length: 20 }, () => app.gql(AcceptInvitationDocument, { id }, { token })));
    const acceptCodes = accepts.map((result) => errorOf(result)?.code ?? 'OK');
    expect(acceptCodes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(acceptCodes.every((code) => code === 'OK' || code === 'INVALID_TRANSITION' || code === 'ALREADY_EXISTS')).toBe(true);
    expect(await countRows(app, 'role_grant g join account a on a.id = g.account_id', "a.email = $1 and g.role = 'EXAMINER' and g.revoked_at is null", [email])).toBe(1);
  });

  it('20 concurrent sign-ups of an existing person on a second portal, each link followed at once, give one APPLICANT grant there', async () => {
    const person = await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSEE' }] });
    const results = await Promise.all(Array.from({ length: 20 }, () =>
      app.gql(SignUpDocument, { input: { email: person.email, password: FACTORY_PASSWORD, displayName: '某' } }, { society: 'CSAE' })));
    expect(results.map((result) => errorOf(result)?.code ?? 'OK')).toEqual(Array(20).fill('OK'));
    const tokens = (await mailsTo(app, person.email)).filter((mail) => mail.kind === 'ACCOUNT_JOIN_SOCIETY').map(tokenIn);
    expect(tokens).toHaveLength(20);
    const verified = await Promise.all(tokens.map((token) => app.gql(VerifyEmailDocument, { token })));
    expect(verified.map((result) => errorOf(result)?.code ?? 'OK')).toEqual(Array(20).fill('OK'));
    expect(await grantsOf(person.id)).toEqual(['APPLICANT@CSEE', 'APPLICANT@CSAE']);
  });

  it('is enforced by the database: a second active grant of one role in one society is refused', async () => {
    const person = await createAccount(app, { grants: [{ role: GrantRole.EXAMINER, society: 'CSEE', examiner: { grade: ExaminerGrade.FORMAL, field: 'ELECTRICAL', specialties: ['AUTOMATION'], employer: '某院' } }] });
    await expect(asOwner(app, (c) => c.query(
      `insert into role_grant (id, account_id, role, society_id, examiner_grade, field_id, created_at)
       values (gen_random_uuid(), $1, 'EXAMINER', (select id from society where code = 'CSEE'), 'TRAINEE', (select id from engineering_field where code = 'ELECTRICAL'), now())`,
      [person.id],
    ))).rejects.toThrow(/role_grant_one_active_per_scope/);
    // A revoked grant does not count: the society may appoint the person again later.
    await asOwner(app, (c) => c.query(`update role_grant set revoked_at = now() where account_id = $1`, [person.id]));
    await asOwner(app, (c) => c.query(
      `insert into role_grant (id, account_id, role, society_id, examiner_grade, field_id, created_at)
       values (gen_random_uuid(), $1, 'EXAMINER', (select id from society where code = 'CSEE'), 'TRAINEE', (select id from engineering_field where code = 'ELECTRICAL'), now())`,
      [person.id],
    ));
    expect(await countRows(app, 'role_grant', 'account_id = $1 and revoked_at is null', [person.id])).toBe(1);
  });
});

describe('row-level security of invitations', () => {
  it('lets an account add its own grant only as an accepted invitation names it', async () => {
    const applicant = await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSAE' }] });
    const id = (await app.gql(GrantSocietyRoleDocument, { input: examinerInvitation(applicant.email) }, asCseeStaff)).data!.grantSocietyRole!.id!;
    const society = await asOwner(app, async (c) => (await c.query(`select id from society where code = 'CSEE'`)).rows[0].id as string);
    const insertGrant = async (grantId: string, grade: string, answer: boolean) => {
      const em = app.orm.em.fork();
      await em.begin();
      try {
        await applyRlsSettings(em, { accountId: applicant.id, societyIds: [], federation: false });
        if (answer) await em.execute(`update society_invitation set accepted_at = now(), grant_id = ? where id = ?`, [grantId, id]);
        await em.execute(
          `insert into role_grant (id, account_id, role, society_id, examiner_grade, field_id, specialty_codes, employer, created_at)
           values (?, ?, 'EXAMINER', ?, ?, (select id from engineering_field where code = 'ELECTRICAL'), '{AUTOMATION}', '某电力设计院', now())`,
          [grantId, applicant.id, society, grade],
        );
      } finally {
        await em.rollback();
      }
    };
    // Without accepting, or with other attributes than invited (a FORMAL invitation taken as TRAINEE), RLS refuses.
    await expect(insertGrant('00000000-0000-4000-8000-000000000001', 'FORMAL', false)).rejects.toThrow(/row-level security/);
    await expect(insertGrant('00000000-0000-4000-8000-000000000002', 'TRAINEE', true)).rejects.toThrow(/row-level security/);
    await expect(insertGrant('00000000-0000-4000-8000-000000000003', 'FORMAL', true)).resolves.toBeUndefined();
    expect(await grantsOf(applicant.id)).toEqual(['APPLICANT@CSAE']);
  });
});
