import type { Logger } from '../observability/logger';
import { HeaderMap } from '@apollo/server';
import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppConfig } from '../config';
import { AppError } from '../errors/app-error';

/** What is rate-limited, each with the key it is counted by. */
export type RateLimitedAction =
  | 'loginFailuresPerAccount'
  | 'loginAttemptsPerAddress'
  | 'signUpPerAddress'
  | 'lodgeObjectionPerAddress'
  | 'lodgeComplaintPerAddress'
  | 'uploadsPerAccount';

/** At most `points` counted attempts per `durationSeconds` window (the window starts with the first attempt). */
export interface RateLimit {
  points: number;
  durationSeconds: number;
}

/** The configured limit of every action. */
export type RateLimitTable = Record<RateLimitedAction, RateLimit>;

/**
 * The rate limits as data: default, environment variable (`points/seconds`, e.g. `10/900`) and what is counted.
 * Enterprise code redemption is not built yet; its limit belongs here when it is.
 */
export const RATE_LIMITS: Record<RateLimitedAction, RateLimit & { env: string; counts: string }> = {
  loginFailuresPerAccount: { points: 10, durationSeconds: 15 * 60, env: 'RATE_LIMIT_LOGIN_ACCOUNT', counts: 'wrong passwords in a row for one email (a success starts again)' },
  loginAttemptsPerAddress: { points: 50, durationSeconds: 15 * 60, env: 'RATE_LIMIT_LOGIN_ADDRESS', counts: 'failed logins from one client address' },
  signUpPerAddress: { points: 10, durationSeconds: 60 * 60, env: 'RATE_LIMIT_SIGN_UP', counts: 'sign-ups from one client address' },
  lodgeObjectionPerAddress: { points: 10, durationSeconds: 60 * 60, env: 'RATE_LIMIT_OBJECTION', counts: 'objections lodged from one client address' },
  lodgeComplaintPerAddress: { points: 10, durationSeconds: 60 * 60, env: 'RATE_LIMIT_COMPLAINT', counts: 'complaints and opinions lodged from one client address' },
  uploadsPerAccount: { points: 60, durationSeconds: 10 * 60, env: 'RATE_LIMIT_UPLOAD', counts: 'file uploads by one account' },
};

/** The table rate-limiter-flexible keeps its counters in (created by migration 20261129020000, not by the library). */
export const RATE_LIMIT_TABLE = 'rate_limit_counter';

/** The refusal of an attempt over its limit: RATE_LIMITED, HTTP 429 with Retry-After, the wait in params. */
export function rateLimitedError(retryAfterSeconds: number): AppError {
  const error = new AppError('RATE_LIMITED', { params: { retryAfter: retryAfterSeconds } });
  (error.extensions.http as { headers?: HeaderMap }).headers = new HeaderMap([['retry-after', String(retryAfterSeconds)]]);
  return error;
}

/** Keys hold no personal data in clear: an email is counted by its hash. */
export function rateLimitKey(value: string): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 40);
}

/**
 * The counters of every rate-limited action, kept in PostgreSQL so a limit holds across all API processes.
 * Counting uses its own small pool, outside the request's transaction: a refused or failed request rolls back,
 * its counted attempt must not.
 */
export class RateLimits {
  private readonly limiters: Record<RateLimitedAction, RateLimiterPostgres>;

  constructor(private readonly pool: Pool, table: RateLimitTable) {
    this.limiters = Object.fromEntries(
      (Object.keys(RATE_LIMITS) as RateLimitedAction[]).map((action, index) => [
        action,
        new RateLimiterPostgres({
          storeClient: pool,
          storeType: 'pool',
          tableName: RATE_LIMIT_TABLE,
          tableCreated: true,
          // One limiter sweeps expired counters of every action; five would run the same delete.
          clearExpiredByTimeout: index === 0,
          keyPrefix: action,
          points: table[action].points,
          duration: table[action].durationSeconds,
        }),
      ]),
    ) as Record<RateLimitedAction, RateLimiterPostgres>;
  }

  /** Counts one attempt; throws RATE_LIMITED when it goes over the action's limit. */
  async consume(action: RateLimitedAction, key: string): Promise<void> {
    try {
      await this.limiters[action].consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
      throw rejection;
    }
  }

  /** Gives back an attempt that turned out legitimate (a successful login does not count against its address). */
  async reward(action: RateLimitedAction, key: string): Promise<void> {
    await this.limiters[action].reward(key);
  }

  /** Starts an action's count for a key again (a successful login ends a run of wrong passwords). */
  async reset(action: RateLimitedAction, key: string): Promise<void> {
    await this.limiters[action].delete(key);
  }

  /** Closes the counters' pool. */
  async close(): Promise<void> {
    await this.pool.end();
  }

  /** The counters as one request uses them: keyed by its client address unless told otherwise. */
  forRequest(clientAddress: string): RequestRateLimits {
    return {
      clientAddress,
      consume: (action, key = clientAddress) => this.consume(action, key),
      reward: (action, key = clientAddress) => this.reward(action, key),
      reset: (action, key = clientAddress) => this.reset(action, key),
    };
  }
}

/** The rate limits of one request (RequestContext.rateLimits). */
export interface RequestRateLimits {
  /** The client's address (behind a proxy: as TRUST_PROXY allows Express to read it). */
  clientAddress: string;
  consume(action: RateLimitedAction, key?: string): Promise<void>;
  reward(action: RateLimitedAction, key?: string): Promise<void>;
  reset(action: RateLimitedAction, key?: string): Promise<void>;
}

/** The rate limits of one API process: counters in the API's database, through a pool of their own (a few connections). */
export function createRateLimits(orm: MikroORM, config: AppConfig, logger: Pick<Logger, 'warn'>): RateLimits {
  const pool = new Pool({ connectionString: orm.config.get('clientUrl'), max: 3 });
  // An idle connection the server drops must not bring the process down; the next count reconnects.
  pool.on('error', (error) => logger.warn({ err: error }, 'rate-limit pool: an idle connection failed'));
  return new RateLimits(pool, config.protection.rateLimits);
}
