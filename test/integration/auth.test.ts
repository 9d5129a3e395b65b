import jwt from 'jsonwebtoken';
import { GrantRole } from '../../src/entities/enums';
import { createHash } from 'node:crypto';
import { LoginDocument, MeDocument, RequestPasswordResetDocument, ResetPasswordDocument, SignUpDocument, SocietiesDocument, VerifyEmailDocument } from '../generated/operations';
import { mailedToken, mailsTo, signUpThroughMail, tokenIn } from '../helpers/mail';
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
    expect(parseError.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(parseError.message).toMatch(/^GraphQL syntax error: Syntax Error/);

    const validation = await app.raw({ query: '{ societies { secretField } }' });
    expect(validation.status).toBe(400);
    expect((validation.json as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });

    const notJson = await app.raw('{"query": ', { language: 'en' });
    expect(notJson.status).toBe(400);
    expect(notJson.json).toMatchObject({ errors: [{ message: 'Malformed request: body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
  });
});

describe('sign-up on a society portal (issue 16: the answer never tells whether the email has an account)', () => {
  it('answers "check your mailbox"; the mailed single-use token creates the applicant account in the society and logs it in', async () => {
    const email = 'new.applicant@example.test';
    const answer = await app.gql(SignUpDocument, { input: { email, password: 'a-good-password', displayName: '王工' } }, { society: 'CSEE' });
    expect(answer).toMatchObject({ data: { signUp: true } });
    expect(answer.errors).toBeUndefined();
    // Nothing exists until the token comes back.
    expect(await countRows(app, 'account', 'email = $1', [email])).toBe(0);
    const [mail] = await mailsTo(app, email);
    expect(mail).toMatchObject({ kind: 'ACCOUNT_VERIFY_EMAIL', language: 'zh' });
    expect(mail.body).toContain('http://localhost:4000/verify-email?token=');
    const token = tokenIn(mail);
    // Stored hashed only: the token itself is nowhere in the database but in the mail.
    expect(await countRows(app, 'account_token', 'token_hash = $1', [token])).toBe(0);
    expect(await countRows(app, 'account_token', 'token_hash = $1', [createHash('sha256').update(token).digest('hex')])).toBe(1);

    const verified = await app.gql(VerifyEmailDocument, { token });
    expect(verified.errors).toBeUndefined();
    const me = await app.gql(MeDocument, undefined, { token: verified.data!.verifyEmail.token });
    expect(me.data?.me).toMatchObject({ email, displayName: '王工' });
    expect(me.data?.me?.grants?.map((grant) => [grant.role, grant.society?.code])).toEqual([['APPLICANT', 'CSEE']]);
    const login = await app.gql(LoginDocument, { email, password: 'a-good-password' });
    expect(login.errors).toBeUndefined();

    // Single use: the same token again changes nothing.
    const [accounts, grants] = [await countRows(app, 'account'), await countRows(app, 'role_grant')];
    expect(codeOf(await app.gql(VerifyEmailDocument, { token }))).toBe('ACCOUNT_TOKEN_INVALID');
    expect([await countRows(app, 'account'), await countRows(app, 'role_grant')]).toEqual([accounts, grants]);
  });

  it('refuses an expired or unknown token and creates nothing', async () => {
    const email = 'late.applicant@example.test';
    expect((await app.gql(SignUpDocument, { input: { email, password: 'a-good-password', displayName: '迟' } }, { society: 'CSEE' })).data?.signUp).toBe(true);
    const token = await mailedToken(app, email, 'ACCOUNT_VERIFY_EMAIL');
    await asOwner(app, (c) => c.query(`update account_token set expires_at = now() - interval '1 second' where email = $1`, [email]));
    const before = await countRows(app, 'account');
    expect(codeOf(await app.gql(VerifyEmailDocument, { token }))).toBe('ACCOUNT_TOKEN_INVALID');
    expect(codeOf(await app.gql(VerifyEmailDocument, { token: 'not-a-token' }))).toBe('ACCOUNT_TOKEN_INVALID');
    expect(await countRows(app, 'account')).toBe(before);
  });

  it.each([
    ['no society scope', { email: 'a1@example.test', password: 'a-good-password', displayName: '甲' }, undefined, 'SOCIETY_REQUIRED', undefined],
    ['a malformed email', { email: 'not-an-email', password: 'a-good-password', displayName: '甲' }, 'CSEE', 'BAD_USER_INPUT', 'input.email'],
    ['an empty name', { email: 'a3@example.test', password: 'a-good-password', displayName: '  ' }, 'CSEE', 'BAD_USER_INPUT', 'input.displayName'],
  ])('refuses %s and creates nothing, mails nothing', async (_case, input, society, code, field) => {
    const before = [await countRows(app, 'account'), await countRows(app, 'account_token'), await countRows(app, 'notification')];
    const result = await app.gql(SignUpDocument, { input }, { society });
    expect(result.errors?.[0].extensions).toMatchObject(field ? { code, field } : { code });
    expect([await countRows(app, 'account'), await countRows(app, 'account_token'), await countRows(app, 'notification')]).toEqual(before);
  });

  it('answers an email that has an account exactly like a new one; its owner is told by mail, and nothing else changes', async () => {
    const existing = await createAccount(app, { displayName: '原名', grants: [{ role: GrantRole.APPLICANT, society: 'CSEE' }] });
    const [accounts, grants] = [await countRows(app, 'account'), await countRows(app, 'role_grant')];
    const taken = await app.gql(SignUpDocument, { input: { email: existing.email.toUpperCase(), password: 'a-good-password', displayName: '乙' } }, { society: 'CSAE', language: 'zh-CN' });
    const fresh = await app.gql(SignUpDocument, { input: { email: 'never.seen@example.test', password: 'a-good-password', displayName: '乙' } }, { society: 'CSAE', language: 'zh-CN' });
    expect(taken).toEqual(fresh);
    expect(taken).toMatchObject({ status: 200, data: { signUp: true } });
    expect([await countRows(app, 'account'), await countRows(app, 'role_grant')]).toEqual([accounts, grants]);
    expect(await asOwner(app, async (c) => (await c.query('select display_name from account where id = $1', [existing.id])).rows[0].display_name)).toBe('原名');
    const mails = await mailsTo(app, existing.email);
    expect(mails.map((mail) => mail.kind)).toEqual(['ACCOUNT_SIGN_UP_ATTEMPT']);
    expect(mails[0].body).toContain('有人在中国汽车工程学会尝试用您的邮箱注册新账号');
    expect(mails[0].body).not.toMatch(/验证码|token=/);
  });

  it("lets the account's owner join a second society as an applicant with their own password, through the mailed link, once", async () => {
    const existing = await createAccount(app, { displayName: '原名', grants: [{ role: GrantRole.APPLICANT, society: 'CSEE' }] });
    for (let attempt = 0; attempt < 2; attempt++) {
      const result = await signUpThroughMail(app, { email: existing.email, password: FACTORY_PASSWORD, displayName: '别的名字' }, { society: 'CSAE' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.verifyEmail.account).toMatchObject({ id: existing.id, displayName: '原名' });
      const me = await app.gql(MeDocument, undefined, { token: result.data!.verifyEmail.token });
      expect(me.data?.me?.grants?.map((grant) => [grant.role, grant.society?.code])).toEqual([['APPLICANT', 'CSEE'], ['APPLICANT', 'CSAE']]);
    }
    expect((await mailsTo(app, existing.email)).map((mail) => mail.kind)).toEqual(['ACCOUNT_JOIN_SOCIETY', 'ACCOUNT_JOIN_SOCIETY']);
    expect(await countRows(app, 'account', 'email = $1', [existing.email])).toBe(1);
  });

  it('tells the owner of a disabled account nothing it can use, even with its own password, and adds nothing', async () => {
    const existing = await createAccount(app);
    await asOwner(app, (c) => c.query(`update account set status = 'DISABLED' where id = $1`, [existing.id]));
    const result = await app.gql(SignUpDocument, { input: { email: existing.email, password: FACTORY_PASSWORD, displayName: '丙' } }, { society: 'CSAE' });
    expect(result.data?.signUp).toBe(true);
    expect((await mailsTo(app, existing.email)).map((mail) => mail.kind)).toEqual(['ACCOUNT_SIGN_UP_ATTEMPT']);
    expect(await countRows(app, 'role_grant', 'account_id = $1', [existing.id])).toBe(0);
  });

  it('makes one account of concurrent sign-ups with one email: each gets a mail, the first token used wins, none is INTERNAL', async () => {
    const input = { email: 'double.click@example.test', password: 'a-good-password', displayName: '丁' };
    const results = await Promise.all(Array.from({ length: 10 }, () => app.gql(SignUpDocument, { input }, { society: 'CSEE' })));
    expect(results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK')).toEqual(Array(10).fill('OK'));
    const tokens = (await mailsTo(app, input.email)).map(tokenIn);
    expect(tokens).toHaveLength(10);
    const verified = await Promise.all(tokens.map((token) => app.gql(VerifyEmailDocument, { token })));
    const codes = verified.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code !== 'OK')).toEqual(Array(9).fill('ACCOUNT_TOKEN_INVALID'));
    expect(await countRows(app, 'account', 'email = $1', [input.email])).toBe(1);
    expect(await countRows(app, 'role_grant g join account a on a.id = g.account_id', "a.email = $1 and g.role = 'APPLICANT' and g.revoked_at is null", [input.email])).toBe(1);
  });
});

describe('password reset (issue 16: through the outbox; the answer never tells whether the email has an account)', () => {
  it('mails the owner a single-use, expiring link; the new password must pass the policy; the old one stops working', async () => {
    const person = await createAccount(app);
    const unknown = await app.gql(RequestPasswordResetDocument, { email: 'nobody.here@example.test' });
    const known = await app.gql(RequestPasswordResetDocument, { email: person.email.toUpperCase() });
    expect(known).toEqual(unknown);
    expect(known.data?.requestPasswordReset).toBe(true);
    expect(await mailsTo(app, 'nobody.here@example.test')).toEqual([]);
    const token = await mailedToken(app, person.email, 'PASSWORD_RESET');

    // A weak password is refused on its field and leaves the token usable.
    const weak = await app.gql(ResetPasswordDocument, { token, newPassword: 'qwertyuiop' });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword' });
    expect((await app.gql(LoginDocument, { email: person.email, password: FACTORY_PASSWORD })).errors).toBeUndefined();

    expect((await app.gql(ResetPasswordDocument, { token, newPassword: 'a-brand-new-passphrase-9' })).data?.resetPassword).toBe(true);
    expect(codeOf(await app.gql(LoginDocument, { email: person.email, password: FACTORY_PASSWORD }))).toBe('INVALID_CREDENTIALS');
    expect((await app.gql(LoginDocument, { email: person.email, password: 'a-brand-new-passphrase-9' })).errors).toBeUndefined();
    expect(codeOf(await app.gql(ResetPasswordDocument, { token, newPassword: 'yet-another-passphrase-7' }))).toBe('ACCOUNT_TOKEN_INVALID');
  });

  it('ends every other reset link of the account when one is used, and refuses an expired one', async () => {
    const person = await createAccount(app);
    await app.gql(RequestPasswordResetDocument, { email: person.email });
    const first = await mailedToken(app, person.email, 'PASSWORD_RESET');
    await app.gql(RequestPasswordResetDocument, { email: person.email });
    const second = await mailedToken(app, person.email, 'PASSWORD_RESET');
    expect(second).not.toBe(first);
    expect((await app.gql(ResetPasswordDocument, { token: second, newPassword: 'a-brand-new-passphrase-9' })).data?.resetPassword).toBe(true);
    expect(codeOf(await app.gql(ResetPasswordDocument, { token: first, newPassword: 'another-good-passphrase-5' }))).toBe('ACCOUNT_TOKEN_INVALID');

    await app.gql(RequestPasswordResetDocument, { email: person.email });
    const third = await mailedToken(app, person.email, 'PASSWORD_RESET');
    await asOwner(app, (c) => c.query(`update account_token set expires_at = now() - interval '1 second' where account_id = $1 and used_at is null`, [person.id]));
    expect(codeOf(await app.gql(ResetPasswordDocument, { token: third, newPassword: 'another-good-passphrase-5' }))).toBe('ACCOUNT_TOKEN_INVALID');
    expect((await app.gql(LoginDocument, { email: person.email, password: 'a-brand-new-passphrase-9' })).errors).toBeUndefined();
  });

  it('mails nothing for a disabled account, and answers the same', async () => {
    const person = await createAccount(app);
    await asOwner(app, (c) => c.query(`update account set status = 'DISABLED' where id = $1`, [person.id]));
    expect((await app.gql(RequestPasswordResetDocument, { email: person.email })).data?.requestPasswordReset).toBe(true);
    expect(await mailsTo(app, person.email)).toEqual([]);
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
    const before = [await countRows(app, 'account'), await countRows(app, 'role_grant'), await countRows(app, 'account_token'), await countRows(app, 'notification')];
    const input = { email: 'zhangwei.engineer@example.test', password, displayName: '张伟' };
    const zh = await app.gql(SignUpDocument, { input }, { society: 'CSEE', language: 'zh-CN' });
    expect(zh.errors?.[0]).toMatchObject({ message: messageZh, extensions: { code: 'WEAK_PASSWORD', field: 'input.password' } });
    expect(zh.errors?.[0].extensions?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ code: reason, field: 'input.password' })]));
    const en = await app.gql(SignUpDocument, { input }, { society: 'CSEE', language: 'en' });
    expect(en.errors?.[0].message).toMatch(/^The password is not acceptable: /);
    expect([await countRows(app, 'account'), await countRows(app, 'role_grant'), await countRows(app, 'account_token'), await countRows(app, 'notification')]).toEqual(before);
  });

  it('accepts a long passphrase, Chinese characters included', async () => {
    const result = await signUpThroughMail(app, { email: 'passphrase@example.test', password: '山高水长 correct battery 2026', displayName: '戊' }, { society: 'CSEE' });
    expect(result.errors).toBeUndefined();
    expect((await app.gql(LoginDocument, { email: 'passphrase@example.test', password: '山高水长 correct battery 2026' })).errors).toBeUndefined();
  });
});
