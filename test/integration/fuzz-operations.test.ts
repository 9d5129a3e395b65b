import fc from 'fast-check';
import {
  astFromValue, buildSchema, getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType, print,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLOutputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { APP_ROLE } from '../../src/db/app-role';
import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import { isErrorCode } from '../../src/errors/error-catalogue';
import { acceptThroughInitialReview, completeDossier, staffOf } from '../helpers/dossier';
import { examinerOf, FACTORY_PASSWORD, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Property: for every Query and Mutation field of the committed schema, arguments generated from their types
 * (hostile strings, extreme numbers and dates, enums, nested inputs, lists; real ids some of the time), sent by
 * anonymous visitors, an applicant, society staff, an examiner and a federation admin, never produce
 * INTERNAL_SERVER_ERROR; every error carries a catalogue code; a mutation that answers with an error leaves every
 * table exactly as it was. FUZZ_SEED replays a run, FUZZ_RUNS changes the runs per operation.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 4);
const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));

let app: TestApp;
let owner: Client;
let fingerprintSql: string;
/** Tables that record attempts, refused ones included, by design (src/abuse/rate-limits.ts). */
const ABUSE_ACCOUNTING = new Set(['rate_limit_counter']);
const principals: Array<{ name: string; token?: string; society?: string }> = [];
/** Real values the generator mixes in so that calls get past "not found". */
const pool = { ids: [] as string[], idsByName: {} as Record<string, string[]>, versions: [] as number[], emails: [] as string[] };

/** Which table an id argument names rows of (by its name), so that generated ids are real rows of the right kind. */
const ID_TABLES: Record<string, string> = {
  applicationId: 'application', fileId: 'stored_file', noticeId: 'public_notice', objectionId: 'objection', sittingId: 'written_exam_sitting',
  examinerId: 'role_grant', examinerIds: 'role_grant', chiefId: 'role_grant', id: 'role_grant',
};

const HOSTILE_STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '\ud83d', '😀👩‍💻', '工程师\u200b', '长'.repeat(32_000),
  "'; drop table account; --", "' or '1'='1", '%00', '%E0%A4%A', '../../etc/passwd', '\\', '"', '\n\r\t', '<script>alert(1)</script>',
  'null', 'NaN', '-1', '1e309', '9'.repeat(40), 'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
  'W10', 'WyIyMDI2LTAxLTAxIiwiMSJd', 'eyJ4IjoxfQ', 'WyIwMDAwLTAxLTAxIiwibm90LWEtdXVpZCJd',
];
const DATES = ['0000-01-01', '0001-01-01', '1899-12-31', '1900-01-01', '1985-06-01', '2026-02-30', '2026-12-01', '2099-01-01', '2100-12-31', '2101-01-01', '9999-12-31', '2026-1-1', '20260101'];
const INSTANTS = ['0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2026-12-01T09:00:00+08:00', '2100-12-31T23:00:00Z', '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00Z', 'yesterday'];
const CODES = ['CSAE', 'CES', 'csee', 'NEWSOC', 'ELECTRICAL', 'AUTOMOTIVE', 'POWER_SYSTEM_AUTOMATION', 'OTHER', 'TRAINEE', 'PROFESSIONAL', 'SENIOR', 'A1', 'E4', 'WORKDAY', 'HOLIDAY', 'GENERAL'];
const INTS = [-2147483648, -1, 0, 1, 2, 3, 5, 10, 30, 60, 100, 101, 366, 1900, 2026, 2100, 2147483647];

/** Text PostgreSQL cannot store, wrapped in ordinary text: the cases that used to end in INTERNAL_SERVER_ERROR. */
const unstorable = fc.tuple(fc.string({ maxLength: 5 }), fc.constantFrom('\u0000', '\ud800', '\udc00'), fc.string({ maxLength: 5 })).map((parts) => parts.join(''));

function stringFor(name: string): fc.Arbitrary<string> {
  const hostile = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) }, { weight: 2, arbitrary: unstorable }, fc.string({ maxLength: 20, unit: 'binary' }));
  if (/(^id$|Ids?$)/.test(name)) {
    const aimed = pool.idsByName[name] ?? pool.ids;
    return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...aimed) }, fc.constantFrom(...pool.ids), fc.uuid(), hostile);
  }
  if (/date|On$|^from$|^to$/i.test(name)) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...DATES) }, hostile);
  if (/code/i.test(name)) return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CODES) }, hostile);
  if (/email/i.test(name)) return fc.oneof(fc.constantFrom(...pool.emails), fc.emailAddress(), hostile);
  if (/password/i.test(name)) return fc.oneof(fc.constant(FACTORY_PASSWORD), hostile);
  return fc.oneof({ weight: 2, arbitrary: hostile }, fc.string({ maxLength: 40 }), fc.constant('正常的中文内容'));
}

