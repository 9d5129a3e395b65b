import http from 'node:http';
import { startTestApp, type TestApp } from '../helpers/test-app';

// One request at a time and nobody may wait: the second request in flight meets a full line.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ GRAPHQL_CONCURRENCY: '1', GRAPHQL_QUEUE_LIMIT: '0' });
});
afterAll(() => app.close());

const QUERY = JSON.stringify({ query: '{ societies { code } }' });

/** A POST to /graphql that sends its headers and part of its body, then holds its slot until `finish` sends the rest. */
function heldRequest(url: string): { finish: () => Promise<{ status: number; body: string }> } {
  let request!: http.ClientRequest;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY) } }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on('error', reject);
  });
  request.write(QUERY.slice(0, 10));
  return {
    finish: () => {
      request.end(QUERY.slice(10));
      return answer;
    },
  };
}

describe('the waiting line of GraphQL requests', () => {
  it('answers a request beyond it SERVER_BUSY (503, Retry-After, both languages) and still serves the one in flight', async () => {
    const first = heldRequest(app.server.url);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refused = await app.raw(QUERY, { language: 'en' });
    expect(refused.status).toBe(503);
    const error = (refused.json as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0].extensions;
    expect(error.code).toBe('SERVER_BUSY');
    expect(error.messageEn).toBe('The server is busy; try again in 1 seconds.');
    expect(error.messageZh).toBe('服务器繁忙，请 1 秒后重试。');
    const served = await first.finish();
    expect(served.status).toBe(200);
    expect(JSON.parse(served.body).data.societies.length).toBe(14);
    // The slot is free again: the next request is served.
    const after = await app.raw(QUERY);
    expect(after.status).toBe(200);
  });
});
