import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { readProtectionConfig, type ProtectionConfig } from './abuse/protection-config';

/** How the process runs: development shows internals in errors, production refuses unsafe defaults. */
export type RunMode = 'development' | 'test' | 'production';

/** The NODE_ENV values the platform runs with; unset is production, anything else ("prod", "Production", "staging") refuses to start. */
export const RUN_MODES: readonly RunMode[] = ['development', 'test', 'production'];

/** Every setting of the platform, read once from the environment and validated. */
export interface AppConfig {
  mode: RunMode;
  port: number;
  /** Owner connection (migrations, seeds). Undefined means: start an embedded PostgreSQL. Never set while serving in production. */
  databaseUrl?: string;
  /** Login role the API connects as (a member of the privilege role `ece_app` when named otherwise). */
  appDbRole: string;
  /** Password of the application role, used where the process derives the app URL itself (development, test, embedded). */
  appDbPassword: string;
  /** Explicit application-role URL; required to serve in production. */
  appDatabaseUrl?: string;
  /** Production on the embedded server: only when asked for with ALLOW_EMBEDDED_DATABASE_IN_PRODUCTION=1. */
  embeddedInProduction: boolean;
  embedded: { dataDir: string; port: number; password: string };
  jwt: { secret: string; expiresInSeconds: number };
  /** Host-name suffix whose first label names a society, e.g. "csee.eval.example.cn". */
  societyHostSuffix?: string;
  /** Largest file an upload may carry. */
  fileMaxBytes: number;
  /** Signed download addresses (`fileDownloadUrl`): the HMAC key and how long an address works. */
  fileUrls: { secret: string; ttlSeconds: number };
  /** Share of each society submission the federation committee reviews in depth, in percent. */
  federationSamplePercent: number;
  /** Unified registration number: {year}, {society}, {seq:N} (N digits). */
  registrationNumberFormat: string;
  /** Public address of the platform: certificates' QR codes point to {publicBaseUrl}/verify/<number>. */
  publicBaseUrl: string;
  logSql: boolean;
  /** pino level of the structured log (silent in tests unless LOG_LEVEL says otherwise). */
  logLevel: string;
  /** /metrics: served only when enabled; a token, when set, must come as `Authorization: Bearer <token>`. */
  metrics: { enabled: boolean; token?: string };
  /** After SIGTERM/SIGINT, how long a graceful shutdown may take before the ORM and database are stopped anyway. */
  shutdownTimeoutMs: number;
  /** Query limits, rate limits, upload quota, CORS origins, trusted proxies (src/abuse). */
  protection: ProtectionConfig;
  /** How many GraphQL requests one process executes at once; more wait their turn (src/http/request-concurrency.ts). */
  graphqlConcurrency: number;
  /** How many GraphQL requests may wait for a slot; beyond that a request is answered SERVER_BUSY (503) at once. */
  graphqlQueueLimit: number;
  /** Longest a statement / an idle open transaction may hold a pooled connection before PostgreSQL ends it. */
  dbTimeouts: { statementMs: number; idleInTransactionMs: number };
  /** The offline GraphiQL explorer (/explorer, /graphql in a browser): development only unless GRAPHQL_EXPLORER=1. */
  explorer: boolean;
  /**
   * The work queue's pages rendered by PostgreSQL (src/read-path), on unless RENDERED_PAGES=0: off, graphql-js answers
   * every request, with the same answers (the switch lets an operator rule the renderer out without a release).
   */
  renderedPages: boolean;
  /** Outgoing email (notifications, sign-up verification, password reset). */
  email: EmailConfig;
  /**
   * Background jobs (src/jobs): on unless JOBS_ENABLED=0 (tests start them only when asked). Every process may run
   * them: pg-boss hands each run to one process; JOBS_SCHEDULE=0 keeps a process from keeping the cron schedules.
   */
  jobs: { enabled: boolean; schedule: boolean; poolMax: number; pollingIntervalSeconds: number };
  /**
   * Live progress (GraphQL subscriptions over WebSocket, src/live): how long a socket may stay without its
   * connection_init, how many subscriptions one connection may hold, how many events one subscription may fall behind.
   */
  live: { connectionInitTimeoutMs: number; maxSubscriptionsPerConnection: number; maxPendingEvents: number };
}

