// The limits as data, apart from the limiter that applies them: configuration reads this table, and the limiter
// reads the configuration.

/** What is rate-limited, each with the key it is counted by. */
export type RateLimitedAction =
  | 'loginFailuresPerAccount'
  | 'loginAttemptsPerAddress'
  | 'signUpPerAddress'
  | 'passwordResetPerAddress'
  | 'lodgeObjectionPerAddress'
  | 'lodgeComplaintPerAddress'
  | 'uploadsPerAccount'
  | 'verifyPerAddress'
  | 'redeemCodePerAccount'
  | 'redeemCodePerAddress';

/** At most `points` counted attempts per `durationSeconds` window (the window starts with the first attempt). */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

/** The configured limit of every action. */
export type RateLimitTable = Record<RateLimitedAction, RateLimit>;

/**
 * The rate limits as data: default, environment variable (`points/seconds`, e.g. `10/900`) and what is counted.
 * Recommendation codes carry 100 random bits: the redemption limits make guessing hopeless and noisy, not possible.
 */
export const RATE_LIMITS: Record<RateLimitedAction, RateLimit & { env: string; counts: string }> = {
  loginFailuresPerAccount: { points: 10, durationSeconds: 15 * 60, env: 'RATE_LIMIT_LOGIN_ACCOUNT', counts: 'wrong passwords in a row for one email (a success starts again)' },
  loginAttemptsPerAddress: { points: 50, durationSeconds: 15 * 60, env: 'RATE_LIMIT_LOGIN_ADDRESS', counts: 'failed logins from one client address' },
  signUpPerAddress: { points: 10, durationSeconds: 60 * 60, env: 'RATE_LIMIT_SIGN_UP', counts: 'sign-ups from one client address' },
  passwordResetPerAddress: { points: 10, durationSeconds: 60 * 60, env: 'RATE_LIMIT_PASSWORD_RESET', counts: 'password-reset requests from one client address' },
  lodgeObjectionPerAddress: { points: 10, durationSeconds: 60 * 60, env: 'RATE_LIMIT_OBJECTION', counts: 'objections lodged from one client address' },
  lodgeComplaintPerAddress: { points: 10, durationSeconds: 60 * 60, env: 'RATE_LIMIT_COMPLAINT', counts: 'complaints and opinions lodged from one client address' },
  uploadsPerAccount: { points: 60, durationSeconds: 10 * 60, env: 'RATE_LIMIT_UPLOAD', counts: 'file uploads by one account' },
  verifyPerAddress: { points: 120, durationSeconds: 60, env: 'RATE_LIMIT_VERIFY', counts: 'certificate verifications (GET /verify/…) from one client address' },
  redeemCodePerAccount: { points: 10, durationSeconds: 60 * 60, env: 'RATE_LIMIT_REDEEM_ACCOUNT', counts: 'failed recommendation-code redemptions by one account' },
  redeemCodePerAddress: { points: 30, durationSeconds: 60 * 60, env: 'RATE_LIMIT_REDEEM_ADDRESS', counts: 'failed recommendation-code redemptions from one client address' },
};
