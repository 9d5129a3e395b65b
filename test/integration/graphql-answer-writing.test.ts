import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const QUERY = '{ grades { code } }';

describe('how a GraphQL answer is written (src/http/graphql-http.ts)', () => {
  it('writes a POST answer as JSON with its byte length and no ETag', async () => {
    const response = await fetch(app.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: JSON.stringify({ query: QUERY }) });
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('x-request-id')).toBeTruthy();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const text = bytes.toString('utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect((JSON.parse(text) as { data: { grades: unknown[] } }).data.grades.length).toBeGreaterThan(0);
  });

  it('counts the bytes of an answer in Chinese, not its characters, and ends it with the newline', async () => {
    const response = await fetch(app.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'zh' }, body: JSON.stringify({ query: '{ grades { code name } }' }) });
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    expect(text.length).toBeLessThan(bytes.length);
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
    expect(text.endsWith('}\n')).toBe(true);
    expect((JSON.parse(text) as { data: { grades: Array<{ name: string }> } }).data.grades.some((grade) => /[\u4e00-\u9fff]/.test(grade.name))).toBe(true);
  });

  it('writes an error answer of a POST the same way, in the language asked for', async () => {
    const response = await fetch(app.server.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: JSON.stringify({ query: '{ grades { nope } }' }) });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(response.headers.get('etag')).toBeNull();
    expect(text.endsWith('}\n')).toBe(true);
    expect((JSON.parse(text) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
  });

  it('still answers a GET query through express, with its ETag (a conditional GET may be answered 304) and the newline', async () => {
    const response = await fetch(`${app.server.url}?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toMatch(/^W\//);
    expect((await response.text()).endsWith('}\n')).toBe(true);
  });
});
