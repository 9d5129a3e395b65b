import { GrantRole } from '../../src/entities/enums';
import { asOwner, loggedIn } from '../helpers/factories';
import { download } from '../helpers/dossier';
import { startTestApp, type TestApp } from '../helpers/test-app';

/**
 * Issue 16, "Bad input": each input below used to answer INTERNAL_SERVER_ERROR (the database or the date
 * arithmetic raised). Each is now refused before any work, with a catalogue code and the argument's path.
 */
let app: TestApp;
let admin: { token: string };
let applicant: { token: string };
let staff: { token: string };
let applicationId: string;
beforeAll(async () => {
  app = await startTestApp();
  admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
  applicant = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
  staff = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSEE' });
  const started = await app.raw(
    { query: 'mutation { startApplication(input: { fieldCode: "ELECTRICAL", specialtyCode: "POWER_SYSTEM_AUTOMATION", gradeCode: "PROFESSIONAL" }) { id } }' },
    { token: applicant.token, society: 'CSEE' },
  );
  applicationId = (started.json as { data: { startApplication: { id: string } } }).data.startApplication.id;
});
afterAll(() => app.close());

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';

type Who = 'anonymous' | 'admin' | 'applicant' | 'staff';
interface Case { name: string; who: Who; query: string; variables?: (ids: { applicationId: string }) => Record<string, unknown>; code: string; field: string }

const CASES: Case[] = [
  // NUL (U+0000): PostgreSQL text cannot hold it ("invalid byte sequence for encoding UTF8: 0x00").
  { name: 'NUL in login (anonymous)', who: 'anonymous', query: 'mutation($e: String!) { login(email: $e, password: "x") { token } }', variables: () => ({ e: NUL }), code: 'BAD_USER_INPUT', field: 'email' },
  { name: 'NUL in searchRegister (anonymous)', who: 'anonymous', query: 'query($n: String!) { searchRegister(name: $n) { name } }', variables: () => ({ n: NUL }), code: 'BAD_USER_INPUT', field: 'name' },
  { name: 'NUL in an inline literal', who: 'anonymous', query: 'query { registeredMember(registrationNumber: "CSE\\u0000") { name } }', code: 'BAD_USER_INPUT', field: 'registrationNumber' },
  { name: 'NUL deep in an input object', who: 'applicant', query: 'mutation($id: ID!) { saveEducation(applicationId: $id, expectedVersion: 1, entries: [{ fromDate: "2000-09-01", toDate: "2004-07-01", school: "ok", level: BACHELOR }, { fromDate: "2004-09-01", toDate: "2007-07-01", school: "a\\u0000b", level: MASTER }]) { id } }', variables: (ids) => ({ id: ids.applicationId }), code: 'BAD_USER_INPUT', field: 'entries[1].school' },
  { name: 'NUL in startApplication', who: 'applicant', query: 'mutation($f: String!) { startApplication(input: { fieldCode: $f, specialtyCode: "x", gradeCode: "y" }) { id } }', variables: () => ({ f: NUL }), code: 'BAD_USER_INPUT', field: 'input.fieldCode' },
  // A lone surrogate is not Unicode: PostgreSQL's jsonb refuses its escape.
  { name: 'a lone surrogate in a JSON column', who: 'applicant', query: 'mutation($id: ID!, $q: String!) { saveCategoryFields(applicationId: $id, expectedVersion: 1, input: { general: { qualifications: [$q] } }) { id } }', variables: (ids) => ({ id: ids.applicationId, q: LONE_SURROGATE }), code: 'BAD_USER_INPUT', field: 'input.general.qualifications[0]' },
  { name: 'a lone surrogate echoed by pinyinOf', who: 'anonymous', query: 'query($n: String!) { pinyinOf(name: $n) }', variables: () => ({ n: LONE_SURROGATE }), code: 'BAD_USER_INPUT', field: 'name' },
  // Dates: PostgreSQL has no year 0; 9999-12-31 plus a day is not a four-digit date.
  { name: 'year 0000 in an override', who: 'admin', query: 'mutation { setWorkingDayOverride(date: "0000-01-01", kind: HOLIDAY) { date } }', code: 'DATE_OUT_OF_RANGE', field: 'date' },
  { name: '9999-12-31 as a start date', who: 'anonymous', query: 'query { workingDaysAfter(from: "9999-12-31", workingDays: 3) { date } }', code: 'DATE_OUT_OF_RANGE', field: 'from' },
  { name: 'year 0000 as a start date', who: 'anonymous', query: 'query { workingDaysAfter(from: "0000-01-01", workingDays: 3) { date } }', code: 'DATE_OUT_OF_RANGE', field: 'from' },
  { name: 'year 0000 in a birth date', who: 'applicant', query: 'mutation($id: ID!) { saveBasicInformation(applicationId: $id, expectedVersion: 1, input: { birthDate: "0000-01-01" }) { id } }', variables: (ids) => ({ id: ids.applicationId }), code: 'DATE_OUT_OF_RANGE', field: 'input.birthDate' },
  // Integers: a year the date column cannot hold; 2^31−1 working days walked one by one.
  { name: 'workingDayOverrides(year: -1)', who: 'anonymous', query: 'query { workingDayOverrides(year: -1) { date } }', code: 'NUMBER_OUT_OF_RANGE', field: 'year' },
  { name: 'publishNotice(workingDays: 2147483647)', who: 'staff', query: 'mutation { publishNotice(input: { title: "t", startsOn: "2099-01-01", workingDays: 2147483647, applications: [{ applicationId: "00000000-0000-4000-8000-000000000000", expectedVersion: 1 }] }) { id } }', code: 'NUMBER_OUT_OF_RANGE', field: 'input.workingDays' },
  // Identifiers: every row is keyed by a UUID; a string that is not one names nothing and must not reach a uuid column.
  // The first is the counterexample the fuzz test found (seed 684826902): it reached PostgreSQL as an internal error.
  { name: 'control characters as a notice id', who: 'staff', query: 'query($n: ID!) { noticeObjections(noticeId: $n) { id } }', variables: () => ({ n: '\u0014\u{10fff4}\u0002' }), code: 'MALFORMED_ID', field: 'noticeId' },
  { name: 'a word as an application id', who: 'applicant', query: 'query { application(id: "mine") { id } }', code: 'MALFORMED_ID', field: 'id' },
  { name: 'a malformed id in a list', who: 'staff', query: 'mutation { assignMaterialReviewers(input: { applicationId: "00000000-0000-4000-8000-000000000000", expectedVersion: 1, examinerIds: ["00000000-0000-4000-8000-000000000001", "x"] }) { id } }', code: 'MALFORMED_ID', field: 'input.examinerIds[1]' },
];

