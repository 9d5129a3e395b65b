import { ConfigError, loadConfig, loadMigrationConfig } from '../../src/config';
import { parseAcceptLanguage } from '../../src/http/request-locale';

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 's'.repeat(40),
  APP_DATABASE_URL: 'postgresql://ece_app:secret@db:5432/ece',
  SMTP_HOST: 'smtp.example.cn',
  MAIL_FROM: 'no-reply@example.cn',
  PUBLIC_APP_URL: 'https://eval.example.cn',
};

describe('loadConfig', () => {
  it('has working development defaults when development is asked for', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config).toMatchObject({ mode: 'development', port: 4000, databaseUrl: undefined, embedded: { port: 54329 }, appDbRole: 'ece_app', shutdownTimeoutMs: 10_000 });
    expect(config.embedded.dataDir).toMatch(/\.data[/\\]postgres$/);
  });

  it.each(['prod', 'Production', 'staging', 'dev', 'development '])('refuses to start with NODE_ENV=%j instead of falling back to development', (nodeEnv) => {
    expect(() => loadConfig({ NODE_ENV: nodeEnv, JWT_SECRET: 's'.repeat(40) })).toThrow(/NODE_ENV must be exactly development, production or test/);
  });

  it.each([undefined, ''])('treats NODE_ENV=%j as production, with all its requirements', (nodeEnv) => {
    expect(() => loadConfig({ NODE_ENV: nodeEnv })).toThrow(/JWT_SECRET must be set in production/);
    expect(loadConfig({ ...PRODUCTION, NODE_ENV: nodeEnv })).toMatchObject({ mode: 'production', metrics: { enabled: false } });
  });

  it('renders the work queue\'s pages with PostgreSQL unless RENDERED_PAGES=0, and refuses any other value', () => {
    expect(loadConfig(PRODUCTION).renderedPages).toBe(true);
    expect(loadConfig({ ...PRODUCTION, RENDERED_PAGES: '0' }).renderedPages).toBe(false);
    expect(loadConfig({ ...PRODUCTION, RENDERED_PAGES: 'true' }).renderedPages).toBe(true);
    expect(() => loadConfig({ ...PRODUCTION, RENDERED_PAGES: 'off' })).toThrow(/RENDERED_PAGES must be 1, true, 0 or false/);
  });

  it('never signs with a known secret: without JWT_SECRET each process has its own', () => {
    const first = loadConfig({ NODE_ENV: 'development' }).jwt.secret;
    const second = loadConfig({ NODE_ENV: 'test' }).jwt.secret;
    expect(first).not.toBe(second);
    expect(first).not.toBe('development-only-secret-do-not-use-in-production');
    expect(first.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses production without its secret and app-role URL, naming each', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'SMTP_HOST must be set in production while email is enabled (EMAIL_ENABLED=0 turns email off)',
        'MAIL_FROM must be set in production while email is enabled',
        'PUBLIC_APP_URL must be set in production while email is enabled (links in mails)',
        'JWT_SECRET must be set in production',
        'APP_DATABASE_URL must be set in production (or ALLOW_EMBEDDED_DATABASE_IN_PRODUCTION=1 for the embedded server)',
      ]);
    }
    expect(loadConfig(PRODUCTION)).toMatchObject({ mode: 'production', appDatabaseUrl: PRODUCTION.APP_DATABASE_URL, embeddedInProduction: false });
  });

  it('refuses the owner\'s DATABASE_URL in a production serving process', () => {
    expect(() => loadConfig({ ...PRODUCTION, DATABASE_URL: 'postgresql://owner:pw@db:5432/ece' })).toThrow(/DATABASE_URL \(the owner\) must not be given/);
  });

  it('runs production on the embedded database only when asked for, and then with explicit passwords', () => {
    const embedded = { NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), ALLOW_EMBEDDED_DATABASE_IN_PRODUCTION: '1' };
    expect(() => loadConfig({ ...embedded, EMAIL_ENABLED: '0' })).toThrow(/APP_DB_PASSWORD must be set in production[^]*EMBEDDED_PG_PASSWORD must be set in production/);
    expect(loadConfig({ ...embedded, EMAIL_ENABLED: '0', APP_DB_PASSWORD: 'p'.repeat(20), EMBEDDED_PG_PASSWORD: 'q'.repeat(20) })).toMatchObject({ embeddedInProduction: true });
  });

  it('serves /metrics in production only behind METRICS_TOKEN', () => {
    expect(loadConfig(PRODUCTION).metrics).toEqual({ enabled: false, token: undefined });
    expect(loadConfig({ ...PRODUCTION, METRICS_TOKEN: 't'.repeat(20) }).metrics).toEqual({ enabled: true, token: 't'.repeat(20) });
    expect(loadConfig({ NODE_ENV: 'development' }).metrics.enabled).toBe(true);
  });

  it('runs the background jobs wherever the API runs, except in tests unless asked for', () => {
    expect(loadConfig(PRODUCTION).jobs).toEqual({ enabled: true, schedule: true, poolMax: 4, pollingIntervalSeconds: 2 });
    expect(loadConfig({ NODE_ENV: 'development' }).jobs.enabled).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).jobs.enabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', JOBS_ENABLED: '1' }).jobs.enabled).toBe(true);
    expect(loadConfig({ ...PRODUCTION, JOBS_ENABLED: '0', JOBS_SCHEDULE: 'false' }).jobs).toMatchObject({ enabled: false, schedule: false });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a non-negative integer, got "abc"'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters long'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
    [{ APP_DB_ROLE: 'Robert"; drop' }, 'APP_DB_ROLE must be a lower-case SQL identifier'],
    [{ SHUTDOWN_TIMEOUT_MS: '-1' }, 'SHUTDOWN_TIMEOUT_MS must be a non-negative integer'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ METRICS_TOKEN: 'short' }, 'METRICS_TOKEN must be at least 16 characters long'],
    [{ JOBS_ENABLED: 'yes' }, 'JOBS_ENABLED must be 1, true, 0 or false, got "yes"'],
    [{ JOBS_POOL_MAX: '0' }, 'JOBS_POOL_MAX must be at least 1'],
    [{ JOBS_POLLING_INTERVAL_SECONDS: '0' }, 'JOBS_POLLING_INTERVAL_SECONDS must be at least 1'],
  ])('refuses %j', (env, problem) => {
    expect(() => loadConfig({ NODE_ENV: 'development', ...env })).toThrow(problem);
  });
});

