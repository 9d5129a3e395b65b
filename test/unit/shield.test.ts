import { buildSchema, graphql } from 'graphql';
import { GrantRole } from '../../src/entities/enums';
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
    expect(result.errors?.map((error) => [error.path?.join('.'), error.extensions?.code]).sort()).toEqual([
      ['open.forgotten', 'FORBIDDEN'], ['open.secret', 'FORBIDDEN'], ['staffOnly', 'FORBIDDEN'], ['undeclared', 'FORBIDDEN'],
    ]);
  });

  it('allows a guarded field to a viewer who meets its condition', async () => {
    const result = await graphql({ schema: guarded, source: '{ staffOnly { name } }', rootValue, contextValue: { ...staff } });
    expect(result).toEqual({ data: { staffOnly: { name: 'n' } } });
  });
});
