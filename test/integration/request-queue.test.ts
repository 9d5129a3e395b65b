import http from 'node:http';
import { Client } from 'pg';
import { startTestApp, type TestApp } from '../helpers/test-app';

// One request at a time and nobody may wait: the second request in flight meets a full line.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ GRAPHQL_CONCURRENCY: '1', GRAPHQL_QUEUE_LIMIT: '0' });
});
afterAll(() => app.close());

const QUERY = JSON.stringify({ query: '{ societies { code } }' });
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

describe('the waiting line of GraphQL requests', () => {
  it('answers a request beyond it SERVER_BUSY (503, Retry-After, both languages) and still serves the one in flight', async () => {
    // The owner locks the society table: a request listing societies holds the only slot until the lock is let go.
    const owner = new Client({ connectionString: app.ownerUrl });
    await owner.connect();
    try {
      await owner.query('begin');
      await owner.query('lock table society in access exclusive mode');
      const first = app.raw(QUERY);
      await settle();
      const refused = await app.raw(QUERY, { language: 'en' });
      expect(refused.status).toBe(503);
      const error = (refused.json as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0].extensions;
      expect(error.code).toBe('SERVER_BUSY');
      expect(error.messageEn).toBe('The server is busy; try again in 1 seconds.');
      expect(error.messageZh).toBe('服务器繁忙，请 1 秒后重试。');
      await owner.query('rollback');
      const served = await first;
      expect(served.status).toBe(200);
      expect((served.json as { data: { societies: unknown[] } }).data.societies.length).toBe(14);
    } finally {
      await owner.end();
    }
    // The slot is free again: the next request is served.
    expect((await app.raw(QUERY)).status).toBe(200);
  });

  it('gives no slot to a client still sending its body: another request is served meanwhile', async () => {
    // Headers and part of the body now, the rest when the other request has been answered.
    let slow!: http.ClientRequest;
    const slowAnswer = new Promise<number>((resolve, reject) => {
      slow = http.request(app.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY) } }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      slow.on('error', reject);
    });
    slow.write(QUERY.slice(0, 10));
    await settle();
    expect((await app.raw(QUERY)).status).toBe(200);
    slow.end(QUERY.slice(10));
    expect(await slowAnswer).toBe(200);
  });
});