/** How messages leave: SMTP when configured; otherwise (development, test) a JSON file per message under `mailDir`. */
export interface EmailConfig {
  /** Off: messages stay in the outbox (in-app still works); nobody can complete a sign-up. */
  enabled: boolean;
  from: string;
  smtp?: { host: string; port: number; secure: boolean; user?: string; pass?: string };
  /** The JSON transport's directory (development and test only). */
  mailDir: string;
  /** Links in mails start here (the frontend's address), e.g. https://eval.example.cn. */
  linkBaseUrl: string;
  /** How long a sign-up or password-reset token works. */
  tokenTtlSeconds: number;
  /** Delivery: attempts before a message is FAILED, first retry delay (doubling), lease of one attempt. */
  maxAttempts: number;
  retryBaseSeconds: number;
  leaseSeconds: number;
}

/** Email settings; production with email on needs SMTP_HOST, MAIL_FROM and PUBLIC_APP_URL (no silent file transport). */
function readEmailConfig(env: NodeJS.ProcessEnv, mode: RunMode, problems: string[]): EmailConfig {
  const enabled = readSwitch(env, 'EMAIL_ENABLED', true, problems);
  const smtp = env.SMTP_HOST
    ? {
        host: env.SMTP_HOST,
        port: readInt(env, 'SMTP_PORT', 587, problems),
        secure: readFlag(env, 'SMTP_SECURE'),
        user: env.SMTP_USER || undefined,
        pass: env.SMTP_PASSWORD || undefined,
      }
    : undefined;
  if (smtp && (smtp.user === undefined) !== (smtp.pass === undefined)) problems.push('SMTP_USER and SMTP_PASSWORD must be set together');
  if (mode === 'production' && enabled) {
    if (!smtp) problems.push('SMTP_HOST must be set in production while email is enabled (EMAIL_ENABLED=0 turns email off)');
    if (!env.MAIL_FROM) problems.push('MAIL_FROM must be set in production while email is enabled');
    if (!env.PUBLIC_APP_URL) problems.push('PUBLIC_APP_URL must be set in production while email is enabled (links in mails)');
  }
  const linkBaseUrl = env.PUBLIC_APP_URL || 'http://localhost:4000';
  if (!/^https?:\/\//.test(linkBaseUrl)) problems.push('PUBLIC_APP_URL must be an http(s) URL');
  return {
    enabled,
    from: env.MAIL_FROM || 'ECE Platform <no-reply@localhost>',
    smtp,
    mailDir: path.resolve(env.MAIL_DIR || '.data/mail'),
    linkBaseUrl: linkBaseUrl.replace(/\/+$/, ''),
    tokenTtlSeconds: readInt(env, 'ACCOUNT_TOKEN_TTL_SECONDS', 24 * 3600, problems),
    maxAttempts: Math.max(1, readInt(env, 'MAIL_MAX_ATTEMPTS', 8, problems)),
    retryBaseSeconds: readInt(env, 'MAIL_RETRY_BASE_SECONDS', 60, problems),
    leaseSeconds: Math.max(1, readInt(env, 'MAIL_LEASE_SECONDS', 300, problems)),
  };
}

/** Raised when the environment holds a setting the platform cannot run with. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
}

/** The local development database's app-role password; the embedded server only listens on 127.0.0.1. Never used in production. */
const LOCAL_APP_DB_PASSWORD = 'ece_app_dev_password';
const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

function readInt(env: NodeJS.ProcessEnv, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    problems.push(`${name} must be a non-negative integer, got "${raw}"`);
    return fallback;
  }
  return value;
}

/** An on/off switch whose unset value depends on the mode; anything but 1/true/0/false is a problem (fail closed). */
function readSwitch(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === '1' || raw === 'true') return true;
  if (raw === '0' || raw === 'false') return false;
  problems.push(`${name} must be 1, true, 0 or false, got "${raw}"`);
  return false;
}

/** A flag that is on only when set to 1 or true. */
function readFlag(env: NodeJS.ProcessEnv, name: string): boolean {
  return env[name] === '1' || env[name] === 'true';
}

/** Unset means production (fail closed: development is asked for explicitly); an unknown value refuses to start. */
function readMode(raw: string | undefined, problems: string[]): RunMode {
  if (raw === undefined || raw === '') return 'production';
  if (RUN_MODES.includes(raw as RunMode)) return raw as RunMode;
  // A typo ("prod", "Production", "staging") must neither run with development's internals nor guess.
  problems.push(`NODE_ENV must be exactly development, production or test (unset means production), got "${raw}"`);
  return 'production';
}

