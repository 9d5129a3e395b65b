import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { GrantRole } from '../../src/entities/enums';
import { DELIVER_NOTIFICATIONS_JOB } from '../../src/notifications/delivery-job';
import { WorkingDayCalendar } from '../../src/workflow/working-day-calendar';
import {
  ApplicationDecisionsDocument, ComplaintDocument, ComplaintQueueDocument, EscalateComplaintDocument, HandleComplaintDocument, LodgeComplaintDocument,
  MyComplaintsDocument, PassFormCheckDocument, SetMyLanguageDocument, SetComplaintTargetDocument, SubmitApplicationDocument, type ComplaintStepAction, type LodgeComplaintInput,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, errorOf, examinerOf, loggedIn } from '../helpers/factories';
import { registeredMember, type Member } from '../helpers/members';
import { startTestApp, type RequestOptions, type TestApp } from '../helpers/test-app';

/**
 * Complaints and appeals (seed 000 申诉、投诉; seed 003 10.2): lodged with the society (a result, naming the decision)
 * or the federation (procedure, mismanagement, anyone's opinion); received, assigned, investigated, decided, fed back,
 * each step kept with its evidence; escalation to the secretariat; the complainant seen only by the handlers.
 */

let app: TestApp;
// The handling time is measured on the calendar: the test moves the clock forward.
let now = new Date();
let complainant: RequestOptions & { id: string; name: string };
let applicationId: string;
let decisionEventId: string;
let staff: RequestOptions & { id: string };
let quality: RequestOptions & { id: string };
let secretariat: RequestOptions & { id: string };
let admin: RequestOptions;
let concerned: Member;
let colleague: RequestOptions;
let examiner: RequestOptions;

const complaintRows = () => asOwner(app, async (c) => ({
  complaints: (await c.query('select * from complaint order by created_at, id')).rows,
  steps: (await c.query('select * from complaint_step order by at, id')).rows,
  targets: (await c.query('select * from complaint_target order by handler')).rows,
  notifications: (await c.query(`select * from notification where dedupe_key like 'complaint:%' order by created_at, id`)).rows,
}));

interface OutboxRow { id: string; kind: string; channel: string; email: string | null; recipient_id: string | null; language: string; subject: string; body: string; dedupe_key: string }

/** The complaint messages of the outbox (as the owner: the test looks behind the API). */
const complaintMessages = (complaintId: string): Promise<OutboxRow[]> => asOwner(app, async (c) => (await c.query<OutboxRow>(
  `select * from notification where dedupe_key like $1 order by created_at, channel::text, recipient_id`, [`complaint:${complaintId}:%`],
)).rows);

const mailDir = path.join(tmpdir(), `ece-mail-${randomUUID()}`);

/** Delivers the pending mail and reads the JSON transport's file of an email message. */
async function deliveredMail(notificationId: string): Promise<{ to: Array<{ address: string }>; subject: string; text: string }> {
  await app.jobs.runNow(DELIVER_NOTIFICATIONS_JOB, {});
  return JSON.parse(await readFile(path.join(mailDir, `${notificationId}.json`), 'utf8'));
}

const result = (extra: Partial<LodgeComplaintInput> = {}): LodgeComplaintInput => ({
  kind: 'RESULT', subject: '对形式审查结论有异议', content: '学会认定材料不全，但所缺照片已于提交时上传。', applicationId, decisionEventId,
  concernsRegistrationNumber: concerned.registrationNumber, ...extra,
});

beforeAll(async () => {
  app = await startTestApp({ MAIL_DIR: mailDir }, { clock: () => now });
  const applicant = await applicantOf(app, 'CSEE');
  complainant = { token: applicant.token, society: 'CSEE', id: applicant.id, name: (await asOwner(app, async (c) => (await c.query('select display_name from account where id = $1', [applicant.id])).rows[0].display_name)) as string };
  const staffAccount = await staffOf(app, 'CSEE');
  staff = { token: staffAccount.token, society: 'CSEE', id: staffAccount.id };
  // An application with a decision of the society: the form check.
  const draft = await completeDossier(app, applicant);
  applicationId = draft.id;
  const submitted = await app.gql(SubmitApplicationDocument, { input: { applicationId, expectedVersion: draft.version, consentToVerification: true } }, complainant);
  await app.gql(PassFormCheckDocument, { input: { applicationId, expectedVersion: submitted.data!.submitApplication!.version! } }, staff);
  const history = (await app.gql(ApplicationDecisionsDocument, { id: applicationId }, complainant)).data!.application!.history!;
  decisionEventId = history.find((event) => event.action === 'passFormCheck')!.id!;
  const qs = await loggedIn(app, { role: GrantRole.QUALITY_SUPERVISION });
  quality = { token: qs.token, id: qs.id };
  const sec = await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT });
  secretariat = { token: sec.token, id: sec.id };
  admin = { token: (await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN })).token };
  concerned = await registeredMember(app, 'CSEE');
  colleague = { token: (await applicantOf(app, 'CSEE')).token, society: 'CSEE' };
  examiner = { token: (await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL'))).token, society: 'CSEE' };
});
afterAll(() => app.close());

