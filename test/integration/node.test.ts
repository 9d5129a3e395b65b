import { randomUUID } from 'node:crypto';
import { encodeGlobalId } from '../../src/common/global-id';
import {
  ApplicationDocument, ComplaintDocument, ExaminerDocument, LodgeComplaintDocument, MyComplaintsDocument, NodeDocument, NodesDocument, NotificationsDocument,
  PublicNoticesDocument, PublishNoticeDocument, RegisteredMemberDocument, SocietyBrandingDocument, SubmitApplicationDocument,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, createAccount, errorOf, examinerGrantId, examinerOf } from '../helpers/factories';
import { registeredMember, type Member } from '../helpers/members';
import { startTestApp, type RequestOptions, type TestApp } from '../helpers/test-app';

/**
 * Relay object identification: node(id:) answers each type exactly as its own root query does (the same rule, the
 * same tenant walls, the same fields), an id of another society as a nonexistent one, and a malformed id clearly.
 */
let app: TestApp;
let member: Member;
let csee: RequestOptions;
let ces: RequestOptions;
let examinerId: string;
let complaintId: string;

beforeAll(async () => {
  // A Monday, so a notice published today runs its five working days (as in public-notice.test.ts).
  app = await startTestApp({}, { clock: () => new Date('2026-09-28T02:00:00Z') });
  member = await registeredMember(app, 'CSEE');
  csee = { token: (await staffOf(app, 'CSEE')).token, society: 'CSEE' };
  ces = { token: (await staffOf(app, 'CES')).token, society: 'CES' };
  const examiner = await createAccount(app, { displayName: '节点考官', grants: [examinerOf('CSEE', 'ELECTRICAL')] });
  examinerId = await examinerGrantId(app, examiner.id);
  const lodged = await app.gql(LodgeComplaintDocument, { input: { kind: 'PROCEDURE_BREACH', subject: '学会超期未受理', content: '提交后两个月未作形式审查。', societyCode: 'CSEE' } }, member.as);
  expect(lodged.errors).toBeUndefined();
  complaintId = (await app.gql(MyComplaintsDocument, {}, member.as)).data!.myComplaints![0].id!;
});
afterAll(() => app.close());

async function node(id: string, as: RequestOptions = {}) {
  return app.gql(NodeDocument, { id }, as);
}

/** Drops the fields the node document reads under an alias, so both answers compare field by field. */
function withoutNodeId<T extends Record<string, unknown>>(object: T): Omit<T, 'nodeId' | '__typename'> {
  const { nodeId: _nodeId, __typename: _typename, ...rest } = object;
  return rest;
}