function tokenOf(who: Who): string | undefined {
  return { admin: admin.token, applicant: applicant.token, staff: staff.token, anonymous: undefined }[who];
}

/** A cheap fingerprint of what a refused call could have written. */
async function fingerprint(): Promise<string> {
  return asOwner(app, async (client) => JSON.stringify((await client.query(
    `select (select count(*) from working_day_override) o, (select count(*) from public_notice) n, (select max(updated_at) from application) a, (select count(*) from account) c`,
  )).rows[0]));
}

describe('bad input is refused, never an internal error', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await fingerprint();
    const result = await app.raw({ query: c.query, variables: c.variables?.({ applicationId }) }, { token: tokenOf(c.who), society: c.who === 'applicant' || c.who === 'staff' ? 'CSEE' : undefined, language: 'en' });
    const errors = (result.json as { errors?: Array<{ message: string; extensions: Record<string, unknown> }> }).errors;
    expect(errors?.[0]?.extensions).toMatchObject({ code: c.code, field: c.field });
    expect(result.status).toBe(400);
    expect(await fingerprint()).toBe(before);
  });

  it('names the offending character in Chinese and English', async () => {
    const query = { query: 'query($n: String!) { searchRegister(name: $n) { name } }', variables: { n: NUL } };
    const zh = (await app.raw(query)).json as { errors: Array<{ message: string }> };
    const en = (await app.raw(query, { language: 'en' })).json as { errors: Array<{ message: string }> };
    expect(zh.errors[0].message).toContain('U+0000');
    expect(zh.errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    expect(en.errors[0].message).toMatch(/NUL character/);
  });

  it('reports every bad field at once, each with its path, code and both messages, the request language first', async () => {
    const query = { query: 'query($from: LocalDate!, $days: Int!) { workingDaysAfter(from: $from, workingDays: $days) { date } w: workingDaysAfter(from: "1800-01-01", workingDays: 1) { date } }', variables: { from: '2026-02-30', days: 9999 } };
    const answer = await app.raw(query, { language: 'en' });
    const error = (answer.json as { errors: Array<{ message: string; extensions: { code: string; field: string; issues: Array<Record<string, string>> } }> }).errors[0];
    expect(answer.status).toBe(400);
    // In the order of the document's fields and the arguments as the code declares them; the first one is also the error's own.
    expect(error.extensions.issues.map((issue) => [issue.field, issue.code])).toEqual([['workingDays', 'NUMBER_OUT_OF_RANGE'], ['from', 'MALFORMED_DATE'], ['from', 'DATE_OUT_OF_RANGE']]);
    expect([error.extensions.code, error.extensions.field]).toEqual(['NUMBER_OUT_OF_RANGE', 'workingDays']);
    for (const issue of error.extensions.issues) {
      expect(Object.keys(issue)).toEqual(['code', 'field', 'message', 'messageEn', 'messageZh']);
      expect(issue.message).toBe(issue.messageEn);
      expect(issue.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.messageEn).not.toMatch(/[\u4e00-\u9fff{}]/);
    }
    const zh = (await app.raw(query, { language: 'zh-CN' })).json as { errors: Array<{ extensions: { issues: Array<Record<string, string>> } }> };
    expect(Object.keys(zh.errors[0].extensions.issues[0])).toEqual(['code', 'field', 'message', 'messageZh', 'messageEn']);
  });

  it('keeps a date range: 1900-01-01 and 2100-12-31 pass, the days beyond them do not', async () => {
    const ask = (from: string) => app.raw({ query: `query { workingDaysAfter(from: "${from}", workingDays: 1) { date } }` });
    expect((await ask('1900-01-01')).json).toEqual({ data: { workingDaysAfter: { date: '1900-01-02' } } });
    expect((await ask('2100-12-30')).json).toEqual({ data: { workingDaysAfter: { date: '2100-12-31' } } });
    for (const from of ['1899-12-31', '2101-01-01']) {
      expect(((await ask(from)).json as { errors: Array<{ extensions: unknown }> }).errors[0].extensions).toMatchObject({ code: 'DATE_OUT_OF_RANGE', field: 'from' });
    }
  });
});

