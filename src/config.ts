import path from 'node:path';

/** How the process runs: development shows internals in errors, production refuses unsafe defaults. */
export type RunMode = 'development' | 'test' | 'production';

/** Every setting of the platform, read once from the environment and validated. */
export interface AppConfig {
  mode: RunMode;
  port: number;
  /** Owner connection (migrations, seeds). Undefined means: start an embedded PostgreSQL. */
  databaseUrl?: string;
  /** Password of the non-owner application role the API connects as. */
  appDbPassword: string;
  /** Explicit application-role URL; by default derived from the owner URL with the app role's name. */
  appDatabaseUrl?: string;
  embedded: { dataDir: string; port: number; password: string };
  jwt: { secret: string; expiresInSeconds: number };
  /** Host-name suffix whose first label names a society, e.g. "csee.eval.example.cn". */
  societyHostSuffix?: string;
  /** Largest file an upload may carry. */
  fileMaxBytes: number;
  /** Share of each society submission the federation committee reviews in depth, in percent. */
  federationSamplePercent: number;
  /** Unified registration number: {year}, {society}, {seq:N} (N digits). */
  registrationNumberFormat: string;
  logSql: boolean;
}

/** Raised when the environment holds a setting the platform cannot run with. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
}

const DEVELOPMENT_JWT_SECRET = 'development-only-secret-do-not-use-in-production';
const DEVELOPMENT_APP_DB_PASSWORD = 'ece_app_dev_password';

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

function readMode(raw: string | undefined): RunMode {
  if (raw === 'production' || raw === 'test') return raw;
  return 'development';
}

/** Reads and validates the configuration; throws ConfigError listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const mode = readMode(env.NODE_ENV);
  const jwtSecret = env.JWT_SECRET || DEVELOPMENT_JWT_SECRET;
  const appDbPassword = env.APP_DB_PASSWORD || DEVELOPMENT_APP_DB_PASSWORD;

  // Development defaults are public knowledge: production must bring its own secrets.
  if (mode === 'production') {
    if (jwtSecret === DEVELOPMENT_JWT_SECRET) problems.push('JWT_SECRET must be set in production');
    if (appDbPassword === DEVELOPMENT_APP_DB_PASSWORD) problems.push('APP_DB_PASSWORD must be set in production');
  }
  if (jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters long');

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }

  const config: AppConfig = {
    mode,
    port: readInt(env, 'PORT', 4000, problems),
    databaseUrl,
    appDbPassword,
    appDatabaseUrl: env.APP_DATABASE_URL || undefined,
    embedded: {
      dataDir: path.resolve(env.EMBEDDED_PG_DIR || '.data/postgres'),
      port: readInt(env, 'EMBEDDED_PG_PORT', 54329, problems),
      password: env.EMBEDDED_PG_PASSWORD || 'postgres',
    },
    jwt: { secret: jwtSecret, expiresInSeconds: readInt(env, 'JWT_EXPIRES_IN_SECONDS', 8 * 3600, problems) },
    societyHostSuffix: env.SOCIETY_HOST_SUFFIX || undefined,
    fileMaxBytes: readInt(env, 'FILE_MAX_BYTES', 10 * 1024 * 1024, problems),
    federationSamplePercent: readInt(env, 'FEDERATION_SAMPLE_PERCENT', 30, problems),
    registrationNumberFormat: env.REGISTRATION_NUMBER_FORMAT || 'CSE-{grade}-{year}-{seq:6}',
    logSql: env.LOG_SQL === '1' || env.LOG_SQL === 'true',
  };
  if (config.federationSamplePercent > 100) problems.push('FEDERATION_SAMPLE_PERCENT must be between 0 and 100');
  // Seed 000 numbers by grade; each year and grade counts on its own, so both must be in the number to keep it unique.
  for (const part of ['{seq', '{grade}', '{year}']) {
    if (!config.registrationNumberFormat.includes(part)) problems.push(`REGISTRATION_NUMBER_FORMAT must contain ${part === '{seq' ? '{seq:N}' : part}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