function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** Production serves only with explicit secrets and the app role's own URL, never the owner's. */
function productionProblems(env: NodeJS.ProcessEnv, config: AppConfig): string[] {
  const problems: string[] = [];
  if (!env.JWT_SECRET) problems.push('JWT_SECRET must be set in production');
  if (config.embeddedInProduction) {
    if (!env.APP_DB_PASSWORD) problems.push('APP_DB_PASSWORD must be set in production');
    if (!env.EMBEDDED_PG_PASSWORD) problems.push('EMBEDDED_PG_PASSWORD must be set in production');
    return problems;
  }
  if (config.databaseUrl) {
    problems.push('DATABASE_URL (the owner) must not be given to the serving process in production: run `npm run migrate` with it, serve with APP_DATABASE_URL');
  }
  if (!config.appDatabaseUrl) {
    problems.push('APP_DATABASE_URL must be set in production (or ALLOW_EMBEDDED_DATABASE_IN_PRODUCTION=1 for the embedded server)');
  }
  return problems;
}

/** PUBLIC_BASE_URL without a trailing slash; a printed QR code outlives the process, so it must be an http(s) URL. */
function readPublicBaseUrl(env: NodeJS.ProcessEnv, problems: string[]): string {
  const raw = (env.PUBLIC_BASE_URL || `http://localhost:${env.PORT || 4000}`).replace(/\/+$/, '');
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') problems.push('PUBLIC_BASE_URL must be an http:// or https:// URL');
  } catch {
    problems.push('PUBLIC_BASE_URL must be an http:// or https:// URL');
  }
  return raw;
}

