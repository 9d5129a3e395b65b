import { GrantRole } from '../../src/entities/enums';
import { cancelLapsedRegistrations } from '../../src/registration/cancel-lapsed-registrations.job';
import {
  ApplyForRestorationDocument, RegistrationStatusChangesDocument, RestoreRegistrationDocument, RevokeRegistrationDocument, SuspendRegistrationDocument,
} from '../generated/operations';
import { errorOf, loggedIn } from '../helpers/factories';
import { must, ProcedureDriver } from '../helpers/procedure-driver';
import { idNumberOf, registerTrainee, type RegisteredCase } from '../helpers/registered-member';
import { startTestApp, type TestApp } from '../helpers/test-app';

let now = new Date('2026-11-02T02:00:00Z');
let app: TestApp;
let driver: ProcedureDriver;
const setNow = (iso: string) => { now = new Date(iso); };
let suspended: RegisteredCase;
let revoked: RegisteredCase;
let secretariat: { token: string };

beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
  driver = await ProcedureDriver.create(app);
  suspended = await registerTrainee(app, driver, setNow, { idNumber: idNumberOf(21) });
  revoked = await registerTrainee(app, driver, setNow, { idNumber: idNumberOf(22) });
  secretariat = await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT });
  // 2027-03-01 10:00 Beijing: suspended; the member applies and is restored on 03-10; the other is revoked on 03-05.
  setNow('2027-03-01T02:00:00Z');
  must(await app.gql(SuspendRegistrationDocument, { input: { registrationNumber: suspended.registrationNumber, reason: '未完成年度继续教育' } }, suspended.staff.as));
  setNow('2027-03-05T02:00:00Z');
  must(await app.gql(RevokeRegistrationDocument, { input: { registrationNumber: revoked.registrationNumber, reasonKind: 'FALSE_EVIDENCE', reason: '工作经历证明系伪造' } }, revoked.staff.as));
  setNow('2027-03-08T02:00:00Z');
  must(await app.gql(ApplyForRestorationDocument, { input: { registrationNumber: suspended.registrationNumber, statement: '已补齐学时' } }, suspended.member.as));
  // 2027-03-10 23:30 Beijing is still 03-10 in China (15:30 UTC).
  setNow('2027-03-10T15:30:00Z');
  must(await app.gql(RestoreRegistrationDocument, { input: { registrationNumber: suspended.registrationNumber, reason: '经核实已符合要求' } }, suspended.staff.as));
});
afterAll(() => app.close());

const PERIOD = { from: '2027-03-01', to: '2027-03-10' };
const changesAs = (token: string | undefined, variables: Record<string, unknown> = {}) =>
  app.gql(RegistrationStatusChangesDocument, { ...PERIOD, ...variables }, token ? { token } : {});