async function only(as: RequestOptions) {
  const list = (await app.gql(MyComplaintsDocument, {}, as)).data!.myComplaints!;
  return list;
}

describe('a complaint about a result, through every step to feedback, then escalated', () => {
  let id: string;

  it('is received by the society with a due date in working days', async () => {
    const lodged = await app.gql(LodgeComplaintDocument, { input: result() }, complainant);
    expect(lodged.errors).toBeUndefined();
    const [mine] = await only(complainant);
    id = mine.id!;
    const calendar = new WorkingDayCalendar();
    const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(mine).toMatchObject({
      kind: 'RESULT', handler: 'SOCIETY', status: 'RECEIVED', round: 1, societyCode: 'CSEE', applicationId, decisionEventId,
      receivedOn: today, targetWorkingDays: 20, dueOn: calendar.addWorkingDays(today, 20), workingDaysTaken: 0, overdue: false, outcome: null,
    });
    expect(mine.steps!.map((s) => [s.action, s.note])).toEqual([['RECEIVE', null]]);
  });

  it("tells the society's staff in-app in the lodging transaction, once; the member it concerns receives nothing", async () => {
    const messages = await complaintMessages(id);
    expect(messages.map((m) => [m.kind, m.channel, m.recipient_id, m.dedupe_key])).toEqual([['COMPLAINT_RECEIVED', 'IN_APP', staff.id, `complaint:${id}:1:RECEIVE`]]);
    expect(messages[0].subject).toBe('收到投诉：对形式审查结论有异议');
    expect(await asOwner(app, async (c) => (await c.query(`select count(*)::int as n from notification where recipient_id = $1 and dedupe_key like 'complaint:%'`, [concerned.account.id])).rows[0].n)).toBe(0);
  });

  it('shows the complainant to the handlers only: not to the member it concerns, a colleague, an examiner, the committee', async () => {
    const queue = (await app.gql(ComplaintQueueDocument, {}, staff)).data!.complaintQueue!;
    expect(queue.find((c) => c.id === id)!.complainant).toEqual({ name: complainant.name, email: expect.any(String), contact: null });
    for (const viewer of [concerned.as, colleague, examiner, quality, secretariat]) {
      expect(errorOf(await app.gql(ComplaintDocument, { complaintId: id }, viewer))?.code).toBe('NOT_FOUND');
    }
    expect(await only(concerned.as)).toEqual([]);
    expect(errorOf(await app.gql(ComplaintQueueDocument, {}, concerned.as))?.code).toBe('FORBIDDEN');
    expect((await app.gql(ComplaintQueueDocument, {}, quality)).data!.complaintQueue!.map((c) => c.id)).not.toContain(id);
  });

  // The handling as a table: a step out of turn is refused and changes nothing.
  const OUT_OF_TURN: ReadonlyArray<ComplaintStepAction> = ['INVESTIGATE', 'DECIDE', 'FEEDBACK'];
  it.each(OUT_OF_TURN)('refuses %s before the complaint is assigned, changing nothing', async (action) => {
    const before = await complaintRows();
    const refused = await app.gql(HandleComplaintDocument, { input: { complaintId: id, action, note: '——', outcome: 'DISMISSED' } }, staff);
    expect(errorOf(refused)).toMatchObject({ code: 'INVALID_TRANSITION', field: 'input.action' });
    expect(await complaintRows()).toEqual(before);
  });

  it('refuses the complainant, the member concerned and a non-handler assignee, changing nothing', async () => {
    const before = await complaintRows();
    expect(errorOf(await app.gql(HandleComplaintDocument, { input: { complaintId: id, action: 'ASSIGN', note: '自行承办', assigneeId: complainant.id } }, complainant))?.code).toBe('FORBIDDEN');
    // Not a handler of anything (no staff or federation role): the shield refuses before the complaint is looked up,
    // so the answer is the same for every id and says nothing about this complaint.
    expect(errorOf(await app.gql(HandleComplaintDocument, { input: { complaintId: id, action: 'ASSIGN', note: '承办', assigneeId: staff.id } }, concerned.as))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(HandleComplaintDocument, { input: { complaintId: id, action: 'ASSIGN', note: '承办', assigneeId: concerned.account.id } }, staff))).toMatchObject({ code: 'NOT_FOUND', field: 'input.assigneeId' });
    expect(errorOf(await app.gql(EscalateComplaintDocument, { complaintId: id, reason: '不服' }, complainant))?.code).toBe('INVALID_TRANSITION');
    expect(await complaintRows()).toEqual(before);
  });

  it('is assigned, investigated, decided and fed back, each step with its evidence; the complainant sees the outcome only after feedback', async () => {
    const steps: Array<[ComplaintStepAction, string, string | null]> = [
      ['ASSIGN', '由初审组承办', null],
      ['INVESTIGATE', '调阅提交记录：照片已于提交时上传。', '系统提交日志截图；初审记录表'],
      ['DECIDE', '形式审查结论有误，予以纠正。', '学会评价工作组会议纪要'],
    ];
    for (const [action, note, evidence] of steps) {
      const done = await app.gql(HandleComplaintDocument, { input: { complaintId: id, action, note, evidence, assigneeId: staff.id, outcome: 'UPHELD' } }, staff);
      expect(done.errors).toBeUndefined();
    }
    const decided = (await only(complainant))[0];
    expect(decided).toMatchObject({ status: 'DECIDED', outcome: null });
    expect(decided.steps!.every((s) => s.note === null && s.evidence === null)).toBe(true);
    // Fifteen days later (more than the target would allow if it were 5): measured in working days.
    now = new Date(now.getTime() + 15 * 86_400_000);
    expect((await complaintMessages(id)).map((m) => m.kind)).toEqual(['COMPLAINT_RECEIVED']);
    // The complainant reads English: the feedback comes in English.
    expect((await app.gql(SetMyLanguageDocument, { language: 'EN' }, complainant)).data!.setMyLanguage).toBe('EN');
    const fed = await app.gql(HandleComplaintDocument, { input: { complaintId: id, action: 'FEEDBACK', note: '已书面告知投诉人：结论已纠正。' } }, staff);
    expect(fed.data!.handleComplaint).toMatchObject({ status: 'FEEDBACK_GIVEN', outcome: 'UPHELD', feedback: '已书面告知投诉人：结论已纠正。' });
    const feedback = (await complaintMessages(id)).filter((m) => m.kind === 'COMPLAINT_FEEDBACK');
    expect(feedback.map((m) => [m.channel, m.recipient_id, m.language, m.dedupe_key])).toEqual([
      ['EMAIL', complainant.id, 'en', `complaint:${id}:1:FEEDBACK`], ['IN_APP', complainant.id, 'en', `complaint:${id}:1:FEEDBACK`],
    ]);
    const mail = await deliveredMail(feedback[0].id);
    expect(mail.to[0].address).toBe(feedback[0].email);
    expect(mail.subject).toBe('Outcome of your complaint: 对形式审查结论有异议');
    expect(mail.text).toContain('Outcome: upheld');
    expect(mail.text).toContain('Reasons: 形式审查结论有误，予以纠正。');
    expect(mail.text).toContain('Feedback: 已书面告知投诉人：结论已纠正。');
    expect(await asOwner(app, async (c) => (await c.query(`select count(*)::int as n from notification where recipient_id = $1 and dedupe_key like 'complaint:%'`, [concerned.account.id])).rows[0].n)).toBe(0);
    // The step is taken once: repeating it is refused and writes nothing more.
    const before = await complaintRows();
    expect(errorOf(await app.gql(HandleComplaintDocument, { input: { complaintId: id, action: 'FEEDBACK', note: '再次反馈' } }, staff))?.code).toBe('INVALID_TRANSITION');
    expect(await complaintRows()).toEqual(before);
    const seen = (await only(complainant))[0];
    expect(seen.outcome).toBe('UPHELD');
    const calendar = new WorkingDayCalendar();
    expect(seen.workingDaysTaken).toBe(calendar.workingDaysBetween(seen.receivedOn!, seen.feedbackOn!));
    const handled = (await app.gql(ComplaintDocument, { complaintId: id }, staff)).data!.complaint!;
    expect(handled.steps!.map((s) => [s.action, s.evidence])).toEqual([
      ['RECEIVE', null], ['ASSIGN', null], ['INVESTIGATE', '系统提交日志截图；初审记录表'], ['DECIDE', '学会评价工作组会议纪要'], ['FEEDBACK', null],
    ]);
  });

  it('is escalated by the complainant to the secretariat: a second round the society no longer sees', async () => {
    const escalated = await app.gql(EscalateComplaintDocument, { complaintId: id, reason: '对处理程序仍有异议，请联合体秘书处复核。' }, complainant);
    expect(escalated.data!.escalateComplaint).toMatchObject({ handler: 'SECRETARIAT', status: 'RECEIVED', round: 2, outcome: null });
    expect(errorOf(await app.gql(ComplaintDocument, { complaintId: id }, staff))?.code).toBe('NOT_FOUND');
    const atSecretariat = (await app.gql(ComplaintQueueDocument, { status: 'RECEIVED' }, secretariat)).data!.complaintQueue!;
    const round2 = atSecretariat.find((c) => c.id === id)!;
    expect(round2.complainant!.name).toBe(complainant.name);
    // The record of round 1 is kept.
    expect(round2.steps!.map((s) => `${s.round}:${s.action}`)).toEqual(['1:RECEIVE', '1:ASSIGN', '1:INVESTIGATE', '1:DECIDE', '1:FEEDBACK', '2:ESCALATE']);
    expect(errorOf(await app.gql(ComplaintDocument, { complaintId: id }, concerned.as))?.code).toBe('NOT_FOUND');
    // The secretariat is told in-app in the escalating transaction; the member concerned still receives nothing.
    const escalation = (await complaintMessages(id)).filter((m) => m.dedupe_key === `complaint:${id}:2:ESCALATE`);
    const holders = await asOwner(app, async (c) => (await c.query(
      `select distinct account_id from role_grant where role = 'FEDERATION_SECRETARIAT' and society_id is null and revoked_at is null order by account_id`,
    )).rows.map((row) => row.account_id as string));
    expect(holders).toContain(secretariat.id);
    expect(escalation.map((m) => [m.kind, m.channel, m.recipient_id])).toEqual(holders.map((holder) => ['COMPLAINT_RECEIVED', 'IN_APP', holder]));
    expect(escalation[0].body).toContain('联合体秘书处收到一件投诉（投诉人对处理结果有不同意见，提请复核）');
    expect(await asOwner(app, async (c) => (await c.query(`select count(*)::int as n from notification where recipient_id = $1 and dedupe_key like 'complaint:%'`, [concerned.account.id])).rows[0].n)).toBe(0);
  });
});

