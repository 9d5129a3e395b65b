import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmOptions } from '../../src/db/orm-config';
import { startServer, type RunningServer } from '../../src/http/server';
import { startTestApp, type TestApp } from '../helpers/test-app';

const PORTAL = 'https://portal.example.cn';
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ CORS_ORIGINS: `${PORTAL}, http://localhost:5173`, SOCIETY_HOST_SUFFIX: '.eval.example.cn' });
});
afterAll(() => app.close());

const preflight = (path: string, origin: string) =>
  fetch(app.server.url.replace('/graphql', path), {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type,x-society' },
  });

describe('CORS', () => {
  it.each([
    ['a listed origin', '/graphql', PORTAL],
    ['a listed development origin', '/graphql', 'http://localhost:5173'],
    ['a society host under SOCIETY_HOST_SUFFIX', '/graphql', 'https://csee.eval.example.cn'],
    ['a listed origin, file upload', '/files', PORTAL],
  ])('answers the preflight of %s with 204 and the allow headers', async (_case, path, origin) => {
    const response = await preflight(path, origin);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-allow-headers')?.toLowerCase().split(',')).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-society', 'x-file-name']));
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });

  it.each([
    ['an unknown origin', 'https://evil.example'],
    ['a look-alike of a society host', 'https://csee.eval.example.cn.evil.example'],
    ['two labels under the suffix', 'https://a.csee.eval.example.cn'],
  ])('gives %s no allow-origin header', async (_case, origin) => {
    const response = await preflight('/graphql', origin);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(app.server.url, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ grades { code } }' }) });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets an allowed origin read the answer and the Retry-After header', async () => {
    const response = await fetch(app.server.url, { method: 'POST', headers: { origin: PORTAL, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ grades { code } }' }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });
});

describe('security headers', () => {
  it.each([
    ['GraphQL', 'POST', '/graphql'],
    ['liveness', 'GET', '/healthz'],
    ['files', 'GET', '/files/00000000-0000-4000-8000-000000000000'],
  ])('are on %s answers', async (_case, method, path) => {
    const response = await fetch(app.server.url.replace('/graphql', path), {
      method,
      headers: { 'content-type': 'application/json', 'x-society': 'CSEE' },
      body: method === 'POST' ? JSON.stringify({ query: '{ grades { code } }' }) : undefined,
    });
    expect({
      csp: response.headers.get('content-security-policy'),
      nosniff: response.headers.get('x-content-type-options'),
      hsts: response.headers.get('strict-transport-security'),
      frame: response.headers.get('x-frame-options'),
      referrer: response.headers.get('referrer-policy'),
      poweredBy: response.headers.get('x-powered-by'),
      status: response.status,
    }).toEqual({
      status: path.startsWith('/files') ? 404 : 200,
      csp: "default-src 'none';frame-ancestors 'none'",
      nosniff: 'nosniff',
      hsts: expect.stringMatching(/^max-age=\d+/),
      frame: 'SAMEORIGIN',
      referrer: 'no-referrer',
      poweredBy: null,
    });
  });

  describe('in development', () => {
    let development: RunningServer;
    let orm: MikroORM;
    beforeAll(async () => {
      orm = await MikroORM.init(createOrmOptions(app.appUrl, { poolMax: 2 }));
      development = await startServer(orm, { ...app.config, mode: 'development', explorer: true }, 0);
    });
    afterAll(async () => {
      await development.close();
      await orm.close(true);
    });

    it("serves the offline explorer, not Apollo's landing page, under a Content-Security-Policy of this origin only", async () => {
      const response = await fetch(development.url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toContain('apollographql.com');
      expect(html).toContain('graphiql');
      expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self';/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('keeps the strict policy on GraphQL answers in development too', async () => {
      const response = await fetch(development.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ grades { code } }' }) });
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    });
  });
});
