import jwt from 'jsonwebtoken';
import { GrantRole } from '../../src/entities/enums';
import { LoginDocument, MeDocument, SignUpDocument, SocietiesDocument } from '../generated/operations';
import { asOwner, countRows, createAccount, errorOf, examinerOf, FACTORY_PASSWORD } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const codeOf = (result: Parameters<typeof errorOf>[0]) => errorOf(result)?.code;

describe('login and me', () => {
  it('logs in with email and password and shows the account with its grants', async () => {
    const account = await createAccount(app, {
      email: 'Staff.Member@CSEE.example',
      grants: [{ role: GrantRole.SOCIETY_STAFF, society: 'CSEE' }, examinerOf('CSEE', 'ELECTRICAL', undefined, '中国电力科学研究院', ['AUTOMATION'])],
    });
    // Email look-up ignores case and surrounding blanks.
    const login = await app.gql(LoginDocument, { email: '  staff.member@csee.EXAMPLE ', password: FACTORY_PASSWORD });
    expect(login.errors).toBeUndefined();
    expect(login.data?.login.account).toMatchObject({ id: account.id, email: 'staff.member@csee.example' });
    expect(new Date(login.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());

    const me = await app.gql(MeDocument, undefined, { token: login.data!.login.token });
    expect(me.errors).toBeUndefined();
    expect(me.data?.me?.grants?.map((grant) => [grant.role, grant.society?.code])).toEqual([
      ['SOCIETY_STAFF', 'CSEE'],
      ['EXAMINER', 'CSEE'],
    ]);
    const examiner = me.data!.me!.grants!.find((grant) => grant.role === 'EXAMINER')!;
    expect(examiner.examiner).toEqual({ grade: 'FORMAL', employer: '中国电力科学研究院', field: { code: 'ELECTRICAL' }, specialties: [{ code: 'AUTOMATION' }] });
    expect(await asOwner(app, async (c) => (await c.query('select last_login_at from account where id = $1', [account.id])).rows[0].last_login_at)).not.toBeNull();
  });

  it('answers me with null when nobody is logged in', async () => {
    const me = await app.gql(MeDocument);
    expect(me).toMatchObject({ status: 200, data: { me: null } });
  });

  it.each([
    ['a wrong password', 'known', 'wrong-password-123'],
    ['an unknown email', 'nobody@example.test', FACTORY_PASSWORD],
  ])('refuses %s with INVALID_CREDENTIALS and issues no token', async (_case, who, password) => {
    const account = await createAccount(app);
    const result = await app.gql(LoginDocument, { email: who === 'known' ? account.email : who, password });
    expect(codeOf(result)).toBe('INVALID_CREDENTIALS');
    expect(result.status).toBe(401);
    expect(result.data).toBeNull();
  });

  it('answers a disabled account exactly like a wrong password, whatever the password, and issues no token', async () => {
    const account = await createAccount(app);
    await asOwner(app, (c) => c.query(`update account set status = 'DISABLED' where id = $1`, [account.id]));
    for (const password of [FACTORY_PASSWORD, 'wrong-password-123']) {
      const result = await app.gql(LoginDocument, { email: account.email, password }, { language: 'en' });
      expect(result).toMatchObject({ status: 401, data: null, errors: [{ message: 'The email or password is incorrect.', extensions: { code: 'INVALID_CREDENTIALS' } }] });
    }
    expect(await asOwner(app, async (c) => (await c.query('select last_login_at from account where id = $1', [account.id])).rows[0].last_login_at)).toBeNull();
  });

  it.each([
    ['an expired token', (id: string) => jwt.sign({ exp: Math.floor(Date.now() / 1000) - 60 }, app.config.jwt.secret, { subject: id, issuer: 'ece-platform' }), 'TOKEN_EXPIRED'],
    ['a token signed with another secret', (id: string) => jwt.sign({}, 'x'.repeat(40), { subject: id, issuer: 'ece-platform', expiresIn: 600 }), 'TOKEN_INVALID'],
    ['a token with alg none', (id: string) => jwt.sign({}, '', { subject: id, issuer: 'ece-platform', algorithm: 'none' }), 'TOKEN_INVALID'],
    ['a token of another issuer', (id: string) => jwt.sign({}, app.config.jwt.secret, { subject: id, issuer: 'someone-else', expiresIn: 600 }), 'TOKEN_INVALID'],
    ['garbage', () => 'not.a.token', 'TOKEN_INVALID'],
    ['a token for an account that no longer exists', () => jwt.sign({}, app.config.jwt.secret, { subject: '00000000-0000-4000-8000-000000000000', issuer: 'ece-platform', expiresIn: 600 }), 'TOKEN_INVALID'],
  ])('refuses %s', async (_case, makeToken, code) => {
    const account = await createAccount(app);
    const result = await app.gql(MeDocument, undefined, { token: makeToken(account.id) });
    expect(codeOf(result)).toBe(code);
    expect(result.status).toBe(401);
    expect(result.data ?? null).toBeNull();
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    const result = await app.gql(MeDocument, undefined, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(codeOf(result)).toBe('TOKEN_INVALID');
  });

  it('keeps serving after refusals', async () => {
    await app.gql(MeDocument, undefined, { token: 'broken' });
    const result = await app.gql(SocietiesDocument);
    expect(result.data?.societies).toHaveLength(14);
  });
});

describe('error messages', () => {
  it('speaks Chinese by default and English when asked', async () => {
    const zh = await app.gql(LoginDocument, { email: 'nobody@example.test', password: 'x'.repeat(10) });
    expect(zh.errors?.[0].message).toBe('邮箱或密码不正确。');
    const en = await app.gql(LoginDocument, { email: 'nobody@example.test', password: 'x'.repeat(10) }, { language: 'en-US,en;q=0.9' });
    expect(en.errors?.[0].message).toBe('The email or password is incorrect.');
  });

  it('names malformed GraphQL with its own code and no internals', async () => {
    const parse = await app.raw({ query: '{ societies { code ' }, { language: 'en' });
    const parseError = (parse.json as { errors: Array<{ message: string; extensions: Record<string, unknown> }> }).errors[0];
    expect(parse.status).toBe(400);
    expect(parseError.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(parseError.message).toMatch(/^GraphQL syntax error: Syntax Error/);

    const validation = await app.raw({ query: '{ societies { secretField } }' });
    expect(validation.status).toBe(400);
    expect((validation.json as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0].extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });

    const notJson = await app.raw('{"query": ', { language: 'en' });
    expect(notJson.status).toBe(400);
    expect(notJson.json).toEqual({ errors: [{ message: 'Malformed request: body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('sign-up on a society portal', () => {
  it('creates an applicant account in the request society and logs it in', async () => {
    const result = await app.gql(SignUpDocument, { input: { email: 'new.applicant@example.test', password: 'a-good-password', displayName: '王工' } }, { society: 'CSEE' });
    expect(result.errors).toBeUndefined();
    const me = await app.gql(MeDocument, undefined, { token: result.data!.signUp.token });
    expect(me.data?.me?.grants?.map((grant) => [grant.role, grant.society?.code])).toEqual([['APPLICANT', 'CSEE']]);
  });

  it.each([
    ['no society scope', { email: 'a1@example.test', password: 'a-good-password', displayName: '甲' }, undefined, 'SOCIETY_REQUIRED', undefined],
    ['a malformed email', { email: 'not-an-email', password: 'a-good-password', displayName: '甲' }, 'CSEE', 'BAD_USER_INPUT', 'input.email'],
    ['an empty name', { email: 'a3@example.test', password: 'a-good-password', displayName: '  ' }, 'CSEE', 'BAD_USER_INPUT', 'input.displayName'],
  ])('refuses %s and creates nothing', async (_case, input, society, code, field) => {
    const before = await countRows(app, 'account');
    const result = await app.gql(SignUpDocument, { input }, { society });
    expect(result.errors?.[0].extensions).toEqual(field ? { code, field } : { code });
    expect(await countRows(app, 'account')).toBe(before);
  });

  it('answers an email that has an account like a login: never "exists", and with a wrong password nothing changes', async () => {
    const existing = await createAccount(app, { displayName: '原名', grants: [{ role: GrantRole.APPLICANT, society: 'CSEE' }] });
    const [accounts, grants] = [await countRows(app, 'account'), await countRows(app, 'role_grant')];
    const result = await app.gql(SignUpDocument, { input: { email: existing.email.toUpperCase(), password: 'a-good-password', displayName: '乙' } }, { society: 'CSAE', language: 'zh-CN' });
    expect(result.errors?.[0]).toMatchObject({ message: '邮箱或密码不正确。', extensions: { code: 'INVALID_CREDENTIALS' } });
    expect(result.data).toBeNull();
    expect([await countRows(app, 'account'), await countRows(app, 'role_grant')]).toEqual([accounts, grants]);
    expect(await asOwner(app, async (c) => (await c.query('select display_name from account where id = $1', [existing.id])).rows[0].display_name)).toBe('原名');
  });

  it("lets the account's owner join a second society as an applicant with their own password, once", async () => {
    const existing = await createAccount(app, { displayName: '原名', grants: [{ role: GrantRole.APPLICANT, society: 'CSEE' }] });
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await app.gql(SignUpDocument, { input: { email: existing.email, password: FACTORY_PASSWORD, displayName: '别的名字' } }, { society: 'CSAE' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.signUp.account).toMatchObject({ id: existing.id, displayName: '原名' });
      const me = await app.gql(MeDocument, undefined, { token: result.data!.signUp.token });
      expect(me.data?.me?.grants?.map((grant) => [grant.role, grant.society?.code])).toEqual([['APPLICANT', 'CSEE'], ['APPLICANT', 'CSAE']]);
    }
    expect(await countRows(app, 'account', 'email = $1', [existing.email])).toBe(1);
  });

  it('answers a disabled account with INVALID_CREDENTIALS even with its own password, and adds nothing', async () => {
    const existing = await createAccount(app);
    await asOwner(app, (c) => c.query(`update account set status = 'DISABLED' where id = $1`, [existing.id]));
    const result = await app.gql(SignUpDocument, { input: { email: existing.email, password: FACTORY_PASSWORD, displayName: '丙' } }, { society: 'CSAE' });
    expect(codeOf(result)).toBe('INVALID_CREDENTIALS');
    expect(await countRows(app, 'role_grant', 'account_id = $1', [existing.id])).toBe(0);
  });

  it('makes one account of concurrent sign-ups with one email and one password: all are logged in, none is INTERNAL', async () => {
    const input = { email: 'double.click@example.test', password: 'a-good-password', displayName: '丁' };
    const results = await Promise.all(Array.from({ length: 10 }, () => app.gql(SignUpDocument, { input }, { society: 'CSEE' })));
    expect(results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(Array(10).fill('OK'));
    expect(new Set(results.map((result) => result.data?.signUp.account?.id)).size).toBe(1);
    expect(await countRows(app, 'account', 'email = $1', [input.email])).toBe(1);
    expect(await countRows(app, 'role_grant g join account a on a.id = g.account_id', "a.email = $1 and g.role = 'APPLICANT' and g.revoked_at is null", [input.email])).toBe(1);
  });

  it('gives concurrent sign-ups of different people with one email one account: the others get INVALID_CREDENTIALS', async () => {
    const email = 'contested@example.test';
    const results = await Promise.all(Array.from({ length: 10 }, (_, index) =>
      app.gql(SignUpDocument, { input: { email, password: `own-secret-phrase-${index}`, displayName: `甲${index}` } }, { society: 'CSEE' })));
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code !== 'OK')).toEqual(Array(9).fill('INVALID_CREDENTIALS'));
    expect(await countRows(app, 'account', 'email = $1', [email])).toBe(1);
  });
});

describe('password policy', () => {
  it.each([
    ['too short', 'Ab3$xyz', 'PASSWORD_TOO_SHORT', '密码不符合要求：密码至少需要 8 个字符。'],
    ['too long', 'x9'.repeat(65), 'PASSWORD_TOO_LONG', '密码不符合要求：密码最多 128 个字符。'],
    ['a control character', 'good-phrase\nsecond-line', 'PASSWORD_CONTROL_CHARACTER', '密码不符合要求：密码不能包含控制字符（如换行、制表符）。'],
    ['a common password', 'qwertyuiop', 'PASSWORD_COMMON_PASSWORD', '密码不符合要求：该密码过于常见，容易被猜中。'],
    ['a common password with digits and symbols', 'Password-2026!', 'PASSWORD_COMMON_PASSWORD', '密码不符合要求：该密码过于常见，容易被猜中。'],
    ['a password common on Chinese sites', 'woaini1314', 'PASSWORD_COMMON_PASSWORD', '密码不符合要求：该密码过于常见，容易被猜中。'],
    ['the name of the email', 'zhangwei.engineer-77', 'PASSWORD_CONTAINS_EMAIL', '密码不符合要求：密码不能包含邮箱用户名。'],
  ])('refuses %s with WEAK_PASSWORD on the field, and creates nothing', async (_case, password, reason, messageZh) => {
    const before = [await countRows(app, 'account'), await countRows(app, 'role_grant')];
    const input = { email: 'zhangwei.engineer@example.test', password, displayName: '张伟' };
    const zh = await app.gql(SignUpDocument, { input }, { society: 'CSEE', language: 'zh-CN' });
    expect(zh.errors?.[0]).toMatchObject({ message: messageZh, extensions: { code: 'WEAK_PASSWORD', field: 'input.password' } });
    expect(zh.errors?.[0].extensions?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: reason, field: 'input.password' })]));
    const en = await app.gql(SignUpDocument, { input }, { society: 'CSEE', language: 'en' });
    expect(en.errors?.[0].message).toMatch(/^The password is not acceptable: /);
    expect([await countRows(app, 'account'), await countRows(app, 'role_grant')]).toEqual(before);
  });

  it('accepts a long passphrase, Chinese characters included', async () => {
    const result = await app.gql(SignUpDocument, { input: { email: 'passphrase@example.test', password: '山高水长 correct battery 2026', displayName: '戊' } }, { society: 'CSEE' });
    expect(result.errors).toBeUndefined();
  });
});