describe('lodging', () => {
  const REFUSED: ReadonlyArray<[string, () => [Partial<LodgeComplaintInput>, RequestOptions], string, string | undefined]> = [
    ["someone else's application", () => [{}, colleague], 'NOT_FOUND', 'input.applicationId'],
    ['no decision named', () => [{ decisionEventId: null }, complainant], 'BAD_USER_INPUT', 'input.decisionEventId'],
    ['an unknown decision', () => [{ decisionEventId: '00000000-0000-4000-8000-000000000000' }, complainant], 'NOT_FOUND', 'input.decisionEventId'],
    ['a result, anonymously', () => [{}, { society: 'CSEE' }], 'UNAUTHENTICATED', undefined],
    ['a breach by a society the complainant never applied to', () => [{ kind: 'PROCEDURE_BREACH', societyCode: 'CES' }, complainant], 'FORBIDDEN', 'input.societyCode'],
    ['a breach naming no society', () => [{ kind: 'MISMANAGEMENT', societyCode: null }, complainant], 'BAD_USER_INPUT', 'input.societyCode'],
    ['an unknown member', () => [{ kind: 'OPINION', concernsRegistrationNumber: 'CSE-P-0000-000000' }, {}], 'NOT_FOUND', 'input.concernsRegistrationNumber'],
  ];
  it.each(REFUSED)('refuses %s, changing nothing', async (_label, input, code, field) => {
    const [change, as] = input();
    const before = await complaintRows();
    const refused = await app.gql(LodgeComplaintDocument, { input: result(change) }, as);
    expect(errorOf(refused)).toMatchObject(field ? { code, field } : { code });
    expect(await complaintRows()).toEqual(before);
  });

  it('takes a breach of procedure to the quality supervision committee, which alone handles it', async () => {
    await app.gql(LodgeComplaintDocument, { input: { kind: 'PROCEDURE_BREACH', subject: '学会超期未受理', content: '提交后两个月未作形式审查。', societyCode: 'CSEE' } }, complainant);
    const queue = (await app.gql(ComplaintQueueDocument, { status: 'RECEIVED' }, quality)).data!.complaintQueue!;
    const breach = queue.find((c) => c.kind === 'PROCEDURE_BREACH')!;
    expect(breach).toMatchObject({ handler: 'QUALITY_SUPERVISION', societyCode: 'CSEE', complainant: { name: complainant.name } });
    // The committee is told; the society complained about is not.
    expect((await complaintMessages(breach.id!)).map((m) => [m.kind, m.recipient_id])).toEqual([['COMPLAINT_RECEIVED', quality.id]]);
    // The society complained about does not see it.
    expect(errorOf(await app.gql(ComplaintDocument, { complaintId: breach.id! }, staff))?.code).toBe('NOT_FOUND');
    const assigned = await app.gql(HandleComplaintDocument, { input: { complaintId: breach.id!, action: 'ASSIGN', note: '委员会承办', assigneeId: quality.id } }, quality);
    expect(assigned.data!.handleComplaint!.status).toBe('ASSIGNED');
  });

  it('takes an anonymous opinion to the committee: no complainant to show or to escalate', async () => {
    const sent = await app.gql(LodgeComplaintDocument, { input: { kind: 'OPINION', subject: '建议公开考官名单', content: '建议在官网公开各领域考官名单。', contact: 'reader@example.test' } }, {});
    expect(sent.errors).toBeUndefined();
    const opinion = (await app.gql(ComplaintQueueDocument, {}, quality)).data!.complaintQueue!.find((c) => c.kind === 'OPINION')!;
    expect(opinion.complainant).toEqual({ name: null, email: null, contact: 'reader@example.test' });
    // The committee's members are told in-app, though the anonymous request cannot read federation grants.
    expect((await complaintMessages(opinion.id!)).map((m) => [m.kind, m.channel, m.recipient_id])).toEqual([['COMPLAINT_RECEIVED', 'IN_APP', quality.id]]);
    const steps: Array<[ComplaintStepAction, string]> = [['ASSIGN', '委员会承办'], ['INVESTIGATE', '已调研'], ['DECIDE', '建议部分采纳'], ['FEEDBACK', '将在官网公开考官所属领域。']];
    for (const [action, note] of steps) {
      expect((await app.gql(HandleComplaintDocument, { input: { complaintId: opinion.id!, action, note, assigneeId: quality.id, outcome: 'PARTLY_UPHELD' } }, quality)).errors).toBeUndefined();
    }
    const messages = await complaintMessages(opinion.id!);
    expect(messages.map((m) => [m.kind, m.channel, m.email, m.recipient_id, m.language])).toEqual([
      ['COMPLAINT_FEEDBACK', 'EMAIL', 'reader@example.test', null, 'zh'], ['COMPLAINT_RECEIVED', 'IN_APP', null, quality.id, 'zh'],
    ]);
    const mail = await deliveredMail(messages[0].id);
    expect(mail.to[0].address).toBe('reader@example.test');
    expect(mail.subject).toBe('投诉处理结果：建议公开考官名单');
    expect(mail.text).toContain('处理结论：投诉部分成立');
    expect(mail.text).toContain('反馈：将在官网公开考官所属领域。');
  });

  it('lets the federation set a target, which new complaints take', async () => {
    expect(errorOf(await app.gql(SetComplaintTargetDocument, { handler: 'SOCIETY', workingDays: 5 }, staff))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(SetComplaintTargetDocument, { handler: 'SOCIETY', workingDays: 0 }, admin))?.code).toBe('NUMBER_OUT_OF_RANGE');
    expect((await app.gql(SetComplaintTargetDocument, { handler: 'SOCIETY', workingDays: 5 }, admin)).data!.setComplaintTarget).toEqual({ handler: 'SOCIETY', workingDays: 5 });
    await app.gql(LodgeComplaintDocument, { input: result({ subject: '第二次投诉' }) }, complainant);
    const second = (await only(complainant)).find((c) => c.subject === '第二次投诉')!;
    expect(second.targetWorkingDays).toBe(5);
    expect(second.dueOn).toBe(new WorkingDayCalendar().addWorkingDays(second.receivedOn!, 5));
  });
});

describe('rate limit', () => {
  it('counts anonymous opinions per client address like objections', async () => {
    const limited = await startTestApp({ RATE_LIMIT_COMPLAINT: '2/60' });
    try {
      const send = () => limited.gql(LodgeComplaintDocument, { input: { kind: 'OPINION', subject: '意见', content: '内容' } }, {});
      expect((await send()).errors).toBeUndefined();
      expect((await send()).errors).toBeUndefined();
      expect(errorOf(await send())?.code).toBe('RATE_LIMITED');
      expect(await asOwner(limited, async (c) => Number((await c.query('select count(*) from complaint')).rows[0].count))).toBe(2);
    } finally {
      await limited.close();
    }
  });
});