/** An arbitrary for one input type; `name` (the argument or field) steers strings towards ids, dates and codes. */
function valueFor(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return nonNullValueFor(type.ofType, name, depth);
  const nonNull = nonNullValueFor(type, name, depth);
  return fc.oneof({ weight: 6, arbitrary: nonNull }, fc.constant(null));
}

function nonNullValueFor(type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(valueFor(type.ofType, name, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = Object.fromEntries(fields.map((field) => [field.name, valueFor(field.type, field.name, depth + 1)]));
    const required = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
    return fc.record(record, { requiredKeys: required as never });
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  switch (type.name) {
    case 'Int': return name === 'expectedVersion' ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...pool.versions) }, fc.constantFrom(...INTS)) : fc.oneof(fc.constantFrom(...INTS), fc.integer());
    case 'Float': return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean': return fc.boolean();
    case 'DateTimeISO': return fc.oneof(fc.constantFrom(...INSTANTS), stringFor(name));
    default: return stringFor(name);
  }
}

/** First-level leaf fields of the return type (those without required arguments), or __typename. */
function selectionFor(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
    .map((field) => field.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

/** One request: arguments as variables, or (when `inline`) printed into the document as literals. */
function requestFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, inline: boolean) {
  const present = field.args.filter((arg) => args[arg.name] !== undefined);
  const literal = (arg: GraphQLArgument) => {
    const ast = astFromValue(args[arg.name], arg.type);
    return ast ? print(ast) : 'null';
  };
  const argumentList = present.map((arg) => `${arg.name}: ${inline ? literal(arg) : `$${arg.name}`}`).join(', ');
  const definitions = inline || present.length === 0 ? '' : `(${present.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})`;
  const call = argumentList ? `${field.name}(${argumentList})` : field.name;
  return {
    query: `${kind} Fuzz${definitions} { ${call} ${selectionFor(field.type)} }`,
    variables: inline ? undefined : Object.fromEntries(present.map((arg) => [arg.name, args[arg.name]])),
  };
}

let lastFingerprint: string | undefined;

/** Row count and newest row version of every table the API may write: equal fingerprints mean nothing was written. */
async function fingerprint(): Promise<string> {
  return JSON.stringify((await owner.query(fingerprintSql)).rows[0]);
}

beforeAll(async () => {
  app = await startTestApp();
  owner = new Client({ connectionString: app.ownerUrl });
  await owner.connect();
  // Only what the API's role may write can change: reference data (select-only) is left out of the hash.
  const tables = (await owner.query(
    `select c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and has_table_privilege($1, c.oid, 'INSERT, UPDATE, DELETE') order by 1`, [APP_ROLE],
  )).rows as Array<{ t: string }>;
  // The abuse counters are meant to count refused attempts too (a wrong password is what the login limit counts):
  // they are accounting of the limits, not data a refused command may not touch.
  const counted = tables.filter(({ t }) => !ABUSE_ACCOUNTING.has(t));
  // Any committed insert or update leaves a row with a newer xmin; a delete lowers the count.
  fingerprintSql = `select ${counted.map(({ t }) => `(select count(*) || '/' || coalesce(max(xmin::text::bigint), 0) from "${t}") as "${t}"`).join(', ')}`;

  // State for the generator to aim at: a draft, an accepted application, examiners, files.
  const applicant = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
  const other = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
  const staff = await staffOf(app, 'CSEE');
  const examiners = await Promise.all([1, 2, 3].map((n) => loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, `单位${n}`, ['POWER_SYSTEM_AUTOMATION']))));
  const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
  await completeDossier(app, applicant);
  const accepted = await completeDossier(app, other);
  await acceptThroughInitialReview(app, other, staff, accepted.id, accepted.version);
  principals.push(
    { name: 'anonymous' }, { name: 'anonymous in CSEE', society: 'CSEE' }, { name: 'applicant', token: applicant.token, society: 'CSEE' },
    { name: 'staff', token: staff.token, society: 'CSEE' }, { name: 'examiner', token: examiners[0].token, society: 'CSEE' },
    { name: 'federation admin', token: admin.token }, { name: 'federation admin in CSEE', token: admin.token, society: 'CSEE' },
  );
  const idTables = (await owner.query(`select table_name as t from information_schema.columns where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`)).rows as Array<{ t: string }>;
  for (const { t } of idTables) pool.ids.push(...((await owner.query(`select id::text from "${t}" order by random() limit 4`)).rows as Array<{ id: string }>).map((row) => row.id));
  for (const [name, table] of Object.entries(ID_TABLES)) {
    const ids = ((await owner.query(`select id::text from "${table}" order by random() limit 6`)).rows as Array<{ id: string }>).map((row) => row.id);
    if (ids.length > 0) pool.idsByName[name] = ids;
  }
  pool.versions.push(...((await owner.query(`select distinct version from application`)).rows as Array<{ version: number }>).map((row) => row.version));
  pool.emails.push(applicant.email, staff.email, examiners[1].email, 'new.person@example.test');
  console.log(`fuzz-operations: seed ${SEED}, ${RUNS_PER_OPERATION} runs per operation (FUZZ_SEED=${SEED} replays this run)`);
}, 120_000);
/** How deep the run went (first error code of each response, or OK), printed at the end. */
const STATS = { outcomes: {} as Record<string, number> };
afterAll(async () => {
  console.log(`fuzz-operations outcomes (first error code, or OK): ${JSON.stringify(STATS.outcomes)}`);
  await owner?.end();
  await app?.close();
});