describe('GET /files/:id', () => {
  it.each([
    ['anonymous without a society', undefined, undefined, 400, 'SOCIETY_REQUIRED'],
    ['an applicant without a society', 'applicant', undefined, 400, 'SOCIETY_REQUIRED'],
    ['anonymous in a society', undefined, 'CSEE', 404, 'NOT_FOUND'],
  ] as const)('%s', async (_case, who, society, status, code) => {
    const result = await download(app, who ? applicant.token : undefined, society, '00000000-0000-4000-8000-000000000000');
    expect(result.status).toBe(status);
    const body = JSON.parse(result.body.toString('utf8')) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions.code).toBe(code);
    expect(body.errors[0].message).not.toMatch(/select|stored_file/i);
  });
});

describe('forged page cursors', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  it.each([
    ['an id that is no uuid', encode(['2026-01-01T00:00:00.000Z', '1'])],
    ['a sort value that is no date', encode(['yesterday', '00000000-0000-4000-8000-000000000000'])],
    ['year 0000', encode(['0000-01-01', '00000000-0000-4000-8000-000000000000'])],
    ['a NUL inside the cursor', encode(['2026-01-01\u0000', '00000000-0000-4000-8000-000000000000'])],
  ])('%s is BAD_USER_INPUT on after', async (_case, after) => {
    for (const orderBy of ['SUBMITTED_AT', 'DUE_DATE']) {
      const result = await app.raw({ query: `query($after: String) { applications(first: 5, after: $after, orderBy: ${orderBy}) { edges { cursor } } }`, variables: { after } }, { token: staff.token, society: 'CSEE' });
      expect((result.json as { errors?: Array<{ extensions: unknown }> }).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    const examiners = await app.raw({ query: 'query($after: String) { examiners(first: 5, after: $after) { edges { cursor } } }', variables: { after } }, { token: staff.token, society: 'CSEE' });
    expect((examiners.json as { errors?: Array<{ extensions: unknown }> }).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
