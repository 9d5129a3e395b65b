import { buildSchema, execute, graphql, parse, type ExecutionResult } from 'graphql';
import { ApplicationStage, GrantRole } from '../../src/entities/enums';
import { applyFieldPolicies } from '../../src/policies/shield';

const schema = buildSchema(`
  type Query { open: Item, staffOnly: Item, undeclared: Item }
  type Item { name: String, secret: String, forgotten: String }
`);
const rootValue = { open: { name: 'n', secret: 's', forgotten: 'f' }, staffOnly: { name: 'n' }, undeclared: { name: 'n' } };

// A table that forgets Query.undeclared and Item.forgotten: both must be denied.
const guarded = applyFieldPolicies(schema, {
  Query: { open: 'public', staffOnly: 'societyStaff' },
  Item: { name: 'public', secret: 'authenticated' },
});

const anonymous = { scope: { societyIds: [], federation: false, crossTenant: false, roles: new Set() } };
const staff = {
  principal: { accountId: 'a', email: 'e', displayName: 'd', grants: [] },
  scope: { society: { id: 's', code: 'CSEE', status: 'ACTIVE' }, societyIds: ['s'], federation: false, crossTenant: false, roles: new Set([GrantRole.SOCIETY_STAFF]) },
};

describe('the generated shield', () => {
  it('lets public fields through, checks guarded ones, and denies what the table forgot', async () => {
    const result = await graphql({ schema: guarded, source: '{ open { name secret forgotten } staffOnly { name } undeclared { name } }', rootValue, contextValue: { ...anonymous } });
    expect(result.data).toEqual({ open: { name: 'n', secret: null, forgotten: null }, staffOnly: null, undeclared: null });
    // Anonymous: told to log in, not that the right is missing.
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual([
      ['open.forgotten', 'UNAUTHENTICATED'], ['open.secret', 'UNAUTHENTICATED'], ['staffOnly', 'UNAUTHENTICATED'], ['undeclared', 'UNAUTHENTICATED'],
    ]);
  });

  it('refuses a signed-in caller without the right with FORBIDDEN', async () => {
    const applicant = { ...staff, scope: { ...staff.scope, roles: new Set([GrantRole.APPLICANT]) } };
    const result = await graphql({ schema: guarded, source: '{ open { name forgotten } staffOnly { name } }', rootValue, contextValue: applicant });
    expect(result.data).toEqual({ open: { name: 'n', forgotten: null }, staffOnly: null });
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual([
      ['open.forgotten', 'FORBIDDEN'], ['staffOnly', 'FORBIDDEN'],
    ]);
  });

  it('allows a guarded field to a viewer who meets its condition', async () => {
    const result = await graphql({ schema: guarded, source: '{ staffOnly { name } }', rootValue, contextValue: { ...staff } });
    expect(result).toEqual({ data: { staffOnly: { name: 'n' } } });
  });
});

// The same wrapper on dossier objects: an application in the CSEE society, seen by CSEE staff or by an examiner.
const dossierSchema = applyFieldPolicies(
  buildSchema(`type Query { application: Application } type Application { id: ID, stage: String, mobile: String }`),
  { Query: { application: 'public' }, Application: { id: 'seesProcedure', stage: 'seesProcedure', mobile: 'seesContact' } },
);
const application = { id: 'app-1', societyId: 's', applicantId: 'someone-else', stage: ApplicationStage.MATERIAL_REVIEW, mobile: '13800000000' };
const requestOf = (subject: object) => ({ ...subject, dossierReads: { record: jest.fn() } });

describe('the patched graphql-shield (patches/graphql-shield+7.6.5.patch)', () => {
  it('resolves guarded fields synchronously when every rule decides synchronously', () => {
    const result = execute({ schema: guarded, document: parse('{ open { name secret } staffOnly { name } }'), rootValue, contextValue: { ...staff } });
    // Without the patch every guarded field is a promise, and so is the whole result.
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ data: { open: { name: 'n', secret: 's' }, staffOnly: { name: 'n' } } });
  });

  it('decides dossier fields synchronously from grant-based relations, and records the parts read', () => {
    const contextValue = requestOf({ ...staff, assessorRelations: () => new Set() });
    const result = execute({ schema: dossierSchema, document: parse('{ application { id stage mobile } }'), rootValue: { application }, contextValue });
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual({ data: { application: { id: 'app-1', stage: 'MATERIAL_REVIEW', mobile: '13800000000' } } });
    expect([...new Set(contextValue.dossierReads.record.mock.calls.map(([, part]) => part))].sort()).toEqual(['contact', 'procedure']);
  });

  it('still waits for relations that need the database (the assignments of an examiner), and still denies', async () => {
    const examiner = {
      principal: { accountId: 'x', email: 'e', displayName: 'd', grants: [] },
      scope: { society: { id: 's', code: 'CSEE', status: 'ACTIVE' }, societyIds: ['s'], federation: false, crossTenant: false, roles: new Set([GrantRole.EXAMINER]) },
      assessorRelations: () => Promise.resolve(new Set(['MATERIAL_REVIEWER'])),
    };
    const contextValue = requestOf(examiner);
    const pending = execute({ schema: dossierSchema, document: parse('{ application { id mobile } }'), rootValue: { application }, contextValue });
    expect(pending).toBeInstanceOf(Promise);
    const result = await pending;
    expect(result.data).toEqual({ application: { id: 'app-1', mobile: null } });
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([['application.mobile', 'FORBIDDEN']]);
    expect([...new Set(contextValue.dossierReads.record.mock.calls.map(([, part]) => part))]).toEqual(['procedure']);
  });
});

describe('dossier objects below the application', () => {
  const partSchema = applyFieldPolicies(
    buildSchema(`type Query { review: Review } type Review { conclusion: String }`),
    { Query: { review: 'public' }, Review: { conclusion: 'seesMaterialReviews' } },
  );
  const federationCommittee = {
    principal: { accountId: 'f', email: 'e', displayName: 'd', grants: [{ id: 'g', role: GrantRole.FEDERATION_COMMITTEE }] },
    scope: { societyIds: [], federation: true, crossTenant: true, roles: new Set() },
    assessorRelations: () => new Set(),
  };

  it('are decided by their own part of the matrix from the facts they carry', () => {
    const review = { applicationFacts: application, conclusion: 'RECOMMEND' };
    const result = execute({ schema: partSchema, document: parse('{ review { conclusion } }'), rootValue: { review }, contextValue: requestOf(federationCommittee) });
    expect(result).toEqual({ data: { review: { conclusion: 'RECOMMEND' } } });
  });

  it('are denied to everyone when a producer forgot their facts', () => {
    const result = execute({ schema: partSchema, document: parse('{ review { conclusion } }'), rootValue: { review: { conclusion: 'RECOMMEND' } }, contextValue: requestOf(federationCommittee) }) as ExecutionResult;
    expect(result.data).toEqual({ review: { conclusion: null } });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
