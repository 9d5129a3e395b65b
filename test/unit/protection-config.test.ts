import { isAllowedOrigin } from '../../src/abuse/security-middleware';
import { loadConfig } from '../../src/config';

describe('protection settings', () => {
  it('has defaults for every limit', () => {
    const { protection } = loadConfig({ NODE_ENV: 'test' });
    expect(protection.queryLimits).toEqual({ tokens: 1000, depth: 8, aliases: 30, directives: 30, cost: 3000 });
    expect(protection.rateLimits.loginFailuresPerAccount).toEqual({ points: 10, durationSeconds: 900 });
    expect(protection.uploadQuota).toEqual({ maxFiles: 100, maxBytes: 200 * 1024 * 1024 });
    expect(protection.corsOrigins).toEqual([]);
    expect(protection.trustProxy).toBe(false);
  });

  it('reads each from the environment', () => {
    const { protection } = loadConfig({
      NODE_ENV: 'test',
      QUERY_MAX_DEPTH: '12', RATE_LIMIT_SIGN_UP: '5/60', UPLOAD_QUOTA_FILES: '7',
      CORS_ORIGINS: 'https://a.example.cn, http://localhost:5173/', TRUST_PROXY: '1',
    });
    expect(protection.queryLimits.depth).toBe(12);
    expect(protection.rateLimits.signUpPerAddress).toEqual({ points: 5, durationSeconds: 60 });
    expect(protection.uploadQuota.maxFiles).toBe(7);
    expect(protection.corsOrigins).toEqual(['https://a.example.cn', 'http://localhost:5173']);
    expect(protection.trustProxy).toBe(1);
  });

  it.each([
    [{ QUERY_MAX_TOKENS: '0' }, 'QUERY_MAX_TOKENS must be a positive integer, got "0"'],
    [{ RATE_LIMIT_LOGIN_ACCOUNT: '10' }, 'RATE_LIMIT_LOGIN_ACCOUNT must be "points/seconds" (e.g. "10/900"), got "10"'],
    [{ CORS_ORIGINS: 'https://a.example.cn/path' }, 'CORS_ORIGINS entries must be origins such as https://portal.example.cn, got "https://a.example.cn/path"'],
  ])('refuses %j', (env, problem) => {
    expect(() => loadConfig({ NODE_ENV: 'test', ...env })).toThrow(problem);
  });

  it.each([
    ['https://portal.example.cn', true],
    ['https://csee.eval.example.cn', true],
    ['https://eval.example.cn', false],
    ['https://x.csee.eval.example.cn', false],
    ['https://csee.eval.example.cn.attacker.example', false],
    ['https://attackereval.example.cn', false],
    ['null', false],
  ])('origin %s allowed: %s', (origin, allowed) => {
    const config = loadConfig({ NODE_ENV: 'test', CORS_ORIGINS: 'https://portal.example.cn', SOCIETY_HOST_SUFFIX: '.eval.example.cn' });
    expect(isAllowedOrigin(origin, config)).toBe(allowed);
    // The suffix may be written without its leading dot, as for the tenant scope.
    expect(isAllowedOrigin(origin, { ...config, societyHostSuffix: 'eval.example.cn' })).toBe(allowed);
  });
});
