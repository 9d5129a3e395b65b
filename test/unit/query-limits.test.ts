import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getIntrospectionQuery, parse, print, separateOperations } from 'graphql';
import { measureQuery, QUERY_LIMITS, type QueryLimitName, type QueryLimits } from '../../src/abuse/query-limits';
import { loadConfig } from '../../src/config';

const root = path.join(__dirname, '../..');
const schema = buildSchema(readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8'));
const defaults = loadConfig({ NODE_ENV: 'test' }).protection.queryLimits;

/** Every operation of schema/operations as its own document (with the fragments it uses), and the landing page's introspection. */
function committedDocuments(): Array<[string, string]> {
  const documents: Array<[string, string]> = [];
  for (const file of readdirSync(path.join(root, 'schema/operations'))) {
    const operations = separateOperations(parse(readFileSync(path.join(root, 'schema/operations', file), 'utf8')));
    for (const [name, document] of Object.entries(operations)) documents.push([`${file} ${name}`, print(document)]);
  }
  const introspection = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true });
  documents.push(['introspection (the explorer)', introspection]);
  return documents;
}

// "Far below": at most a third of each count limit and a tenth of the cost estimate; depth, where each level can
// multiply the answer, at least two levels under the limit.
const MARGIN: Record<QueryLimitName, (limit: number) => number> = {
  tokens: (limit) => limit / 3,
  aliases: (limit) => limit / 3,
  directives: (limit) => limit / 3,
  cost: (limit) => limit / 10,
  depth: (limit) => limit - 2,
};

describe('query limits against the committed operations', () => {
  const documents = committedDocuments();

  it('covers every operation document', () => {
    expect(documents.length).toBeGreaterThan(80);
  });

  it.each(documents)('%s stays far below every default limit', (_name, source) => {
    const measured = measureQuery(schema, source, defaults);
    expect(measured.exceeded).toEqual([]);
    for (const name of Object.keys(QUERY_LIMITS) as QueryLimitName[]) {
      expect({ name, measured: measured.measures[name] ?? 0 }).toEqual({ name, measured: expect.any(Number) });
      expect(measured.measures[name] ?? 0).toBeLessThanOrEqual(MARGIN[name](defaults[name]));
    }
  });
});

describe('query limits refuse each excess with its own code', () => {
  const limits: QueryLimits = { tokens: 1000, depth: 8, aliases: 30, directives: 30, cost: 3000 };
  // A document of depth `levels` as graphql-armor counts it: levels − 1 nested objects and their scalar leaf.
  const chain = (levels: number) => {
    const names = ['engineeringFields', 'societies', 'fields'];
    let selection = 'code';
    for (let level = levels - 2; level >= 0; level -= 1) selection = `${names[level === 0 ? 0 : 1 + ((level - 1) % 2)]} { code ${selection} }`;
    return `{ ${selection} }`;
  };

  it.each([
    ['tokens', `{ grades { ${'code '.repeat(996)}} }`, { limit: 'tokens', max: 1000 }],
    ['depth', chain(9), { limit: 'depth', max: 8, found: 9 }],
    ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: grades { code }`).join(' ')} }`, { limit: 'aliases', max: 30, found: 31 }],
    ['directives', `{ grades { ${'code @include(if: true) '.repeat(31)}} }`, { limit: 'directives', max: 30, found: 31 }],
    ['cost', '{ applications(first: 300) { edges { node { id } } } }', { limit: 'cost', max: 3000, found: 3863 }],
  ])('%s', (_name, source, exceeded) => {
    const measured = measureQuery(schema, source, limits);
    expect(measured.exceeded).toEqual([{ ...exceeded, code: QUERY_LIMITS[exceeded.limit as QueryLimitName].code }]);
  });

  it('is within every limit one step below each', () => {
    for (const source of [`{ grades { ${'code '.repeat(995)}} }`, chain(8), `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: grades { code }`).join(' ')} }`]) {
      expect(measureQuery(schema, source, limits).exceeded).toEqual([]);
    }
  });

  it('stops counting tokens at the limit: a 100,000-field document costs no more than a short one', () => {
    const huge = `{ grades { ${'code '.repeat(100_000)}} }`;
    const started = process.hrtime.bigint();
    expect(measureQuery(schema, huge, limits).exceeded.map((entry) => entry.code)).toEqual(['QUERY_TOO_MANY_TOKENS']);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(200);
  });
});
