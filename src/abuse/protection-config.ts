import { QUERY_LIMITS, type QueryLimitName, type QueryLimits } from './query-limits';
import { RATE_LIMITS, type RateLimitedAction, type RateLimitTable } from './rate-limit-table';

/** What an upload may add per account: files and bytes in all. */
export interface UploadQuota {
  maxFiles: number;
  maxBytes: number;
}

/** The settings of the protections against abuse: query limits, rate limits, upload quota, CORS and proxies. */
export interface ProtectionConfig {
  queryLimits: QueryLimits;
  rateLimits: RateLimitTable;
  uploadQuota: UploadQuota;
  /** Browser origins allowed to call the API (besides the society hosts under SOCIETY_HOST_SUFFIX). */
  corsOrigins: string[];
  /** Express' "trust proxy": which proxies may name the client address (X-Forwarded-For). */
  trustProxy: boolean | number | string;
}

/** Defaults of the upload quota: a dossier needs at most 12 attached files, supplements and retries included this is far above. */
export const UPLOAD_QUOTA_DEFAULTS = {
  maxFiles: { env: 'UPLOAD_QUOTA_FILES', default: 100 },
  maxBytes: { env: 'UPLOAD_QUOTA_BYTES', default: 200 * 1024 * 1024 },
} as const;

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    problems.push(`${name} must be a positive integer, got "${raw}"`);
    return fallback;
  }
  return value;
}

function rateLimit(env: NodeJS.ProcessEnv, action: RateLimitedAction, problems: string[]) {
  const { env: name, points, durationSeconds } = RATE_LIMITS[action];
  const raw = env[name];
  if (raw === undefined || raw === '') return { points, durationSeconds };
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(raw.trim());
  if (!match || Number(match[1]) < 1 || Number(match[2]) <= 0) {
    problems.push(`${name} must be "points/seconds" (e.g. "10/900"), got "${raw}"`);
    return { points, durationSeconds };
  }
  return { points: Number(match[1]), durationSeconds: Number(match[2]) };
}

function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  return /^\d+$/.test(raw) ? Number(raw) : raw;
}

/** Reads the protections' settings from the environment; problems are added to the configuration's list. */
export function readProtectionConfig(env: NodeJS.ProcessEnv, problems: string[]): ProtectionConfig {
  const queryLimits = Object.fromEntries(
    (Object.keys(QUERY_LIMITS) as QueryLimitName[]).map((name) => [name, positiveInt(env, QUERY_LIMITS[name].env, QUERY_LIMITS[name].default, problems)]),
  ) as QueryLimits;
  const rateLimits = Object.fromEntries(
    (Object.keys(RATE_LIMITS) as RateLimitedAction[]).map((action) => [action, rateLimit(env, action, problems)]),
  ) as RateLimitTable;
  const corsOrigins = (env.CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim().replace(/\/$/, '')).filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`CORS_ORIGINS entries must be origins such as https://portal.example.cn, got "${origin}"`);
  }
  return {
    queryLimits,
    rateLimits,
    uploadQuota: {
      maxFiles: positiveInt(env, UPLOAD_QUOTA_DEFAULTS.maxFiles.env, UPLOAD_QUOTA_DEFAULTS.maxFiles.default, problems),
      maxBytes: positiveInt(env, UPLOAD_QUOTA_DEFAULTS.maxBytes.env, UPLOAD_QUOTA_DEFAULTS.maxBytes.default, problems),
    },
    corsOrigins,
    trustProxy: trustProxy(env.TRUST_PROXY),
  };
}