describe('node(id:) answers as the root query of the type', () => {
  it('an application (its applicant)', async () => {
    const own = (await app.gql(ApplicationDocument, { id: member.applicationId }, member.as)).data!.application!;
    const found = await node(own.nodeId!, member.as);
    expect(found.errors).toBeUndefined();
    expect(found.data!.node).toMatchObject({ __typename: 'Application', nodeId: own.nodeId, id: own.id, stage: own.stage, version: own.version, submittedAt: own.submittedAt });
  });

  it('an examiner (the society staff)', async () => {
    const direct = (await app.gql(ExaminerDocument, { id: examinerId }, csee)).data!.examiner!;
    const found = await node(direct.nodeId!, csee);
    expect(found.errors).toBeUndefined();
    expect(found.data!.node).toEqual({ __typename: 'Examiner', ...direct });
  });

  it('a complaint (its complainant)', async () => {
    const asked = await app.gql(ComplaintDocument, { complaintId }, member.as);
    const direct = asked.data!.complaint!;
    const found = await node(direct.nodeId!, member.as);
    expect(withoutNodeId(found.data!.node!)).toEqual(withoutNodeId(direct));
    // The handling's notes and the outcome are the handlers': refused field by field, the same way on both paths.
    const refusals = (result: typeof asked | typeof found) => result.errors!.map((error) => [error.path!.slice(1).join('.'), error.extensions!.code]);
    expect(refusals(asked).length).toBeGreaterThan(0);
    expect(refusals(found)).toEqual(refusals(asked));
  });

  it('a society (anyone), keyed by its code', async () => {
    const direct = (await app.gql(SocietyBrandingDocument, { code: 'CSEE' }, {})).data!.society!;
    const found = await node(direct.nodeId!);
    expect(found.errors).toBeUndefined();
    const { societyId, ...fields } = found.data!.node as Record<string, unknown>;
    expect(societyId).toBe(direct.id);
    expect(withoutNodeId(fields)).toEqual(withoutNodeId({ ...direct, id: undefined }) as unknown as Record<string, unknown>);
    expect(direct.nodeId).toBe(encodeGlobalId('Society', 'CSEE'));
  });

  it('a register entry (anyone), keyed by its registration number', async () => {
    const direct = (await app.gql(RegisteredMemberDocument, { registrationNumber: member.registrationNumber }, {})).data!.registeredMember!;
    const found = await node(direct.nodeId!);
    expect(found.errors).toBeUndefined();
    expect(found.data!.node).toEqual({
      __typename: 'RegisteredMember', nodeId: direct.nodeId, registrationNumber: direct.registrationNumber, name: direct.name,
      registrationStatus: direct.status, validUntil: direct.validUntil,
    });
  });

  it('a notification (its recipient only)', async () => {
    const inbox = (await app.gql(NotificationsDocument, { first: 5 }, member.as)).data!.notifications!;
    const [edge] = inbox.edges!;
    expect(edge).toBeDefined();
    const found = await node(edge.node!.nodeId!, member.as);
    expect(found.errors).toBeUndefined();
    expect(found.data!.node).toEqual({ __typename: 'Notification', nodeId: edge.node!.nodeId, id: edge.node!.id, subject: edge.node!.subject, readAt: edge.node!.readAt });
    // Somebody else's: not there, as for a notification that does not exist.
    const other = await node(edge.node!.nodeId!, csee);
    expect(other.data?.node).toBeNull();
    expect(errorOf(other)).toEqual(errorOf(await node(encodeGlobalId('Notification', randomUUID()), csee)));
  });

  it('an open public notice (anyone, on its society\'s portal); elsewhere NOT_FOUND as a nonexistent one', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await completeDossier(app, applicant, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'PROFESSIONAL' });
    await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
    // The factory shortcut of public-notice.test.ts: the group's decision to register, straight in the table.
    const decidedVersion = await asOwner(app, async (c) => {
      await c.query(`update application set stage = 'COMPREHENSIVE_REVIEW' where id = $1`, [id]);
      await c.query(`insert into comprehensive_review (id, society_id, application_id, conclusion, decided_by_id, decided_at)
                     select gen_random_uuid(), society_id, id, 'REGISTER', applicant_id, now() from application where id = $1`, [id]);
      return (await c.query('select version from application where id = $1', [id])).rows[0].version as number;
    });
    const published = await app.gql(PublishNoticeDocument, { input: { title: '节点公示', startsOn: '2026-09-28', workingDays: 5, applications: [{ applicationId: id, expectedVersion: decidedVersion }] } }, csee);
    expect(published.errors).toBeUndefined();
    const [notice] = (await app.gql(PublicNoticesDocument, undefined, { society: 'CSEE' })).data!.publicNotices!;
    const found = await node(notice.nodeId!, { society: 'CSEE' });
    expect(found.errors).toBeUndefined();
    expect(found.data!.node).toEqual({ __typename: 'PublicNotice', nodeId: notice.nodeId, noticeId: notice.id, title: notice.title, endsOn: notice.endsOn });
    const elsewhere = await node(notice.nodeId!, { society: 'CES' });
    expect(elsewhere.data?.node).toBeNull();
    expect(errorOf(elsewhere)).toEqual(errorOf(await node(encodeGlobalId('PublicNotice', randomUUID()), { society: 'CES' })));
    expect(errorOf(elsewhere)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('global ids differ across types and from the UUIDs', async () => {
    const application = (await app.gql(ApplicationDocument, { id: member.applicationId }, member.as)).data!.application!;
    expect(application.nodeId).not.toBe(application.id);
    expect(encodeGlobalId('Application', examinerId)).not.toBe(encodeGlobalId('Examiner', examinerId));
  });
});

describe('tenant walls and rights: the same answers as the root queries', () => {
  it.each([
    ['Examiner', () => examinerId],
    ['Application', () => member.applicationId],
  ] as const)('another society\'s %s is NOT_FOUND, exactly as one that does not exist', async (type, id) => {
    const foreign = await node(encodeGlobalId(type, id()), ces);
    const missing = await node(encodeGlobalId(type, randomUUID()), ces);
    expect(foreign.data?.node).toBeNull();
    expect(missing.data?.node).toBeNull();
    expect(errorOf(foreign)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(errorOf(foreign)).toEqual(errorOf(missing));
    expect(foreign.errors![0].message).toBe(missing.errors![0].message);
  });

  it('the complaint of another complainant is NOT_FOUND as for the root query', async () => {
    const stranger = (await staffOf(app, 'CES'));
    const viaNode = await node(encodeGlobalId('Complaint', complaintId), { token: stranger.token, society: 'CES' });
    const viaQuery = await app.gql(ComplaintDocument, { complaintId }, { token: stranger.token, society: 'CES' });
    expect(viaNode.data?.node).toBeNull();
    expect(errorOf(viaQuery)?.code).toBe('NOT_FOUND');
    expect(errorOf(viaNode)).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it.each([
    ['an applicant', 'FORBIDDEN', () => member.as],
    ['an anonymous caller', 'UNAUTHENTICATED', () => ({ society: 'CSEE' })],
  ] as const)('%s asking for an examiner gets what examiner(id:) gives: %s', async (_who, code, as) => {
    const viaQuery = await app.gql(ExaminerDocument, { id: examinerId }, as());
    const viaNode = await node(encodeGlobalId('Examiner', examinerId), as());
    expect(errorOf(viaQuery)?.code).toBe(code);
    expect(errorOf(viaNode)?.code).toBe(code);
    expect(viaNode.data?.node).toBeNull();
  });
});

describe('malformed global ids', () => {
  it.each([
    ['a word', 'garbage!'],
    ['a bare UUID', '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5'],
    ['a type with no global ids', Buffer.from(`Account:${'6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5'}`).toString('base64url')],
    ['a known type with a bad key', Buffer.from('Examiner:not-a-uuid').toString('base64url')],
  ])('%s is MALFORMED_GLOBAL_ID on id, in both languages', async (_case, id) => {
    const result = await app.gql(NodeDocument, { id }, { ...csee, language: 'zh-CN, en;q=0.5' });
    expect(result.data?.node ?? null).toBeNull();
    expect(result.errors![0].extensions).toMatchObject({ code: 'MALFORMED_GLOBAL_ID', field: 'id' });
    expect(result.errors![0].extensions!.messageZh).toContain('全局标识');
    expect(result.errors![0].extensions!.messageEn).toContain('not a valid global id');
  });
});

describe('nodes(ids:)', () => {
  it('answers in order; an absent one is null with its own NOT_FOUND at its index', async () => {
    const ids = [encodeGlobalId('Society', 'CSEE'), encodeGlobalId('Examiner', examinerId), encodeGlobalId('Examiner', randomUUID())];
    const result = await app.gql(NodesDocument, { ids }, csee);
    expect(result.data!.nodes).toEqual([
      { __typename: 'Society', nodeId: ids[0], code: 'CSEE' },
      { __typename: 'Examiner', nodeId: ids[1], id: examinerId, displayName: '节点考官' },
      null,
    ]);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({ path: ['nodes', 2], extensions: { code: 'NOT_FOUND', field: 'ids[2]' } });
  });

  it('reads many applications in one statement: the same statements for five as for one, each as node(id:) answers it', async () => {
    const submitted: string[] = [];
    for (let count = 0; count < 5; count += 1) {
      const applicant = await applicantOf(app, 'CSEE');
      const { id, version } = await completeDossier(app, applicant);
      const done = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
      expect(done.errors).toBeUndefined();
      submitted.push(encodeGlobalId('Application', id));
    }
    const statementsOf = async (ids: string[]) => {
      app.statements.length = 0;
      const result = await app.gql(NodesDocument, { ids }, csee);
      return { result, statements: app.statements.length };
    };
    const one = await statementsOf(submitted.slice(0, 1));
    const five = await statementsOf(submitted);
    expect(five.statements).toBe(one.statements);
    expect(five.result.errors).toBeUndefined();
    // Each item is what node(id:) answers for it.
    for (const [index, id] of submitted.entries()) {
      const single = await node(id, csee);
      expect(single.errors).toBeUndefined();
      expect(five.result.data!.nodes![index]).toEqual({ __typename: 'Application', nodeId: id, id: (single.data!.node as { id: string }).id, stage: 'SUBMITTED' });
    }
    // Mixed with an absent one, one of another society and a repeated one: each keeps its place and its own answer.
    const foreign = await applicantOf(app, 'CES');
    const elsewhere = await completeDossier(app, foreign, 'CES');
    const mixed = [submitted[1], encodeGlobalId('Application', randomUUID()), encodeGlobalId('Application', elsewhere.id), submitted[1]];
    const answer = await app.gql(NodesDocument, { ids: mixed }, csee);
    expect(answer.data!.nodes!.map((item) => (item as { nodeId?: string } | null)?.nodeId ?? null)).toEqual(mixed.map((id, index) => (index === 0 || index === mixed.length - 1 ? id : null)));
    expect(answer.errors!.map((error) => [error.path!.join('.'), error.extensions!.code, error.extensions!.field])).toEqual(
      mixed.slice(1, -1).map((_id, offset) => [`nodes.${offset + 1}`, 'NOT_FOUND', `ids[${offset + 1}]`]),
    );
  });

  it('reports every malformed id at once with its index, before reading anything', async () => {
    const result = await app.gql(NodesDocument, { ids: [encodeGlobalId('Society', 'CSEE'), 'x', 'y'] }, csee);
    expect(result.data?.nodes ?? null).toBeNull();
    const issues = (result.errors![0].extensions!.issues as Array<{ code: string; field: string }> | undefined) ?? result.errors!.map((error) => error.extensions as { code: string; field: string });
    expect(issues.map((issue) => [issue.code, issue.field])).toEqual([['MALFORMED_GLOBAL_ID', 'ids[1]'], ['MALFORMED_GLOBAL_ID', 'ids[2]']]);
  });
});
