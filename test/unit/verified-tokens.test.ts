import { signAccessToken } from '../../src/auth/tokens';
import { verifiedAccessToken } from '../../src/http/verified-tokens';

// A token is verified once per process and remembered: only its expiry is checked again, as jsonwebtoken checks it.
const SECRET = 'unit-secret-of-at-least-32-characters!!';
const ACCOUNT = '5b7f1c9e-3a52-4d8e-9f10-2c4b6a8d0e1f';

afterEach(() => jest.useRealTimers());

describe('verifiedAccessToken', () => {
  it('answers the same claims for the same token, verified or remembered', () => {
    const { token, expiresAt } = signAccessToken(ACCOUNT, SECRET, 600);
    expect(verifiedAccessToken(token, SECRET)).toEqual({ accountId: ACCOUNT, expiresAt });
    expect(verifiedAccessToken(token, SECRET)).toEqual({ accountId: ACCOUNT, expiresAt });
  });

  it('refuses a remembered token once it has expired', () => {
    const { token, expiresAt } = signAccessToken(ACCOUNT, SECRET, 60);
    verifiedAccessToken(token, SECRET);
    jest.useFakeTimers({ now: expiresAt.getTime() - 1000 });
    expect(verifiedAccessToken(token, SECRET).accountId).toBe(ACCOUNT);
    jest.setSystemTime(expiresAt.getTime());
    expect(() => verifiedAccessToken(token, SECRET)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOKEN_EXPIRED' }) }));
  });

  it('does not take a token remembered under one secret as valid under another, nor remember a forged one', () => {
    const { token } = signAccessToken(ACCOUNT, SECRET, 600);
    verifiedAccessToken(token, SECRET);
    const invalid = expect.objectContaining({ extensions: expect.objectContaining({ code: 'TOKEN_INVALID' }) });
    expect(() => verifiedAccessToken(token, `${SECRET}-rotated`)).toThrow(invalid);
    const forged = `${token.slice(0, -2)}xx`;
    expect(() => verifiedAccessToken(forged, SECRET)).toThrow(invalid);
    expect(() => verifiedAccessToken(forged, SECRET)).toThrow(invalid);
  });
});
