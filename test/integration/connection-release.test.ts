import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Issue 16: every request path releases its pooled connection. Each case below is sent more often than the pool
 * has connections (10); if any path left its connection (and open transaction) behind, the normal query and
 * /readyz after it would wait forever for a connection.
 */
describe('every request path releases its database connection', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const graphqlUrl = () => app.server.url;
  const json = { 'content-type': 'application/json' };

  // One row per way a request can end before, during or after execution.
  const PATHS: Array<[string, () => Promise<Response>]> = [
    ['variables that are not an object', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{"query":"{__typename}","variables":true}' })],
    ['extensions that are not an object', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{"query":"{__typename}","extensions":1}' })],
    ['operationName that is not a string', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{"query":"{__typename}","operationName":1}' })],
    ['a query that is not a string', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{"query":{"kind":"Document"}}' })],
    ['an empty JSON object', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{}' })],
    ['a JSON array (batch)', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '[{"query":"{__typename}"}]' })],
    ['a body that is not JSON', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{"query":' })],
    ['a wrong content type', () => fetch(graphqlUrl(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{__typename}"}' })],
    ['no query at all', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{"variables":{}}' })],
    ['a parse error', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{"query":"{"}' })],
    ['a validation error', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{"query":"{ noSuchField }"}' })],
    ['variables of the wrong type', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: JSON.stringify({ query: 'query($id: ID!) { application(id: $id) { id } }', variables: { id: true } }) })],
    ['an unknown operationName', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }) })],
    ['two operations and no operationName', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: JSON.stringify({ query: 'query A { __typename } query B { __typename }' }) })],
    ['a GET query', () => fetch(`${graphqlUrl()}?query=${encodeURIComponent('{__typename}')}`)],
    ['a GET mutation', () => fetch(`${graphqlUrl()}?query=${encodeURIComponent('mutation { removeWorkingDayOverride(date: "2026-01-01") }')}`)],
    ['a GET with variables that are not JSON', () => fetch(`${graphqlUrl()}?query=${encodeURIComponent('{__typename}')}&variables=nope`)],
    ['a GET with a foreign content type', () => fetch(`${graphqlUrl()}?query=${encodeURIComponent('{__typename}')}`, { headers: { 'content-type': 'text/plain' } })],
    ['an Accept header the server cannot serve', () => fetch(graphqlUrl(), { method: 'POST', headers: { ...json, accept: 'text/html' }, body: '{"query":"{__typename}"}' })],
    ['a PUT', () => fetch(graphqlUrl(), { method: 'PUT', headers: json, body: '{"query":"{__typename}"}' })],
    ['a forged token', () => fetch(graphqlUrl(), { method: 'POST', headers: { ...json, authorization: 'Bearer not-a-token' }, body: '{"query":"{__typename}"}' })],
    ['an unknown society', () => fetch(graphqlUrl(), { method: 'POST', headers: { ...json, 'x-society': 'NOPE' }, body: '{"query":"{__typename}"}' })],
    ['a refused mutation', () => fetch(graphqlUrl(), { method: 'POST', headers: json, body: JSON.stringify({ query: 'mutation { removeWorkingDayOverride(date: "2026-01-01") }' }) })],
  ];

  /** Answers within a deadline or fails: a pool left without connections makes these wait forever. */
  async function withinSeconds<T>(seconds: number, work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${seconds}s: the pool is exhausted`)), seconds * 1000);
    });
    try {
      return await Promise.race([work, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function stillServing(): Promise<void> {
    const query = await withinSeconds(5, fetch(graphqlUrl(), { method: 'POST', headers: json, body: '{"query":"{ grades { code } }"}' }));
    expect(query.status).toBe(200);
    const ready = await withinSeconds(5, fetch(graphqlUrl().replace('/graphql', '/readyz')));
    expect(ready.status).toBe(200);
  }

  it.each(PATHS)('15 requests with %s leave the API serving', async (_name, send) => {
    for (let i = 0; i < 15; i += 1) {
      const response = await withinSeconds(5, send());
      await response.arrayBuffer();
    }
    await stillServing();
  });

  it('holds no connection once the responses are out', async () => {
    for (const [, send] of PATHS) await (await withinSeconds(5, send())).arrayBuffer();
    // The pool's idle connections are fine; none may be inside a transaction.
    const pool = (app.orm.em.getDriver().getConnection().getKnex().client as { pool: { numUsed(): number } }).pool;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pool.numUsed()).toBe(0);
  });
});

describe('PostgreSQL ends what outlives the configured timeouts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '300', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '500' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('cancels a statement running longer than DB_STATEMENT_TIMEOUT_MS', async () => {
    await expect(app.orm.em.fork().execute('select pg_sleep(2)')).rejects.toThrow(/statement timeout/);
  });

  it('ends a transaction left idle longer than DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, and the pool serves on', async () => {
    const em = app.orm.em.fork();
    await em.begin();
    await em.execute('select 1');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await expect(em.execute('select 1')).rejects.toThrow();
    await em.rollback().catch(() => undefined);
    const ready = await fetch(app.server.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
  });
});