describe('loadMigrationConfig', () => {
  it('needs the owner\'s DATABASE_URL; the app-role password only matters for creating the role', () => {
    expect(() => loadMigrationConfig({})).toThrow(/DATABASE_URL must be the owner/);
    expect(loadMigrationConfig({ DATABASE_URL: 'postgresql://owner@db/ece', APP_DB_ROLE: 'ece_api' })).toEqual({
      databaseUrl: 'postgresql://owner@db/ece', appDbRole: 'ece_api', appDbPassword: undefined,
    });
  });
});

describe('parseAcceptLanguage', () => {
  it.each([
    [undefined, 'zh'],
    ['en', 'en'],
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['fr-FR,en;q=0.5', 'en'],
    ['en;q=0.2,zh;q=0.8', 'zh'],
    ['de', 'zh'],
    ['en;q=0', 'zh'],
  ])('%s → %s', (header, locale) => {
    expect(parseAcceptLanguage(header)).toBe(locale);
  });
});

describe('loadConfig: email', () => {
  const { SMTP_HOST: _host, MAIL_FROM: _from, PUBLIC_APP_URL: _url, ...withoutEmail } = PRODUCTION;

  it('refuses production with email on (the default) and no SMTP, sender or link address, naming each', () => {
    expect(() => loadConfig(withoutEmail)).toThrow(ConfigError);
    try {
      loadConfig(withoutEmail);
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        'SMTP_HOST must be set in production while email is enabled (EMAIL_ENABLED=0 turns email off)',
        'MAIL_FROM must be set in production while email is enabled',
        'PUBLIC_APP_URL must be set in production while email is enabled (links in mails)',
      ]);
    }
  });

  it('serves production with email off only when asked for, and with SMTP when configured', () => {
    expect(loadConfig({ ...withoutEmail, EMAIL_ENABLED: '0' }).email).toMatchObject({ enabled: false, smtp: undefined });
    expect(loadConfig({ ...PRODUCTION, SMTP_PORT: '465', SMTP_SECURE: '1', SMTP_USER: 'u', SMTP_PASSWORD: 'p' }).email)
      .toMatchObject({ enabled: true, from: 'no-reply@example.cn', linkBaseUrl: 'https://eval.example.cn', smtp: { host: 'smtp.example.cn', port: 465, secure: true, user: 'u', pass: 'p' } });
    expect(() => loadConfig({ ...PRODUCTION, SMTP_USER: 'u' })).toThrow(/SMTP_USER and SMTP_PASSWORD must be set together/);
    expect(() => loadConfig({ ...PRODUCTION, EMAIL_ENABLED: 'yes' })).toThrow(/EMAIL_ENABLED must be 1, true, 0 or false/);
  });

  it('writes messages as JSON files under .data/mail in development unless SMTP is configured', () => {
    const email = loadConfig({ NODE_ENV: 'development' }).email;
    expect(email).toMatchObject({ enabled: true, smtp: undefined });
    expect(email.mailDir).toMatch(/\.data[/\\]mail$/);
    expect(loadConfig({ NODE_ENV: 'development', MAIL_DIR: '/tmp/x' }).email.mailDir).toBe('/tmp/x');
  });
});
