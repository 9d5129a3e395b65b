import jwt from 'jsonwebtoken';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { AppError } from '../errors/app-error';

const ISSUER = 'ece-platform';

// jsonwebtoken first tries a string secret as a public key (and catches the failure) on every call: a KeyObject
// made once per secret skips that on every request.
const secretKeys = new Map<string, KeyObject>();
function secretKey(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) secretKeys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

/** What a verified access token says. */
export interface TokenClaims {
  accountId: string;
  expiresAt: Date;
}

/** Signs an HS256 access token for an account. */
export function signAccessToken(accountId: string, secret: string, expiresInSeconds: number): { token: string; expiresAt: Date } {
  const token = jwt.sign({}, secretKey(secret), { algorithm: 'HS256', subject: accountId, issuer: ISSUER, expiresIn: expiresInSeconds });
  const { exp } = jwt.decode(token) as { exp: number };
  return { token, expiresAt: new Date(exp * 1000) };
}

/** Verifies a token (signature, algorithm, issuer, expiry); throws TOKEN_EXPIRED or TOKEN_INVALID. */
export function verifyAccessToken(token: string, secret: string): TokenClaims {
  try {
    const payload = jwt.verify(token, secretKey(secret), { algorithms: ['HS256'], issuer: ISSUER }) as jwt.JwtPayload;
    if (typeof payload.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(payload.sub) || typeof payload.exp !== 'number') {
      throw new AppError('TOKEN_INVALID');
    }
    return { accountId: payload.sub, expiresAt: new Date(payload.exp * 1000) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof jwt.TokenExpiredError) throw new AppError('TOKEN_EXPIRED');
    throw new AppError('TOKEN_INVALID');
  }
}

/** Extracts the bearer token from an Authorization header; undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw new AppError('TOKEN_INVALID');
  return match[1];
}