/** Reads and validates the configuration; throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const mode = readMode(env.NODE_ENV, problems);
  // Without JWT_SECRET, development and test sign with a secret of their own process: never a known value.
  const jwtSecret = env.JWT_SECRET || randomBytes(32).toString('hex');
  if (jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters long');

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !isPostgresUrl(databaseUrl)) problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  const appDatabaseUrl = env.APP_DATABASE_URL || undefined;
  if (appDatabaseUrl && !isPostgresUrl(appDatabaseUrl)) problems.push('APP_DATABASE_URL must be a postgres:// or postgresql:// URL');
  const appDbRole = env.APP_DB_ROLE || 'ece_app';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(appDbRole)) problems.push(`APP_DB_ROLE must be a lower-case SQL identifier, got "${appDbRole}"`);
  const logLevel = env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info');
  if (!LOG_LEVELS.has(logLevel)) problems.push(`LOG_LEVEL must be one of ${[...LOG_LEVELS].join(', ')}, got "${logLevel}"`);
  const metricsToken = env.METRICS_TOKEN || undefined;
  if (metricsToken !== undefined && metricsToken.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters long');

  const config: AppConfig = {
    mode,
    port: readInt(env, 'PORT', 4000, problems),
    databaseUrl,
    appDbRole,
    appDbPassword: env.APP_DB_PASSWORD || (mode === 'production' ? '' : LOCAL_APP_DB_PASSWORD),
    appDatabaseUrl,
    embeddedInProduction: mode === 'production' && readFlag(env, 'ALLOW_EMBEDDED_DATABASE_IN_PRODUCTION'),
    embedded: {
      dataDir: path.resolve(env.EMBEDDED_PG_DIR || '.data/postgres'),
      port: readInt(env, 'EMBEDDED_PG_PORT', 54329, problems),
      password: env.EMBEDDED_PG_PASSWORD || 'postgres',
    },
    jwt: { secret: jwtSecret, expiresInSeconds: readInt(env, 'JWT_EXPIRES_IN_SECONDS', 8 * 3600, problems) },
    societyHostSuffix: env.SOCIETY_HOST_SUFFIX || undefined,
    fileMaxBytes: readInt(env, 'FILE_MAX_BYTES', 10 * 1024 * 1024, problems),
    fileUrls: {
      // Without a key of its own, one derived from JWT_SECRET (shared by every replica already), never the same bytes.
      secret: env.FILE_URL_SECRET || createHmac('sha256', jwtSecret).update('ece file download addresses').digest('hex'),
      ttlSeconds: readInt(env, 'FILE_URL_TTL_SECONDS', 300, problems),
    },
    federationSamplePercent: readInt(env, 'FEDERATION_SAMPLE_PERCENT', 30, problems),
    registrationNumberFormat: env.REGISTRATION_NUMBER_FORMAT || 'CSE-{grade}-{year}-{seq:6}',
    publicBaseUrl: readPublicBaseUrl(env, problems),
    logSql: readFlag(env, 'LOG_SQL'),
    logLevel,
    // Production exposes /metrics only behind a token; elsewhere it is open unless a token is set.
    metrics: { enabled: mode !== 'production' || metricsToken !== undefined, token: metricsToken },
    shutdownTimeoutMs: readInt(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, problems),
    protection: readProtectionConfig(env, problems),
    graphqlConcurrency: readInt(env, 'GRAPHQL_CONCURRENCY', 4, problems),
    graphqlQueueLimit: readInt(env, 'GRAPHQL_QUEUE_LIMIT', 200, problems),
    dbTimeouts: {
      statementMs: readInt(env, 'DB_STATEMENT_TIMEOUT_MS', 15_000, problems),
      idleInTransactionMs: readInt(env, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS', 30_000, problems),
    },
    email: readEmailConfig(env, mode, problems),
    jobs: {
      enabled: readSwitch(env, 'JOBS_ENABLED', mode !== 'test', problems),
      schedule: readSwitch(env, 'JOBS_SCHEDULE', true, problems),
      poolMax: readInt(env, 'JOBS_POOL_MAX', 4, problems),
      pollingIntervalSeconds: readInt(env, 'JOBS_POLLING_INTERVAL_SECONDS', 2, problems),
    },
    live: {
      connectionInitTimeoutMs: readInt(env, 'LIVE_CONNECTION_INIT_TIMEOUT_MS', 5_000, problems),
      maxSubscriptionsPerConnection: readInt(env, 'LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION', 10, problems),
      maxPendingEvents: readInt(env, 'LIVE_MAX_PENDING_EVENTS', 500, problems),
    },
    // The explorer needs introspection; production shows neither unless an operator asks for it.
    explorer: readSwitch(env, 'GRAPHQL_EXPLORER', mode === 'development', problems),
    renderedPages: readSwitch(env, 'RENDERED_PAGES', true, problems),
  };
  if (mode === 'production' && problems.every((problem) => !problem.startsWith('NODE_ENV'))) problems.push(...productionProblems(env, config));
  if (config.live.connectionInitTimeoutMs < 100) problems.push('LIVE_CONNECTION_INIT_TIMEOUT_MS must be at least 100');
  if (config.live.maxSubscriptionsPerConnection < 1) problems.push('LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION must be at least 1');
  if (config.live.maxPendingEvents < 1) problems.push('LIVE_MAX_PENDING_EVENTS must be at least 1');
  if (config.graphqlConcurrency < 1) problems.push('GRAPHQL_CONCURRENCY must be at least 1');
  if (config.jobs.poolMax < 1) problems.push('JOBS_POOL_MAX must be at least 1');
  if (config.jobs.pollingIntervalSeconds < 1) problems.push('JOBS_POLLING_INTERVAL_SECONDS must be at least 1 (pg-boss polls no faster)');
  if (env.FILE_URL_SECRET && env.FILE_URL_SECRET.length < 32) problems.push('FILE_URL_SECRET must be at least 32 characters long');
  // A download address is for showing a file now (<img src>), not for sharing: minutes, never days.
  if (config.fileUrls.ttlSeconds < 10 || config.fileUrls.ttlSeconds > 3600) problems.push('FILE_URL_TTL_SECONDS must be between 10 and 3600');
  if (config.federationSamplePercent > 100) problems.push('FEDERATION_SAMPLE_PERCENT must be between 0 and 100');
  // Seed 000 numbers by grade; each year and grade counts on its own, so both must be in the number to keep it unique.
  for (const part of ['{seq', '{grade}', '{year}']) {
    if (!config.registrationNumberFormat.includes(part)) problems.push(`REGISTRATION_NUMBER_FORMAT must contain ${part === '{seq' ? '{seq:N}' : part}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** What `npm run migrate` needs: the owner's URL, and the app role to create or keep. */
export interface MigrationConfig {
  databaseUrl: string;
  appDbRole: string;
  /** Used only when the app role does not exist yet; an existing role keeps its password. */
  appDbPassword?: string;
}

/** Reads the migration command's settings; throws ConfigError listing every problem at once. */
export function loadMigrationConfig(env: NodeJS.ProcessEnv = process.env): MigrationConfig {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL || '';
  if (!isPostgresUrl(databaseUrl)) problems.push('DATABASE_URL must be the owner\'s postgres:// or postgresql:// URL');
  const appDbRole = env.APP_DB_ROLE || 'ece_app';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(appDbRole)) problems.push(`APP_DB_ROLE must be a lower-case SQL identifier, got "${appDbRole}"`);
  if (problems.length > 0) throw new ConfigError(problems);
  return { databaseUrl, appDbRole, appDbPassword: env.APP_DB_PASSWORD || undefined };
}
