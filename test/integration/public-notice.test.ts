import {
  CloseNoticeDocument, LodgeObjectionDocument, NoticeObjectionsDocument, PublicNoticesDocument, PublishNoticeDocument, ResolveObjectionDocument,
  SubmitApplicationDocument,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let now = new Date('2026-09-28T02:00:00Z');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
});
afterAll(() => app.close());

const stateOf = (id: string) => asOwner(app, async (c) => (await c.query('select stage, version from application where id = $1', [id])).rows[0] as { stage: string; version: number });

/** A submitted application the factory moves to the comprehensive review, with the group's decision (or none). */
async function decided(gradeCode: string, decision: 'REGISTER' | null = 'REGISTER') {
  const applicant = await applicantOf(app, 'CSEE');
  const { id, version } = await completeDossier(app, applicant, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode });
  await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
  await asOwner(app, async (c) => {
    await c.query(`update application set stage = 'COMPREHENSIVE_REVIEW' where id = $1`, [id]);
    if (decision) {
      await c.query(`insert into comprehensive_review (id, society_id, application_id, conclusion, decided_by_id, decided_at)
                     select gen_random_uuid(), society_id, id, $2, applicant_id, now() from application where id = $1`, [id, decision]);
    }
  });
  return { id, version: (await stateOf(id)).version };
}

describe('the public notice', () => {
  it('runs at least 5 working days, takes objections from anyone, and hands each applicant on by grade when closed', async () => {
    now = new Date('2026-09-28T02:00:00Z');
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    const [a, b, c, undecided] = [await decided('PROFESSIONAL'), await decided('SENIOR'), await decided('TRAINEE'), await decided('PROFESSIONAL', null)];
    const batch = [a, b, c].map((x) => ({ applicationId: x.id, expectedVersion: x.version }));

    const tooShort = await app.gql(PublishNoticeDocument, { input: { title: '2026年第一批', startsOn: '2026-09-28', workingDays: 4, applications: batch } }, asStaff);
    expect(errorOf(tooShort)).toEqual({ code: 'NOTICE_TOO_SHORT', field: 'input.workingDays' });
    const withUndecided = await app.gql(PublishNoticeDocument, {
      input: { title: '2026年第一批', startsOn: '2026-09-28', workingDays: 5, applications: [...batch, { applicationId: undecided.id, expectedVersion: undecided.version }] },
    }, asStaff);
    expect(errorOf(withUndecided)?.code).toBe('INVALID_TRANSITION');
    expect([await countRows(app, 'public_notice'), (await stateOf(a.id)).stage]).toEqual([0, 'COMPREHENSIVE_REVIEW']);

    // 5 working days from Monday 2026-09-28: 09-28, 09-29, 09-30, then the National Day holiday, 10-08, 10-09.
    const published = await app.gql(PublishNoticeDocument, { input: { title: '2026年第一批', startsOn: '2026-09-28', workingDays: 5, applications: batch } }, asStaff);
    expect(published.data!.publishNotice).toMatchObject({ startsOn: '2026-09-28', endsOn: '2026-10-09' });
    const noticeId = published.data!.publishNotice!.id;

    app.statements.length = 0;
    const publicView = await app.gql(PublicNoticesDocument, undefined, { society: 'CSEE' });
    expect(publicView.data!.publicNotices).toHaveLength(1);
    // The public notice shows no self-statement or career plan: its statement reads none (issue 14).
    expect(app.statements.some((sql) => sql.includes('public_notice_entry'))).toBe(true);
    expect(app.statements.filter((sql) => /self_statement|career_plan|row_to_json\(a\)/.test(sql))).toEqual([]);
    expect(publicView.data!.publicNotices![0].entries.map((entry) => [entry.name, entry.employer, entry.field, entry.grade])).toEqual([
      ['张伟', '国网北京市电力公司', '电气工程类', '专业工程会员'],
      ['张伟', '国网北京市电力公司', '电气工程类', '资深工程会员'],
      ['张伟', '国网北京市电力公司', '电气工程类', '见习工程会员'],
    ]);

    const anonymous = { society: 'CSEE' };
    expect((await app.gql(LodgeObjectionDocument, { input: { noticeId, applicationId: a.id, content: '该申请人的项目经历存疑', contact: '13900000000' } }, anonymous)).errors).toBeUndefined();
    expect(errorOf(await app.gql(LodgeObjectionDocument, { input: { noticeId, applicationId: undecided.id, content: '？' } }, anonymous))).toEqual({ code: 'NOT_FOUND', field: 'input.applicationId' });
    now = new Date('2026-10-09T08:00:00Z');
    await app.gql(LodgeObjectionDocument, { input: { noticeId, applicationId: b.id, content: '重复申请？' } }, anonymous);
    expect(errorOf(await app.gql(CloseNoticeDocument, { noticeId }, asStaff))).toEqual({ code: 'DEADLINE_NOT_PASSED', field: 'noticeId' });

    now = new Date('2026-10-10T02:00:00Z');
    expect(errorOf(await app.gql(LodgeObjectionDocument, { input: { noticeId, applicationId: a.id, content: '太晚了' } }, anonymous))).toEqual({ code: 'NOTICE_NOT_OPEN', field: 'input.noticeId' });
    expect(errorOf(await app.gql(CloseNoticeDocument, { noticeId }, asStaff))?.code).toBe('OBJECTION_OPEN');

    const objections = (await app.gql(NoticeObjectionsDocument, { noticeId }, asStaff)).data!.noticeObjections!;
    const onA = objections.find((o) => o.applicationId === a.id)!;
    const onB = objections.find((o) => o.applicationId === b.id)!;
    const aState = await stateOf(a.id);
    expect((await app.gql(ResolveObjectionDocument, { input: { objectionId: onA.id!, outcome: 'UPHELD_REREVIEW', resolution: '经核实需重新审议', expectedVersion: aState.version } }, asStaff)).data!.resolveObjection!.status).toBe('UPHELD_REREVIEW');
    await app.gql(ResolveObjectionDocument, { input: { objectionId: onB.id!, outcome: 'DISMISSED', resolution: '经核实不属实', expectedVersion: 0 } }, asStaff);

    expect((await app.gql(CloseNoticeDocument, { noticeId }, asStaff)).data!.closeNotice!.closedAt).not.toBeNull();
    expect([(await stateOf(a.id)).stage, (await stateOf(b.id)).stage, (await stateOf(c.id)).stage]).toEqual(['COMPREHENSIVE_REVIEW', 'FEDERATION_REVIEW', 'AWAITING_REGISTRATION']);
    expect((await app.gql(PublicNoticesDocument, undefined, anonymous)).data!.publicNotices).toEqual([]);
  });
});

