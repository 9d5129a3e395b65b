import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  ApiError, createClient, EngineeringFieldDocument, ErrorCode, LoginDocument, MeDocument, SocietyBrandingDocument, UpdateSocietyBrandingDocument,
} from '../../client/src';
import { ERROR_CATALOGUE } from '../../src/errors/error-catalogue';
import { staffOf } from '../helpers/dossier';
import { createAccount } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

const ROOT = path.resolve(__dirname, '../..');

describe('the committed operations', () => {
  it('use every Query, Mutation and Subscription root field at least once', () => {
    const schema = buildSchema(readFileSync(path.join(ROOT, 'schema/schema.graphql'), 'utf8'));
    const used = new Set<string>();
    for (const file of readdirSync(path.join(ROOT, 'schema/operations')).filter((name) => name.endsWith('.graphql'))) {
      const document = parse(readFileSync(path.join(ROOT, 'schema/operations', file), 'utf8'));
      for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')) {
        const root = operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
        for (const selection of operation.selectionSet.selections) if (selection.kind === 'Field') used.add(`${root}.${selection.name.value}`);
      }
    }
    const roots = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!];
    const rootFields = roots.flatMap((root) => Object.keys(root.getFields()).map((field) => `${root.name}.${field}`));
    expect(rootFields.length).toBeGreaterThan(100);
    expect(rootFields.filter((field) => !used.has(field))).toEqual([]);
  });
});

describe('the client package', () => {
  it('exports the ErrorCode enum with exactly the catalogue codes', () => {
    expect(Object.values(ErrorCode).sort()).toEqual(Object.keys(ERROR_CATALOGUE).sort());
  });

  it('type-checks on its own (strict, DOM lib, no Node types)', () => {
    // Also built by `npm run client:build` in pretest; here so that a bare `jest` run checks it too.
    expect(() => execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'client/tsconfig.json', '--noEmit'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
  });
});

describe('the client against the API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('logs in, then sends the token, the society and the language', async () => {
    const account = await createAccount(app);
    const anonymous = createClient({ url: app.server.url });
    const { login } = await anonymous.request(LoginDocument, { email: account.email, password: account.password });
    const client = createClient({ url: app.server.url, token: () => login?.token, society: undefined, language: 'en' });
    const { me } = await client.request(MeDocument);
    expect(me?.email).toBe(account.email);
    const field = await anonymous.request(EngineeringFieldDocument, { code: 'ELECTRICAL' });
    expect(field.engineeringField?.societies?.map((society) => society.code)).toEqual(expect.arrayContaining(['CSEE', 'CES']));
  });

  it('maps errors to the typed codes, with both languages and the field', async () => {
    const client = createClient({ url: app.server.url, language: 'en' });
    const refusal = await client.request(LoginDocument, { email: 'nobody@example.test', password: 'x'.repeat(10) }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    const error = refusal as ApiError;
    expect(error.code).toBe(ErrorCode.InvalidCredentials);
    expect(error.status).toBe(401);
    expect(error.message).toBe(ERROR_CATALOGUE.INVALID_CREDENTIALS.en);
    expect(error.errors[0]).toMatchObject({ messageEn: ERROR_CATALOGUE.INVALID_CREDENTIALS.en, messageZh: ERROR_CATALOGUE.INVALID_CREDENTIALS.zh });

    const staff = await staffOf(app, 'CSEE');
    const asStaff = createClient({ url: app.server.url, token: staff.token, society: 'CSEE' });
    const bad = (await asStaff.request(UpdateSocietyBrandingDocument, { input: { primaryColor: 'blue' } }).catch((e: unknown) => e)) as ApiError;
    expect([bad.code, bad.field]).toEqual([ErrorCode.BadUserInput, 'input.primaryColor']);
    expect(bad.message).toBe(bad.errors[0].messageZh);
    const saved = await asStaff.request(UpdateSocietyBrandingDocument, { input: { primaryColor: '#336699' } });
    expect(saved.updateSocietyBranding?.primaryColor).toBe('#336699');
    expect((await asStaff.request(SocietyBrandingDocument, { code: 'CSEE' })).society?.primaryColor).toBe('#336699');
  });
});