describe('registrationStatusChanges (seed 003 clause 10.1.4)', () => {
  it('reports each status change to the federation with its facts, oldest first; a restoration request is no change', async () => {
    const page = must(await changesAs(secretariat.token)).registrationStatusChanges!;
    expect(page.edges!.map((edge) => edge!.node)).toEqual([
      {
        societyCode: 'CSEE', registrationNumber: suspended.registrationNumber, memberName: expect.any(String), fromStatus: 'ACTIVE', toStatus: 'SUSPENDED',
        reasonKind: 'NOT_MEETING_REQUIREMENTS', reason: '未完成年度继续教育', decidedAt: '2027-03-01T02:00:00.000Z', automatic: false,
      },
      {
        societyCode: 'CSEE', registrationNumber: revoked.registrationNumber, memberName: expect.any(String), fromStatus: 'ACTIVE', toStatus: 'REVOKED',
        reasonKind: 'FALSE_EVIDENCE', reason: '工作经历证明系伪造', decidedAt: '2027-03-05T02:00:00.000Z', automatic: false,
      },
      {
        societyCode: 'CSEE', registrationNumber: suspended.registrationNumber, memberName: expect.any(String), fromStatus: 'SUSPENDED', toStatus: 'ACTIVE',
        reasonKind: 'REQUIREMENTS_MET', reason: '经核实已符合要求', decidedAt: '2027-03-10T15:30:00.000Z', automatic: false,
      },
    ]);
    expect(page.edges![0]!.node!.memberName).not.toBe('');
    expect(page.pageInfo).toMatchObject({ hasNextPage: false });
  });

  it('keeps to the China days asked for and to the society named', async () => {
    const days = async (from: string, to: string) =>
      must(await changesAs(secretariat.token, { from, to })).registrationStatusChanges!.edges!.map((edge) => edge!.node!.toStatus);
    expect(await days('2027-03-02', '2027-03-05')).toEqual(['REVOKED']);
    expect(await days('2027-03-10', '2027-03-10')).toEqual(['ACTIVE']);
    expect(await days('2027-03-11', '2027-03-31')).toEqual([]);
    const csee = must(await changesAs(secretariat.token, { society: 'CSEE' })).registrationStatusChanges!.edges!;
    expect(csee).toHaveLength(3);
    expect(must(await changesAs(secretariat.token, { society: 'CES' })).registrationStatusChanges!.edges).toEqual([]);
  });

  it('pages by keyset: each change once, in order, and the last page says so', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    let pages = 0;
    for (;;) {
      const page: { edges?: Array<{ node?: { registrationNumber?: string | null; toStatus?: string | null } | null } | null> | null; pageInfo?: { hasNextPage?: boolean | null; endCursor?: string | null } | null } = must(await changesAs(secretariat.token, { first: 2, after })).registrationStatusChanges!;
      pages += 1;
      seen.push(...page.edges!.map((edge) => `${edge!.node!.registrationNumber}:${edge!.node!.toStatus}`));
      if (!page.pageInfo!.hasNextPage) break;
      after = page.pageInfo!.endCursor;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual([`${suspended.registrationNumber}:SUSPENDED`, `${revoked.registrationNumber}:REVOKED`, `${suspended.registrationNumber}:ACTIVE`]);
  });

  it('is open to every federation role', async () => {
    for (const role of [GrantRole.FEDERATION_ADMIN, GrantRole.FEDERATION_SECRETARIAT, GrantRole.FEDERATION_COMMITTEE]) {
      const account = await loggedIn(app, { role });
      expect(must(await changesAs(account.token)).registrationStatusChanges!.edges).toHaveLength(3);
    }
  });

  it('refuses society staff, members and anonymous callers', async () => {
    const staff = suspended.staff.as;
    const member = suspended.member.as;
    const refusals: Array<[string, { token?: string; society?: string }, string]> = [
      ['society staff', staff, 'FORBIDDEN'],
      ['a member', member, 'FORBIDDEN'],
      ['anonymous', {}, 'UNAUTHENTICATED'],
    ];
    for (const [who, as, code] of refusals) {
      const result = await app.gql(RegistrationStatusChangesDocument, PERIOD, as);
      expect([who, errorOf(result)?.code]).toEqual([who, code]);
      expect(result.data?.registrationStatusChanges ?? null).toBeNull();
    }
  });

  it('marks the scheduled cancellation (written in SQL by the system account) as automatic', async () => {
    await cancelLapsedRegistrations(app.orm.em, new Date('2032-11-10T02:00:00Z'));
    const nodes = must(await changesAs(secretariat.token, { from: '2032-11-10', to: '2032-11-10' })).registrationStatusChanges!.edges!.map((edge) => edge!.node);
    // The restored member lapsed; the revoked one is not cancelled again.
    expect(nodes).toEqual([{
      societyCode: 'CSEE', registrationNumber: suspended.registrationNumber, memberName: expect.any(String), fromStatus: 'ACTIVE', toStatus: 'CANCELLED',
      reasonKind: 'NO_REREGISTRATION', reason: expect.stringContaining('2032-11-09'), decidedAt: '2032-11-10T02:00:00.000Z', automatic: true,
    }]);
  });

  it('refuses bad input with its field', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ from: '2027-02-30' }, 'MALFORMED_DATE', 'from'],
      [{ to: 'yesterday' }, 'MALFORMED_DATE', 'to'],
      [{ from: '2027-03-10', to: '2027-03-01' }, 'BAD_USER_INPUT', 'to'],
      [{ first: 0 }, 'NUMBER_OUT_OF_RANGE', 'first'],
      [{ first: 101 }, 'NUMBER_OUT_OF_RANGE', 'first'],
      [{ after: 'not-a-cursor' }, 'BAD_USER_INPUT', 'after'],
      [{ society: 'NOPE' }, 'BAD_USER_INPUT', 'society'],
    ];
    for (const [variables, code, field] of cases) {
      expect([variables, errorOf(await changesAs(secretariat.token, variables))]).toEqual([variables, expect.objectContaining({ code, field })]);
    }
  });
});
