import { ExaminersDocument, NotificationsDocument, WorkQueueCountDocument } from '../generated/operations';
import { staffOf } from '../helpers/dossier';
import { asOwner, createAccount, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Cursors carry the sort instant to the microsecond: rows written within one millisecond (what now() gives many
// statements of one transaction) page without repeats or gaps, both ways. Before, a cursor held the Date's
// milliseconds, and a page boundary inside such a millisecond repeated or skipped rows.
let app: TestApp;
let as: { token: string; society: string };
let expected: string[];
const COUNT = 23;

beforeAll(async () => {
  app = await startTestApp();
  for (let i = 0; i < COUNT; i += 1) await createAccount(app, { displayName: `同毫秒考官${i}`, grants: [examinerOf('CSEE', 'ELECTRICAL')] });
  await createAccount(app, { displayName: '另一学会的考官', grants: [examinerOf('CES', 'ELECTRICAL')] });
  // All in one millisecond: microseconds apart, and some exactly equal (then the id breaks the tie).
  await asOwner(app, (client) => client.query(
    `update role_grant g set created_at = timestamptz '2026-03-01 08:00:00.123+00' + ((n.rank / 3) * interval '1 microsecond')
       from (select id, row_number() over (order by id) as rank from role_grant where role = 'EXAMINER') n where n.id = g.id`,
  ));
  // The list's order, from the database: what the pages must concatenate to.
  expected = await asOwner(app, async (client) => (await client.query<{ name: string }>(
    `select a.display_name as name from role_grant g join account a on a.id = g.account_id
      where g.role = 'EXAMINER' and g.revoked_at is null and g.society_id = (select id from society where code = 'CSEE')
      order by g.created_at, g.id`,
  )).rows.map((row) => row.name));
  as = { token: (await staffOf(app, 'CSEE')).token, society: 'CSEE' };
});
afterAll(() => app.close());

async function page(args: { first?: number; after?: string | null; last?: number; before?: string | null }) {
  const result = await app.gql(ExaminersDocument, args, as);
  expect(result.errors).toBeUndefined();
  return result.data!.examiners!;
}

describe('cursors keep microseconds (rows of one millisecond)', () => {
  it('the rows do share one millisecond and some share the instant', async () => {
    const spread = await asOwner(app, async (client) => (await client.query<{ ms: string; instants: string }>(
      `select count(distinct date_trunc('milliseconds', created_at)) as ms, count(distinct created_at) as instants from role_grant where role = 'EXAMINER'`,
    )).rows[0]);
    expect(Number(spread.ms)).toBe(1);
    expect(Number(spread.instants)).toBeGreaterThan(1);
    expect(Number(spread.instants)).toBeLessThan(expected.length);
  });

  it.each([1, 2, 4, 7])('pages forward %i at a time: every row once, in order', async (size) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const connection = await page({ first: size, after });
      seen.push(...connection.edges!.map((edge) => edge.node!.displayName!));
      expect(connection.totalCount).toBe(expected.length);
      if (!connection.pageInfo!.hasNextPage) break;
      after = connection.pageInfo!.endCursor!;
    }
    expect(seen).toEqual(expected);
  });

  it.each([1, 3, 5])('pages backward %i at a time: every row once, in order', async (size) => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const connection = await page({ last: size, before });
      seen.unshift(...connection.edges!.map((edge) => edge.node!.displayName!));
      if (!connection.pageInfo!.hasPreviousPage) break;
      before = connection.pageInfo!.startCursor!;
    }
    expect(seen).toEqual(expected);
  });

  it('a cursor carries the six fractional digits of the row', async () => {
    const first = await page({ first: 1 });
    const [instant] = JSON.parse(Buffer.from(first.pageInfo!.endCursor!, 'base64url').toString('utf8')) as [string, string];
    expect(instant).toMatch(/^2026-03-01T08:00:00\.123\d{3}Z$/);
  });
});

describe('totalCount respects the tenant walls', () => {
  it('another society counts its own examiners only; a filter counts what it lists', async () => {
    const other = await page({ first: 1 });
    expect(other.totalCount).toBe(COUNT);
    const ces = { token: (await staffOf(app, 'CES')).token, society: 'CES' };
    const theirs = await app.gql(ExaminersDocument, { first: 100 }, ces);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.examiners!.edges!.map((edge) => edge.node!.displayName)).toEqual(['另一学会的考官']);
    expect(theirs.data!.examiners!.totalCount).toBe(1);
  });

  it('the work queue counts the society in scope only, and a viewer without rights gets no count', async () => {
    const mine = await app.gql(WorkQueueCountDocument, {}, as);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.applications!.totalCount).toBe(0);
    // An examiner is no staff: the queue (and its count) is refused as the list is.
    const examiner = await loggedIn(app, examinerOf('CMES', 'MECHANICAL'));
    const refused = await app.gql(WorkQueueCountDocument, {}, { token: examiner.token, society: 'CMES' });
    expect(refused.data?.applications ?? null).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

const inbox = (token: string, after: string | null) => app.gql(NotificationsDocument, { first: 4, after }, { token });

describe('a newest-first list (the inbox) of one millisecond', () => {
  it('pages through every message once, in order, and counts them', async () => {
    const reader = await loggedIn(app);
    // Thirty messages to one account in one millisecond, microseconds apart and some on the same instant.
    await asOwner(app, (client) => client.query(
      `insert into notification (id, recipient_id, recipient_key, channel, kind, language, subject, body, params, dedupe_key, created_at, status, attempts)
       select gen_random_uuid(), $1::uuid, $1::text, 'IN_APP', 'TEST', 'zh', '消息' || n, '正文', '{}', 'precision:' || n,
              timestamptz '2026-03-02 08:00:00.456+00' + ((n / 4) * interval '1 microsecond'), 'SENT', 0
         from generate_series(1, 30) as n`,
      [reader.id],
    ));
    const expected = await asOwner(app, async (client) => (await client.query<{ subject: string }>(
      'select subject from notification where recipient_id = $1 order by created_at desc, id desc', [reader.id],
    )).rows.map((row) => row.subject));
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard += 1) {
      const result: Awaited<ReturnType<typeof inbox>> = await inbox(reader.token, after);
      expect(result.errors).toBeUndefined();
      const connection = result.data!.notifications!;
      expect(connection.totalCount).toBe(30);
      seen.push(...connection.edges!.map((edge) => edge.node!.subject!));
      if (!connection.pageInfo!.hasNextPage) break;
      after = connection.pageInfo!.endCursor!;
    }
    expect(seen).toEqual(expected);
  });
});