describe('an objection upheld', () => {
  it('ends the application as not registered, with the resolution as its reason', async () => {
    now = new Date('2026-11-02T02:00:00Z');
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    const target = await decided('PROFESSIONAL');
    const notice = (await app.gql(PublishNoticeDocument, { input: { title: '第二批', startsOn: '2026-11-02', workingDays: 5, applications: [{ applicationId: target.id, expectedVersion: target.version }] } }, asStaff)).data!.publishNotice!;
    await app.gql(LodgeObjectionDocument, { input: { noticeId: notice.id, applicationId: target.id, content: '学历证书系伪造' } }, { society: 'CSEE' });
    const [objection] = (await app.gql(NoticeObjectionsDocument, { noticeId: notice.id }, asStaff)).data!.noticeObjections!;
    const objectionsBefore = await countRows(app, 'objection');
    const resolved = await app.gql(ResolveObjectionDocument, { input: { objectionId: objection.id!, outcome: 'UPHELD_NOT_REGISTERED', resolution: '经学信网核实学历证书不实', expectedVersion: (await stateOf(target.id)).version } }, asStaff);
    expect(resolved.data!.resolveObjection!.status).toBe('UPHELD_NOT_REGISTERED');
    expect((await stateOf(target.id)).stage).toBe('NOT_REGISTERED');
    // The notice is still open, but the applicant is no longer proposed: the public no longer sees them listed,
    // and an objection against them is refused as for anyone not listed.
    expect((await app.gql(PublicNoticesDocument, undefined, { society: 'CSEE' })).data!.publicNotices).toEqual([]);
    const late = await app.gql(LodgeObjectionDocument, { input: { noticeId: notice.id, applicationId: target.id, content: '再次异议' } }, { society: 'CSEE' });
    expect(errorOf(late)).toEqual({ code: 'NOT_FOUND', field: 'input.applicationId' });
    expect(await countRows(app, 'objection')).toBe(objectionsBefore);
    // Resolved once: a second resolution changes nothing.
    const again = await app.gql(ResolveObjectionDocument, { input: { objectionId: objection.id!, outcome: 'DISMISSED', resolution: '改判', expectedVersion: 0 } }, asStaff);
    expect(errorOf(again)?.code).toBe('INVALID_TRANSITION');
    expect((await stateOf(target.id)).stage).toBe('NOT_REGISTERED');
  });
});
