import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmOptions } from '../../src/db/orm-config';
import { startServer, type RunningServer } from '../../src/http/server';
import { LodgeObjectionDocument, LoginDocument, SignUpDocument } from '../generated/operations';
import { SAMPLE_FILES } from '../helpers/dossier';
import { asOwner, countRows, createAccount, errorOf, FACTORY_PASSWORD, loggedIn } from '../helpers/factories';
import { GrantRole } from '../../src/entities/enums';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Small limits and short windows, so a test can wait for a window to pass. TRUST_PROXY lets each test act from an
// address of its own (X-Forwarded-For from the loopback proxy), so the per-address counts do not meet.
const LIMITS = {
  RATE_LIMIT_LOGIN_ACCOUNT: '10/10',
  RATE_LIMIT_LOGIN_ADDRESS: '15/60',
  RATE_LIMIT_SIGN_UP: '3/60',
  RATE_LIMIT_OBJECTION: '3/60',
  RATE_LIMIT_UPLOAD: '3/60',
  TRUST_PROXY: 'loopback',
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp(LIMITS);
});
afterAll(() => app.close());

let addressSequence = 0;
/** A fresh client address (documentation range 198.51.100.0/24). */
const newAddress = () => `198.51.100.${(addressSequence += 1)}`;
const from = (address: string) => ({ headers: { 'x-forwarded-for': address }, language: 'en' });

