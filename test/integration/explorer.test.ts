import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../../src/config';
import { createOrmOptions } from '../../src/db/orm-config';
import { startServer, type RunningServer } from '../../src/http/server';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let orm: MikroORM;
beforeAll(async () => {
  app = await startTestApp();
  orm = await MikroORM.init(createOrmOptions(app.appUrl, { poolMax: 2 }));
});
afterAll(async () => {
  await orm.close(true);
  await app.close();
});

/** Every src= and href= of a page. */
function referencedAssets(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
}

describe('the explorer in development', () => {
  let server: RunningServer;
  let origin: string;
  beforeAll(async () => {
    server = await startServer(orm, { ...app.config, mode: 'development', explorer: true }, 0);
    origin = server.url.replace('/graphql', '');
  });
  afterAll(() => server.close());

  it.each([
    ['/graphql opened in a browser', '/graphql', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'],
    ['/explorer', '/explorer', 'text/html'],
  ])('serves GraphiQL at %s, naming no other host', async (_case, path, accept) => {
    const response = await fetch(`${origin}${path}`, { headers: { accept } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('loads every asset the page references from the API itself: GraphiQL, React, ReactDOM and its start script', async () => {
    const html = await (await fetch(`${origin}/explorer`)).text();
    const assets = referencedAssets(html);
    expect(assets.map((asset) => asset.split('/').pop())).toEqual([
      'graphiql.min.css', 'react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'start-explorer.js',
    ]);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/explorer\/assets\/graphiql-3\.8\.3-react-18\.3\.1\//);
      const response = await fetch(`${origin}${asset}`);
      expect([asset, response.status]).toEqual([asset, 200]);
      const body = await response.text();
      expect(body.length).toBeGreaterThan(100);
      expect(response.headers.get('content-type')).toMatch(asset.endsWith('.css') ? /^text\/css/ : /^text\/javascript/);
      // A stylesheet could still pull fonts or images from a CDN: GraphiQL's are data: URIs.
      if (asset.endsWith('.css')) expect(body).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    }
    const start = await (await fetch(`${origin}${assets[assets.length - 1]}`)).text();
    expect(start).toContain('GraphiQL.createFetcher');
    expect(start).not.toMatch(/https?:\/\//);
  });

  it('answers GraphQL clients at /graphql as before, and the explorer can introspect', async () => {
    const get = await fetch(`${server.url}?query=${encodeURIComponent('{ grades { code } }')}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    const introspection = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __type(name: "ErrorCode") { enumValues { name } } }' }) });
    const body = (await introspection.json()) as { data: { __type: { enumValues: Array<{ name: string }> } } };
    expect(body.data.__type.enumValues.map((value) => value.name)).toContain('INVALID_CREDENTIALS');
  });
});

describe('the explorer in production', () => {
  it.each([
    ['/explorer', 'text/html'],
    ['/graphql', 'text/html'],
    ['/explorer/assets/graphiql-3.8.3-react-18.3.1/graphiql.min.js', '*/*'],
  ])('is 404 at %s unless GRAPHQL_EXPLORER enables it', async (path, accept) => {
    const production = await startServer(orm, { ...app.config, mode: 'production', explorer: false }, 0);
    try {
      const response = await fetch(production.url.replace('/graphql', path), { headers: { accept } });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('graphiql');
    } finally {
      await production.close();
    }
  });

  it('serves it, with introspection, when GRAPHQL_EXPLORER=1', async () => {
    const config = loadConfig({ ...process.env, NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40), APP_DATABASE_URL: app.appUrl, DATABASE_URL: '', GRAPHQL_EXPLORER: '1', EMAIL_ENABLED: '0' });
    expect(config.explorer).toBe(true);
    const production = await startServer(orm, { ...app.config, mode: 'production', explorer: config.explorer }, 0);
    try {
      expect((await fetch(production.url.replace('/graphql', '/explorer'))).status).toBe(200);
      const introspection = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
      expect(((await introspection.json()) as { data: unknown }).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await production.close();
    }
  });
});

describe('GRAPHQL_EXPLORER', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(40), APP_DATABASE_URL: 'postgres://ece_app@db/ece', EMAIL_ENABLED: '0' };
  it.each([
    ['development, unset', { NODE_ENV: 'development' }, true],
    ['development, switched off', { NODE_ENV: 'development', GRAPHQL_EXPLORER: '0' }, false],
    ['test, unset', { NODE_ENV: 'test' }, false],
    ['production, unset', production, false],
    ['production, asked for', { ...production, GRAPHQL_EXPLORER: 'true' }, true],
  ])('%s → %s', (_case, env, enabled) => {
    expect(loadConfig(env).explorer).toBe(enabled);
  });

  it('refuses anything but 1, true, 0 or false (fail closed)', () => {
    expect(() => loadConfig({ ...production, GRAPHQL_EXPLORER: 'yes' })).toThrow(/GRAPHQL_EXPLORER must be 1, true, 0 or false/);
  });
});
