import { ConfigError, loadConfig } from '../../src/config';
import { parseAcceptLanguage } from '../../src/http/request-locale';

describe('loadConfig', () => {
  it('has working development defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ mode: 'development', port: 4000, databaseUrl: undefined, embedded: { port: 54329 } });
    expect(config.embedded.dataDir).toMatch(/\.data[/\\]postgres$/);
  });

  it('refuses production with the development secrets, naming each', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ NODE_ENV: 'production' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual(['JWT_SECRET must be set in production', 'APP_DB_PASSWORD must be set in production']);
    }
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), APP_DB_PASSWORD: 'p' }).mode).toBe('production');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a non-negative integer, got "abc"'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET must be at least 32 characters long'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL'],
  ])('refuses %j', (env, problem) => {
    expect(() => loadConfig(env)).toThrow(problem);
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
