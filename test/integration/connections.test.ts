import { ExaminersDocument } from '../generated/operations';
import { staffOf } from '../helpers/dossier';
import { createAccount, examinerOf } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let as: { token: string; society: string };
const names: string[] = [];

beforeAll(async () => {
  app = await startTestApp();
  // A society of its own rows: five examiners appointed one after another (oldest first is the list's order).
  for (let i = 0; i < 5; i += 1) {
    names.push(`考官${i}`);
    await createAccount(app, { displayName: names[i], grants: [examinerOf('CSEE', 'ELECTRICAL')] });
  }
  as = { token: (await staffOf(app, 'CSEE')).token, society: 'CSEE' };
});
afterAll(() => app.close());

async function page(args: { first?: number; after?: string | null; last?: number; before?: string | null }) {
  const result = await app.gql(ExaminersDocument, args, as);
  expect(result.errors).toBeUndefined();
  const connection = result.data!.examiners!;
  return {
    names: connection.edges!.map((edge) => edge.node!.displayName), cursors: connection.edges!.map((edge) => edge.cursor),
    info: connection.pageInfo!, totalCount: connection.totalCount,
  };
}

describe('Relay connections (examiners as the example; every connection shares pageRequest and toPage)', () => {
  it('pages forward with first/after and reports both directions and both cursors', async () => {
    const one = await page({ first: 2 });
    expect(one.names).toEqual(names.slice(0, 2));
    // totalCount is the whole list's size, whichever page asks (and the rows the pages below actually hold).
    expect(one.totalCount).toBe(names.length);
    expect(one.info).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: one.cursors[0], endCursor: one.cursors[1] });
    const two = await page({ first: 2, after: one.info.endCursor });
    expect(two.names).toEqual(names.slice(2, 4));
    expect(two.info).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const three = await page({ first: 2, after: two.info.endCursor });
    expect(three.names).toEqual(names.slice(4));
    expect(three.info).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('pages backward with last/before (keyset, in the list order) and meets the forward pages', async () => {
    const tail = await page({ last: 2 });
    expect(tail.names).toEqual(names.slice(3));
    expect(tail.info).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: tail.cursors[0], endCursor: tail.cursors[1] });
    const middle = await page({ last: 2, before: tail.info.startCursor });
    expect(middle.names).toEqual(names.slice(1, 3));
    expect(middle.info).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const head = await page({ last: 2, before: middle.info.startCursor });
    expect(head.names).toEqual(names.slice(0, 1));
    expect(head.info).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // A cursor works both ways: forward from the backward page's end gives what follows it.
    expect((await page({ first: 1, after: middle.info.endCursor })).names).toEqual([names[3]]);
  });

  it.each([
    [{ first: 2, last: 2 }, 'last'],
    [{ after: 'x', before: 'y' }, 'before'],
    [{ last: 2, before: 'not a cursor' }, 'before'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (args, field) => {
    const result = await app.gql(ExaminersDocument, args, as);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a backward page size out of range with its path', async () => {
    const result = await app.gql(ExaminersDocument, { last: 101 }, as);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NUMBER_OUT_OF_RANGE', field: 'last' });
  });
});
