import { buildSchema, isEnumType } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CATALOGUE } from '../../src/errors/error-catalogue';
import { namesBothLanguages } from '../../src/http/request-locale';
import { LoginDocument, SignUpDocument } from '../generated/operations';
import { startTestApp, type TestApp } from '../helpers/test-app';

const committedSchema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema/schema.graphql'), 'utf8'));

describe('the ErrorCode enum of the committed schema', () => {
  const errorCode = committedSchema.getType('ErrorCode');

  it('has exactly one value per catalogue code, in the catalogue order', () => {
    if (!isEnumType(errorCode)) throw new Error('schema/schema.graphql has no enum ErrorCode');
    expect(errorCode.getValues().map((value) => value.name).sort()).toEqual(Object.keys(ERROR_CATALOGUE).sort());
  });

  it('documents each code with its HTTP status and both messages', () => {
    if (!isEnumType(errorCode)) throw new Error('schema/schema.graphql has no enum ErrorCode');
    const undocumented = errorCode.getValues().filter((value) => {
      const entry = ERROR_CATALOGUE[value.name as keyof typeof ERROR_CATALOGUE];
      return !value.description?.includes(`HTTP ${entry.status}`) || !value.description.includes(entry.en) || !value.description.includes(entry.zh);
    });
    expect(undocumented.map((value) => value.name)).toEqual([]);
  });

  it('is what README points to instead of a hand-kept list', () => {
    const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
    const errors = readme.slice(readme.indexOf('## Errors'), readme.indexOf('\n## ', readme.indexOf('## Errors') + 1));
    expect(errors).toContain('enum ErrorCode');
    // A hand-kept list drifts (it named 20 of 54 codes): no more than the three codes the prose explains.
    const named = Object.keys(ERROR_CATALOGUE).filter((code) => errors.includes(`\`${code}\``));
    expect(named.length).toBeLessThanOrEqual(3);
  });
});

describe('Accept-Language naming both languages', () => {
  it.each([
    ['zh-CN,zh;q=0.9,en;q=0.8', true],
    ['en, zh;q=0.5', true],
    ['zh-CN', false],
    ['en-US,en;q=0.9', false],
    ['en, zh;q=0', false],
    [undefined, false],
  ])('%s → %s', (header, both) => {
    expect(namesBothLanguages(header)).toBe(both);
  });
});

describe('errors in both languages', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const wrongLogin = { email: 'nobody@example.test', password: 'x'.repeat(10) };

  it('carries messageZh and messageEn, the request language first, when Accept-Language names both', async () => {
    const zhFirst = await app.gql(LoginDocument, wrongLogin, { language: 'zh-CN,zh;q=0.9,en;q=0.8' });
    expect(zhFirst.errors?.[0].message).toBe(ERROR_CATALOGUE.INVALID_CREDENTIALS.zh);
    expect(zhFirst.errors?.[0].extensions).toEqual({ code: 'INVALID_CREDENTIALS', messageZh: ERROR_CATALOGUE.INVALID_CREDENTIALS.zh, messageEn: ERROR_CATALOGUE.INVALID_CREDENTIALS.en });
    expect(Object.keys(zhFirst.errors?.[0].extensions ?? {})).toEqual(['code', 'messageZh', 'messageEn']);

    const enFirst = await app.gql(LoginDocument, wrongLogin, { language: 'en-GB, zh;q=0.5' });
    expect(enFirst.errors?.[0].message).toBe(ERROR_CATALOGUE.INVALID_CREDENTIALS.en);
    expect(Object.keys(enFirst.errors?.[0].extensions ?? {})).toEqual(['code', 'messageEn', 'messageZh']);
  });

  it.each([
    ['en', ['code', 'messageEn', 'messageZh'], ERROR_CATALOGUE.INVALID_CREDENTIALS.en],
    ['zh-CN', ['code', 'messageZh', 'messageEn'], ERROR_CATALOGUE.INVALID_CREDENTIALS.zh],
    [undefined, ['code', 'messageZh', 'messageEn'], ERROR_CATALOGUE.INVALID_CREDENTIALS.zh],
  ])('carries both languages in every error, the request language (%s) first', async (language, keys, message) => {
    const answer = await app.gql(LoginDocument, wrongLogin, language ? { language } : {});
    expect(answer.errors?.[0]).toMatchObject({ message });
    expect(answer.errors?.[0].extensions).toEqual({ code: 'INVALID_CREDENTIALS', messageZh: ERROR_CATALOGUE.INVALID_CREDENTIALS.zh, messageEn: ERROR_CATALOGUE.INVALID_CREDENTIALS.en });
    expect(Object.keys(answer.errors?.[0].extensions ?? {})).toEqual(keys);
  });

  it('gives each issue of a refused input both messages and keeps field and params', async () => {
    const result = await app.gql(SignUpDocument, { input: { email: 'weak@example.test', password: 'password', displayName: '弱密码' } }, { society: 'CSEE', language: 'en, zh;q=0.5' });
    const extensions = result.errors?.[0].extensions as { code: string; field: string; messageEn: string; messageZh: string; issues: Array<Record<string, string>> };
    expect(extensions.code).toBe('WEAK_PASSWORD');
    expect(extensions.field).toBe('input.password');
    expect(extensions.messageEn).toMatch(/^The password is not acceptable/);
    expect(extensions.messageZh).toMatch(/^密码不符合要求/);
    expect(extensions.issues.length).toBeGreaterThan(0);
    for (const issue of extensions.issues) {
      expect(issue.message).toBe(issue.messageEn);
      expect(issue.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('answers a malformed document in both languages too', async () => {
    const parse = await app.raw({ query: '{ societies { code ' }, { language: 'zh, en;q=0.1' });
    const error = (parse.json as { errors: Array<{ message: string; extensions: Record<string, string> }> }).errors[0];
    expect(error.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(error.message).toBe(error.extensions.messageZh);
    expect(error.extensions.messageEn).toMatch(/^GraphQL syntax error: Syntax Error/);
  });
});