const OPERATIONS = [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ['query', field] as const),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ['mutation', field] as const),
];

describe('the fingerprint', () => {
  it('sees a committed write, so a refused call that wrote would show', async () => {
    const before = await fingerprint();
    const admin = principals.find((principal) => principal.name === 'federation admin')!;
    const result = await app.raw({ query: 'mutation { setWorkingDayOverride(date: "2099-01-05", kind: HOLIDAY) { date } }' }, { token: admin.token });
    expect(result.json).toEqual({ data: { setWorkingDayOverride: { date: '2099-01-05' } } });
    expect(await fingerprint()).not.toBe(before);
  });
});

describe('every operation, with generated arguments', () => {
  it.each(OPERATIONS.map(([kind, field], index) => [`${kind} ${field.name}`, kind, field, index] as const))('%s', async (_name, kind, field, index) => {
    const argumentsOf = fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, arg.name)])), {
      requiredKeys: field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name) as never,
    });
    lastFingerprint = undefined;
    await fc.assert(
      fc.asyncProperty(argumentsOf, fc.integer({ min: 0, max: principals.length - 1 }), fc.boolean(), async (args, who, inline) => {
        const principal = principals[who];
        const request = requestFor(kind, field, args as Record<string, unknown>, inline);
        const before = kind === 'mutation' ? (lastFingerprint ?? (await fingerprint())) : '';
        const response = await app.raw(request, { token: principal.token, society: principal.society });
        // A response without `data` was refused before execution (parse, validation, input rules): no resolver ran,
        // so the state is unchanged. Otherwise the state after this call is the state before the next one (queries
        // may write the access log: they reset it).
        const executed = 'data' in (response.json as object);
        const errors = ((response.json as { errors?: Array<{ message: string; extensions?: { code?: unknown } }> }).errors ?? []);
        if (kind === 'query') lastFingerprint = undefined;
        else lastFingerprint = executed ? await fingerprint() : before;
        const context = `${principal.name}: ${JSON.stringify(request).slice(0, 2000)} → ${response.status} ${JSON.stringify(errors).slice(0, 1000)}`;
        const outcome = errors.length ? String(errors[0].extensions?.code) : 'OK';
        STATS.outcomes[outcome] = (STATS.outcomes[outcome] ?? 0) + 1;
        for (const error of errors) {
          if (!isErrorCode(error.extensions?.code) || error.extensions?.code === 'INTERNAL_SERVER_ERROR') throw new Error(`uncatalogued or internal error — ${context}`);
        }
        if (response.status >= 500) throw new Error(`status ${response.status} — ${context}`);
        if (kind === 'mutation' && errors.length > 0 && executed && lastFingerprint !== before) throw new Error(`a refused mutation wrote — ${context}`);
      }),
      { seed: SEED + index, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
    );
  });
});