describe('login', () => {
  it('refuses the 11th wrong password in a row, and then the right one too until the window passes', async () => {
    // Within one window (10 s from the first wrong password).
    const account = await createAccount(app);
    const address = from(newAddress());
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      expect(errorOf(await app.gql(LoginDocument, { email: account.email, password: `wrong-${attempt}` }, address))?.code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await app.gql(LoginDocument, { email: account.email, password: FACTORY_PASSWORD }, address);
    expect(refused.status).toBe(429);
    expect(errorOf(refused)).toEqual({ code: 'RATE_LIMITED', params: { retryAfter: expect.any(Number) } });
    expect((errorOf(refused)!.params as { retryAfter: number }).retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.errors?.[0].message).toMatch(/^Too many attempts; try again in \d+ seconds\.$/);
    expect(refused.data).toBeNull();
    // The refused login changed nothing: the account was not logged in.
    expect(await asOwner(app, async (c) => (await c.query('select last_login_at from account where id = $1', [account.id])).rows[0].last_login_at)).toBeNull();

    // The limit is per email, not per address: another address is refused too.
    expect(errorOf(await app.gql(LoginDocument, { email: account.email, password: FACTORY_PASSWORD }, from(newAddress())))?.code).toBe('RATE_LIMITED');

    await new Promise((resolve) => setTimeout(resolve, 1000 * (errorOf(refused)!.params as { retryAfter: number }).retryAfter + 200));
    const after = await app.gql(LoginDocument, { email: account.email, password: FACTORY_PASSWORD }, address);
    expect(after.errors).toBeUndefined();
    expect(after.data?.login.token).toEqual(expect.any(String));
  });

  it('starts counting again after a successful login', async () => {
    const account = await createAccount(app);
    for (let round = 0; round < 2; round += 1) {
      const address = from(newAddress());
      for (let attempt = 1; attempt <= 9; attempt += 1) await app.gql(LoginDocument, { email: account.email, password: 'wrong-password' }, address);
      expect((await app.gql(LoginDocument, { email: account.email, password: FACTORY_PASSWORD }, address)).errors).toBeUndefined();
    }
  });

  it('counts wrong passwords per address across emails, an unknown email included', async () => {
    const address = from(newAddress());
    for (let attempt = 1; attempt <= 15; attempt += 1) {
      expect(errorOf(await app.gql(LoginDocument, { email: `nobody${attempt}@example.test`, password: 'wrong-password' }, address))?.code).toBe('INVALID_CREDENTIALS');
    }
    const account = await createAccount(app);
    expect(errorOf(await app.gql(LoginDocument, { email: account.email, password: FACTORY_PASSWORD }, address))?.code).toBe('RATE_LIMITED');
    expect((await app.gql(LoginDocument, { email: account.email, password: FACTORY_PASSWORD }, from(newAddress()))).errors).toBeUndefined();
  });
});

describe('sign-up, objections and uploads', () => {
  it('refuses the 4th sign-up from one address and creates no account', async () => {
    const address = { ...from(newAddress()), society: 'CSEE' };
    const signUp = (n: number) => app.gql(SignUpDocument, { input: { email: `signup-${addressSequence}-${n}@example.test`, password: 'a-long-sign-up-passphrase-7', displayName: '申请人' } }, address);
    for (let n = 1; n <= 3; n += 1) expect((await signUp(n)).errors).toBeUndefined();
    const before = await countRows(app, 'account');
    const refused = await signUp(4);
    expect(refused.status).toBe(429);
    expect(errorOf(refused)?.code).toBe('RATE_LIMITED');
    expect(await countRows(app, 'account')).toBe(before);
  });

  it('refuses the 4th objection from one address, anonymous', async () => {
    const address = from(newAddress());
    const lodge = () => app.gql(LodgeObjectionDocument, { input: { noticeId: '00000000-0000-4000-8000-000000000000', applicationId: '00000000-0000-4000-8000-000000000001', content: '异议' } }, address);
    for (let n = 1; n <= 3; n += 1) expect(errorOf(await lodge())?.code).not.toBe('RATE_LIMITED');
    const refused = await lodge();
    expect(errorOf(refused)?.code).toBe('RATE_LIMITED');
    expect(await countRows(app, 'objection')).toBe(0);
  });

  it('refuses the 4th upload of an account with HTTP 429 and Retry-After, storing nothing', async () => {
    const applicant = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
    const post = () =>
      fetch(app.server.url.replace('/graphql', '/files'), {
        method: 'POST',
        headers: { authorization: `Bearer ${applicant.token}`, 'x-society': 'CSEE', 'content-type': 'application/octet-stream', 'accept-language': 'zh-CN' },
        body: SAMPLE_FILES.pdf,
      });
    for (let n = 1; n <= 3; n += 1) expect((await post()).status).toBe(201);
    const before = await countRows(app, 'stored_file', 'owner_id = $1', [applicant.id]);
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await refused.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', params: { retryAfter: Number(refused.headers.get('retry-after')) } });
    expect(body.errors[0].message).toMatch(/^操作过于频繁，请 \d+ 秒后再试。$/);
    expect(await countRows(app, 'stored_file', 'owner_id = $1', [applicant.id])).toBe(before);
  });
});

describe('across API processes', () => {
  let second: RunningServer;
  let orm: MikroORM;
  beforeAll(async () => {
    // A second API server with its own ORM and pools on the same database, as a second process would have.
    orm = await MikroORM.init(createOrmOptions(app.appUrl, { poolMax: 2 }));
    second = await startServer(orm, app.config, 0);
  });
  afterAll(async () => {
    await second.close();
    await orm.close(true);
  });

  const loginOn = async (url: string, email: string, password: string, address: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', variables: { email, password } }),
    });
    return ((await response.json()) as { errors?: Array<{ extensions: { code: string } }> }).errors?.[0]?.extensions.code ?? 'OK';
  };

  it('counts wrong passwords on both servers together', async () => {
    const account = await createAccount(app);
    const codes: string[] = [];
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      codes.push(await loginOn(attempt % 2 ? app.server.url : second.url, account.email, 'wrong-password', newAddress()));
    }
    expect(codes).toEqual(Array(10).fill('INVALID_CREDENTIALS'));
    expect(await loginOn(app.server.url, account.email, FACTORY_PASSWORD, newAddress())).toBe('RATE_LIMITED');
    expect(await loginOn(second.url, account.email, FACTORY_PASSWORD, newAddress())).toBe('RATE_LIMITED');
  });
});
