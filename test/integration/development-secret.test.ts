import jwt from 'jsonwebtoken';
import { GrantRole } from '../../src/entities/enums';
import { MeDocument } from '../generated/operations';
import { createAccount, errorOf } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** The development secret every earlier build signed with when JWT_SECRET was unset: public in the repository. */
const FORMER_DEVELOPMENT_SECRET = 'development-only-secret-do-not-use-in-production';

describe('no known signing secret, even in development', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'development' });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses a federation admin token signed with the formerly public development secret', async () => {
    const admin = await createAccount(app, { grants: [{ role: GrantRole.FEDERATION_ADMIN }] });
    const forged = jwt.sign({}, FORMER_DEVELOPMENT_SECRET, { subject: admin.id, issuer: 'ece-platform', expiresIn: 600 });
    const result = await app.gql(MeDocument, {}, { token: forged });
    expect(errorOf(result)).toMatchObject({ code: 'TOKEN_INVALID' });
    expect(result.data?.me ?? null).toBeNull();

    // The account itself works: its own login gets a token the server signed.
    const own = await app.gql(MeDocument, {}, { token: await admin.login() });
    expect(own.data?.me?.id).toBe(admin.id);
  });
});
