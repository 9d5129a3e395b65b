import { MikroORM } from '@mikro-orm/postgresql';
import { createOrmOptions } from '../../src/db/orm-config';
import { startServer, type RunningServer } from '../../src/http/server';
import { GradesDocument } from '../generated/operations';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Answer = { status: number; json: { data?: unknown; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
const ask = async (query: string, language = 'en') => (await app.raw({ query }, { language })) as Answer;

/** `engineeringFields{societies{fields{societies…}}}` with `objectLevels` nested lists, each asking for its code. */
function nestedReferenceQuery(objectLevels: number): string {
  let selection = 'code';
  for (let level = objectLevels - 1; level >= 0; level -= 1) {
    const name = level === 0 ? 'engineeringFields' : level % 2 === 1 ? 'societies' : 'fields';
    selection = `${name} { code ${selection} }`;
  }
  return `{ ${selection} }`;
}

describe('query limits over HTTP', () => {
  it('refuses a query repeating one field 100,000 times at once, and /healthz answers meanwhile', async () => {
    const query = `{ grades { ${'code '.repeat(100_000)}} }`;
    expect(query.length).toBeGreaterThan(500_000);
    const started = Date.now();
    const refused = ask(query).then((answer) => ({ answer, ms: Date.now() - started }));
    // While the big query is in flight, the event loop must stay free for liveness checks.
    const health = fetch(app.server.url.replace('/graphql', '/healthz')).then(async (response) => ({ status: response.status, ms: Date.now() - started }));
    const [{ answer, ms }, healthz] = await Promise.all([refused, health]);
    expect(answer.status).toBe(400);
    expect(answer.json.errors?.map((error) => error.extensions)).toEqual([{
      code: 'QUERY_TOO_MANY_TOKENS', params: { limit: 1000 },
      messageEn: 'The query is too long: it exceeds the limit of 1000 tokens.', messageZh: '查询过长：超过 1000 个词法单元的上限。',
    }]);
    expect(answer.json.data).toBeUndefined();
    expect(ms).toBeLessThan(2000);
    expect(healthz).toMatchObject({ status: 200 });
    expect(healthz.ms).toBeLessThan(2000);
  }, 30_000);

  it('refuses engineeringFields{societies{fields{societies…}}} 11 levels deep, anonymous', async () => {
    const query = nestedReferenceQuery(11);
    expect(query.length).toBeLessThan(400);
    const answer = await ask(query);
    expect(answer.status).toBe(400);
    expect(answer.json.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', params: { limit: 8, found: 12 } });
    expect(answer.json.errors?.[0].message).toBe('The query is nested too deeply: depth 12, the limit is 8.');
  });

  it('answers a nested reference query within the depth limit', async () => {
    const answer = await ask(nestedReferenceQuery(4));
    expect(answer.status).toBe(200);
    expect(answer.json.errors).toBeUndefined();
  });

  it('refuses 1,000 aliases of a nested reference query', async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: engineeringFields { specialties { code scopeText } }`).join(' ')} }`;
    const started = Date.now();
    const answer = await ask(query);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(answer.status).toBe(400);
    // A thousand aliases take more tokens than a real query ever does: refused while parsing, before counting aliases.
    expect(answer.json.errors?.[0].extensions.code).toBe('QUERY_TOO_MANY_TOKENS');
  });

  it.each([
    ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: grades { code }`).join(' ')} }`, 'QUERY_TOO_MANY_ALIASES', { limit: 30, found: 31 },
      '查询使用的别名过多：31 个，上限为 30 个。'],
    ['directives', `{ grades { ${'code @include(if: true) '.repeat(31)}} }`, 'QUERY_TOO_MANY_DIRECTIVES', { limit: 30, found: 31 },
      '查询使用的指令过多：31 个，上限为 30 个。'],
    ['cost', '{ applications(first: 300) { edges { node { id } } } }', 'QUERY_TOO_COSTLY', { limit: 3000, found: 3863 }, '查询开销过大：估算为 3863，上限为 3000。'],
    ['tokens', `{ grades { ${'code '.repeat(996)}} }`, 'QUERY_TOO_MANY_TOKENS', { limit: 1000 }, '查询过长：超过 1000 个词法单元的上限。'],
  ])('refuses too many %s with its own code, in Chinese by default', async (_limit, query, code, params, messageZh) => {
    const answer = (await app.raw({ query }, { language: 'zh-CN' })) as Answer;
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toMatchObject([{ message: messageZh, extensions: { code, params, messageZh } }]);
  });

  it('checks every document of a GET request too', async () => {
    const response = await fetch(`${app.server.url}?query=${encodeURIComponent(nestedReferenceQuery(11))}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as Answer['json']).errors?.[0].extensions.code).toBe('QUERY_TOO_DEEP');
  });

  it('lets a committed operation through', async () => {
    expect((await app.gql(GradesDocument)).errors).toBeUndefined();
  });
});

describe('field suggestions', () => {
  let production: RunningServer;
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init(createOrmOptions(app.appUrl, { poolMax: 2 }));
    production = await startServer(orm, { ...app.config, mode: 'production' }, 0);
  });
  afterAll(async () => {
    await production.close();
    await orm.close(true);
  });

  const misspelled = async (url: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: JSON.stringify({ query: '{ societis { code } }' }) });
    return ((await response.json()) as Answer['json']).errors?.[0];
  };

  it('names the field meant outside production', async () => {
    expect((await misspelled(app.server.url))?.message).toContain('Did you mean "societies"');
  });

  it('says nothing of the schema in production', async () => {
    const error = await misspelled(production.url);
    expect(error?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error?.message).toContain('Cannot query field "societis"');
    expect(error?.message).not.toContain('Did you mean');
  });
});
