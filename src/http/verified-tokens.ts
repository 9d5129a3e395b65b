import { LRUCache } from 'lru-cache';
import { verifyAccessToken, type TokenClaims } from '../auth/tokens';
import { AppError } from '../errors/app-error';

/** Access tokens this process has verified (the 10,000 used last), per secret and token text, with what they say. */
const verified = new LRUCache<string, Readonly<TokenClaims>>({ max: 10_000 });

/**
 * verifyAccessToken, remembered per token: a client sends the same token with every request until it expires, and
 * the signature of the same text under the same secret cannot turn valid or invalid later, so only the expiry is
 * checked again, as jsonwebtoken checks it (expired from the second `exp` names). Verifying cost ~4% of a small
 * request's CPU (issue 14). Only tokens that passed are remembered; whether the account may still act is asked of
 * the database on every request (app_request_principal), as before.
 */
export function verifiedAccessToken(token: string, secret: string): Readonly<TokenClaims> {
  const key = `${secret}\u0000${token}`;
  const known = verified.get(key);
  if (known !== undefined) {
    if (Math.floor(Date.now() / 1000) < known.expiresAt.getTime() / 1000) return known;
    verified.delete(key);
    throw new AppError('TOKEN_EXPIRED');
  }
  const claims = Object.freeze(verifyAccessToken(token, secret));
  verified.set(key, claims);
  return claims;
}
