import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * The public GraphQL-over-HTTP audit suite (graphql-http) against the API, one case per audit. Every MUST audit
 * passes; a SHOULD/MAY audit that only warns is listed in WARNING_AUDITS with the reason we accept it, so a new
 * warning fails here until someone decides about it. Issue 16: the suite used to hang from its 35th case on.
 */
const LEGACY_200 = 'the API answers request errors with 400 and a catalogue code whatever the Accept header (auth.test.ts); '
  + 'the spec allows 4xx, and only recommends 200 for legacy application/json clients';
const CSRF_PREVENTION = "Apollo's CSRF prevention refuses a GET without a content-type or preflight header; we keep it";
const WARNING_AUDITS: Record<string, string> = {
  '572B': LEGACY_200, // SHOULD use 200 status code on document parsing failure when accepting application/json
  FDE2: LEGACY_200, // SHOULD use 200 status code on document validation failure when accepting application/json
  '7B9B': LEGACY_200, // SHOULD use a status code of 200 on variable coercion failure when accepting application/json
  '5A70': CSRF_PREVENTION, // MAY accept application/x-www-form-urlencoded formatted GET requests
  D6D5: CSRF_PREVENTION, // MAY allow URL-encoded JSON string {variables} parameter in GETs (graphql-response+json)
  '6A70': CSRF_PREVENTION, // MAY allow URL-encoded JSON string {variables} parameter in GETs (application/json)
};

describe('GraphQL over HTTP audits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const audits = serverAudits({ url: () => app.server.url, fetchFn: fetch });

  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    if (result.status === 'ok') return;
    const detail = `${result.status}: ${result.reason} ${JSON.stringify(await result.response.text().catch(() => ''))}`;
    // An error is a broken MUST: never accepted. A warning or notice passes only when it is listed above.
    if (result.status !== 'error' && WARNING_AUDITS[audit.id]) return;
    throw new Error(`${audit.id} ${detail}`);
  });
});
