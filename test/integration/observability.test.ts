import { Writable } from 'node:stream';
import { Client } from 'pg';
import { startServer, type RunningServer } from '../../src/http/server';
import { createLogger } from '../../src/observability/logger';
import { startTestApp, type TestApp } from '../helpers/test-app';

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  operation?: string;
  durationMs?: number;
  errorCodes?: string[];
  err?: { message: string; stack: string };
}

const SOCIETIES = 'query Societies { societies { code } }';

async function onOwner(app: TestApp, sql: string): Promise<void> {
  const client = new Client({ connectionString: app.ownerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('observability: structured logs, request ids and /metrics', () => {
  let app: TestApp;
  let server: RunningServer;
  const lines: LogLine[] = [];
  const origin = () => server.url.replace('/graphql', '');

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  beforeAll(async () => {
    app = await startTestApp();
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as LogLine);
        done();
      },
    });
    // A second server on the test app's database, logging to memory.
    server = await startServer(app.orm, app.config, 0, { logger: createLogger({ logLevel: 'info' }, sink) });
  });

  afterAll(async () => {
    await server?.close();
    await app?.close();
  });

  it('echoes a client X-Request-Id, or gives the request one, and logs one line per request', async () => {
    const echoed = await post(SOCIETIES, { 'x-request-id': 'trace-abc.123' });
    expect(echoed.headers.get('x-request-id')).toBe('trace-abc.123');
    const generated = await post(SOCIETIES, { 'x-request-id': 'not a token <script>' });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const line = lines.find((entry) => entry.msg === 'request' && entry.requestId === 'trace-abc.123');
    expect(line).toMatchObject({ level: 30, operation: 'Societies', durationMs: expect.any(Number) });
  });

  it('logs an INTERNAL error with its stack and sends the client only the code and a message', async () => {
    await onOwner(app, 'alter table society rename to society_moved_away');
    try {
      const response = await post(SOCIETIES, { 'x-request-id': 'broken-1', 'accept-language': 'en' });
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
      const text = JSON.stringify(body);
      expect(text).not.toMatch(/society_moved_away|relation|select|stack|\.ts:/i);

      const logged = lines.find((entry) => entry.msg === 'internal error' && entry.requestId === 'broken-1');
      expect(logged).toMatchObject({ level: 50, operation: 'Societies' });
      expect(logged?.err?.stack).toMatch(/relation "society" does not exist[^]*\n\s+at /);
      expect(lines.find((entry) => entry.msg === 'request' && entry.requestId === 'broken-1')?.errorCodes).toEqual(['INTERNAL_SERVER_ERROR']);

      // The file routes answer the same way: the code to the client, the stack to the log with the request id.
      const file = await fetch(`${origin()}/files/00000000-0000-4000-8000-000000000000`, { headers: { 'x-society': 'CSEE', 'x-request-id': 'broken-2', 'accept-language': 'en' } });
      expect([file.status, ((await file.json()) as { errors: Array<{ extensions: unknown }> }).errors[0].extensions]).toEqual([500, { code: 'INTERNAL_SERVER_ERROR', messageEn: 'Internal server error; please try again later.', messageZh: '服务器内部错误，请稍后重试。' }]);
      expect(lines.find((entry) => entry.msg === 'internal error' && entry.requestId === 'broken-2')?.err?.stack).toMatch(/relation "society" does not exist[^]*\n\s+at /);
    } finally {
      await onOwner(app, 'alter table society_moved_away rename to society');
    }
  });

  it('exposes request durations by operation, errors by code, pool use and event-loop lag on /metrics', async () => {
    await post('query { nope }');
    const response = await fetch(`${origin()}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/ece_graphql_request_duration_seconds_count\{operation="Societies",status="200"\} [1-9]/);
    // Two: the GraphQL request and the file request of the test above (one formatter counts both).
    expect(text).toMatch(/ece_graphql_errors_total\{code="INTERNAL_SERVER_ERROR"\} 2/);
    expect(text).toMatch(/ece_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} 1/);
    expect(text).toMatch(/ece_db_pool_connections\{state="used"\} \d+/);
    expect(text).toMatch(/ece_nodejs_eventloop_lag_seconds \d/);
  });

  it('keeps /metrics behind METRICS_TOKEN when one is set, and off in production without one', async () => {
    const token = 'metrics-token-0123456789';
    const guarded = await startServer(app.orm, { ...app.config, metrics: { enabled: true, token } }, 0, { logger: createLogger({ logLevel: 'silent' }) });
    const off = await startServer(app.orm, { ...app.config, metrics: { enabled: false } }, 0, { logger: createLogger({ logLevel: 'silent' }) });
    try {
      const at = (running: RunningServer) => running.url.replace('/graphql', '/metrics');
      expect((await fetch(at(guarded))).status).toBe(401);
      expect((await fetch(at(guarded), { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
      expect((await fetch(at(guarded), { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
      expect((await fetch(at(off))).status).toBe(404);
    } finally {
      await guarded.close();
      await off.close();
    }
  });
});
