import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { GrantRole } from '../../src/entities/enums';
import { deliverDueNotifications, retryDelaySeconds } from '../../src/notifications/deliver';
import { DELIVER_NOTIFICATIONS_JOB } from '../../src/notifications/delivery-job';
import type { Mailer, OutgoingMail } from '../../src/notifications/mailer';
import {
  LodgeObjectionDocument, MarkNotificationsReadDocument, NoticeObjectionsDocument, NotificationsDocument, RejectApplicationDocument,
  ResolveObjectionDocument, ReturnForCompletionDocument, SetMyLanguageDocument, UnreadNotificationCountDocument, PassFormCheckDocument,
} from '../generated/operations';
import { asOwner, countRows, errorOf, loggedIn } from '../helpers/factories';
import { must, ProcedureDriver } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Monday 2026-11-02, 10:00 in Beijing.
let now = new Date('2026-11-02T02:00:00Z');
const mailDir = path.join(tmpdir(), `ece-mail-${randomUUID()}`);
let app: TestApp;
let driver: ProcedureDriver;
beforeAll(async () => {
  app = await startTestApp({ MAIL_DIR: mailDir, FEDERATION_SAMPLE_PERCENT: '0' }, { clock: () => now });
  driver = await ProcedureDriver.create(app);
});
afterAll(() => app.close());

interface OutboxRow {
  id: string; kind: string; channel: string; status: string; email: string | null; recipient_id: string | null;
  subject: string; body: string; params: Record<string, unknown>; attempts: number; next_attempt_at: Date | null; language: string;
}

/** The outbox rows of an application (as the owner: the test looks behind the API). */
function outbox(where: string, params: unknown[]): Promise<OutboxRow[]> {
  return asOwner(app, async (client) => (await client.query<OutboxRow>(`select * from notification where ${where} order by created_at, channel`, params)).rows);
}

/** Runs the delivery job as a worker would, at the test's clock. */
async function deliver() {
  return app.jobs.runNow(DELIVER_NOTIFICATIONS_JOB, {});
}

/** The JSON transport's file of an email message, parsed (nodemailer's JSON form). */
async function mailFile(notificationId: string): Promise<{ to: Array<{ address: string }>; subject: string; text: string; messageId: string }> {
  return JSON.parse(await readFile(path.join(mailDir, `${notificationId}.json`), 'utf8'));
}

/** Finds the applicant's message of a kind in the outbox (both channels) and in the JSON transport; answers the email's text. */
async function expectDelivered(applicationId: string, kind: string): Promise<{ subject: string; text: string; params: Record<string, unknown> }> {
  const rows = await outbox('application_id = $1 and kind = $2', [applicationId, kind]);
  expect(rows.map((row) => row.channel).sort()).toEqual(['EMAIL', 'IN_APP']);
  const email = rows.find((row) => row.channel === 'EMAIL')!;
  await deliver();
  const [after] = await outbox('id = $1', [email.id]);
  expect(after).toMatchObject({ status: 'SENT', attempts: 1 });
  const file = await mailFile(email.id);
  expect(file.to[0].address).toBe(email.email);
  expect(file.subject).toBe(email.subject);
  return { subject: file.subject, text: file.text, params: email.params };
}

describe('notifications the seeds oblige, found in the outbox and in the JSON transport', () => {
  it('a return for completion names the missing items and the deadline', async () => {
    now = new Date('2026-11-02T02:00:00Z');
    const c = await driver.submitted();
    await driver.step(ReturnForCompletionDocument, c.id, driver.staff.as, { items: ['身份证复印件（反面）', '学位证书扫描件'] });
    const mail = await expectDelivered(c.id, 'RETURNED_FOR_COMPLETION');
    expect(mail.text).toContain('1. 身份证复印件（反面）');
    expect(mail.text).toContain('2. 学位证书扫描件');
    // 10 PRC working days from Monday 2026-11-02.
    expect(mail.text).toContain('2026-11-16');
    expect(mail.params).toMatchObject({ items: ['身份证复印件（反面）', '学位证书扫描件'], deadline: '2026-11-16' });
    // In-app: the applicant reads it, unread.
    const inbox = must(await app.gql(NotificationsDocument, { first: 10 }, c.applicant.as)).notifications!;
    expect(inbox.edges![0].node).toMatchObject({ kind: 'RETURNED_FOR_COMPLETION', applicationId: c.id, readAt: null });
    expect(inbox.edges![0].node!.body).toContain('学位证书扫描件');
  });

  it('not accepted, with the reasons ("及时通知其本人")', async () => {
    const c = await driver.submitted();
    await driver.step(PassFormCheckDocument, c.id);
    await driver.step(RejectApplicationDocument, c.id, driver.staff.as, { reason: '学历不符合基本条件' });
    const mail = await expectDelivered(c.id, 'NOT_ACCEPTED');
    expect(mail.text).toContain('学历不符合基本条件');
  });

  it('the interview notice, with time, mode and place', async () => {
    const c = await driver.accepted();
    const reviewers = await driver.assignReviewers(c);
    await driver.review(c, reviewers, { conclusion: 'RECOMMEND', nextAssessment: 'INTERVIEW' });
    await driver.step((await import('../generated/operations')).ProceedToInterviewDocument, c.id);
    await driver.interview(c);
    const mail = await expectDelivered(c.id, 'INTERVIEW_SCHEDULED');
    // 2026-11-03T02:00Z is 10:00 in Beijing.
    expect(mail.text).toContain('2026-11-03 10:00');
    expect(mail.text).toContain('学会会议室');
    expect(mail.text).toContain('现场');
  });

  it('not registered, with the review group\'s reasons', async () => {
    const c = await driver.accepted('TRAINEE');
    const reviewers = await driver.assignReviewers(c);
    await driver.review(c, reviewers, { conclusion: 'RECOMMEND', nextAssessment: 'NONE' });
    await driver.step((await import('../generated/operations')).ProceedToComprehensiveReviewDocument, c.id);
    const [member] = await driver.formGroup(c);
    await driver.decide(c, member, 'NOT_REGISTER', { reasons: '工程实践经历不足以证明能力' });
    const mail = await expectDelivered(c.id, 'NOT_REGISTERED');
    expect(mail.text).toContain('工程实践经历不足以证明能力');
  });

  it('registered, with the number; a dismissed objection reaches the applicant and the objector who gave an email', async () => {
    now = new Date('2026-11-02T02:00:00Z');
    const c = await driver.accepted('TRAINEE');
    const reviewers = await driver.assignReviewers(c);
    await driver.review(c, reviewers, { conclusion: 'RECOMMEND', nextAssessment: 'NONE' });
    await driver.step((await import('../generated/operations')).ProceedToComprehensiveReviewDocument, c.id);
    const [member] = await driver.formGroup(c);
    await driver.decide(c, member, 'REGISTER');
    const noticeId = await driver.publish([c.id], '2026-11-02');
    must(await app.gql(LodgeObjectionDocument, { input: { noticeId, applicationId: c.id, content: '项目经历存疑', contact: 'Objector@Example.test' } }, { society: 'CSEE' }));
    const objection = must(await app.gql(NoticeObjectionsDocument, { noticeId }, driver.staff.as)).noticeObjections!.find((o) => o.applicationId === c.id)!;
    must(await app.gql(ResolveObjectionDocument, { input: { objectionId: objection.id!, outcome: 'DISMISSED', resolution: '经向单位核实，项目经历属实', expectedVersion: (await driver.state(c.id)).version } }, driver.staff.as));
    await expectDelivered(c.id, 'OBJECTION_DISMISSED');
    const [toObjector] = await outbox('kind = $1 and application_id = $2', ['OBJECTION_DECIDED_FOR_OBJECTOR', c.id]);
    expect(toObjector).toMatchObject({ channel: 'EMAIL', email: 'objector@example.test', recipient_id: null, status: 'SENT' });
    expect((await mailFile(toObjector.id)).text).toContain('经向单位核实，项目经历属实');

    now = new Date('2026-11-09T02:00:00Z');
    await driver.closeNotice(noticeId);
    const number = await driver.register(c.id, driver.staff);
    const mail = await expectDelivered(c.id, 'REGISTERED');
    expect(mail.subject).toContain(number);
    expect(mail.text).toContain(number);
    expect(mail.text).toContain('2031-11-09');
  });

  it.each([
    ['UPHELD_REREVIEW', 'OBJECTION_UPHELD_REREVIEW'],
    ['UPHELD_NOT_REGISTERED', 'NOT_REGISTERED'],
  ] as const)('an objection upheld (%s) reaches the applicant with the resolution', async (outcome, kind) => {
    now = new Date('2026-11-02T02:00:00Z');
    const c = await driver.accepted('TRAINEE');
    const reviewers = await driver.assignReviewers(c);
    await driver.review(c, reviewers, { conclusion: 'RECOMMEND', nextAssessment: 'NONE' });
    await driver.step((await import('../generated/operations')).ProceedToComprehensiveReviewDocument, c.id);
    const [member] = await driver.formGroup(c);
    await driver.decide(c, member, 'REGISTER');
    const noticeId = await driver.publish([c.id], '2026-11-02');
    await driver.objectAndResolve(noticeId, c.id, outcome);
    const mail = await expectDelivered(c.id, kind);
    expect(mail.text).toContain('经核实的处理意见');
  });

  it('in the recipient\'s language: an applicant who chose English (setMyLanguage) gets English', async () => {
    const c = await driver.submitted();
    expect(must(await app.gql(SetMyLanguageDocument, { language: 'EN' }, c.applicant.as)).setMyLanguage).toBe('EN');
    await driver.step(ReturnForCompletionDocument, c.id, driver.staff.as, { items: ['ID copy'] });
    const mail = await expectDelivered(c.id, 'RETURNED_FOR_COMPLETION');
    expect(mail.subject).toMatch(/^Your application needs completing/);
    expect(mail.text).toContain('1. ID copy');
  });
});

describe('a message exists exactly when its event does', () => {
  it('a refused step (stale version) and a dry run write nothing to the outbox; the accepted step writes once', async () => {
    const c = await driver.submitted();
    const { version } = await driver.state(c.id);
    const before = await countRows(app, 'notification', 'application_id = $1', [c.id]);
    const stale = await app.gql(ReturnForCompletionDocument, { input: { applicationId: c.id, expectedVersion: version - 1, items: ['照片'] } }, driver.staff.as);
    expect(errorOf(stale)?.code).toBe('STALE_VERSION');
    const dry = await app.gql(ReturnForCompletionDocument, { input: { applicationId: c.id, expectedVersion: version, items: ['照片'] } }, { ...driver.staff.as, headers: { 'x-dry-run': 'true' } });
    expect(dry.errors).toBeUndefined();
    expect(await countRows(app, 'notification', 'application_id = $1', [c.id])).toBe(before);
    must(await app.gql(ReturnForCompletionDocument, { input: { applicationId: c.id, expectedVersion: version, items: ['照片'] } }, driver.staff.as));
    expect(await countRows(app, 'notification', 'application_id = $1', [c.id])).toBe(before + 2);
  });
});

describe('the in-app inbox', () => {
  it('refuses a page size outside 1–100', async () => {
    const applicant = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
    for (const first of [0, 101]) {
      const result = await app.gql(NotificationsDocument, { first }, { token: applicant.token, society: 'CSEE' });
      expect(errorOf(result)).toMatchObject({ field: 'first' });
    }
  });

  it('is keyset-paginated, own only, counts unread and marks read; another\'s id changes nothing', async () => {
    const c = await driver.submitted();
    await driver.step(ReturnForCompletionDocument, c.id, driver.staff.as, { items: ['照片'] });
    const c2 = await driver.submitted();
    await driver.step(PassFormCheckDocument, c2.id);
    await driver.step(RejectApplicationDocument, c2.id, driver.staff.as, { reason: '不符合' });
    expect(must(await app.gql(UnreadNotificationCountDocument, undefined, c.applicant.as)).unreadNotificationCount).toBe(1);
    const page = must(await app.gql(NotificationsDocument, { first: 1 }, c.applicant.as)).notifications!;
    expect(page.edges).toHaveLength(1);
    expect(page.pageInfo!.hasNextPage).toBe(false);
    const own = page.edges![0].node!.id!;
    const others = must(await app.gql(NotificationsDocument, { first: 10 }, c2.applicant.as)).notifications!.edges!.map((edge) => edge.node!.id!);
    expect(others).not.toContain(own);

    // Another's id: NOT_FOUND, and nothing is marked.
    const refused = await app.gql(MarkNotificationsReadDocument, { ids: [own, others[0]] }, c.applicant.as);
    expect(errorOf(refused)?.code).toBe('NOT_FOUND');
    expect(await countRows(app, 'notification', 'read_at is not null and id = any($1)', [[own, others[0]]])).toBe(0);
    // Staff (who caused it) cannot read or mark it either.
    expect(must(await app.gql(NotificationsDocument, { first: 10 }, driver.staff.as)).notifications!.edges!.map((edge) => edge.node!.id)).not.toContain(own);
    expect(errorOf(await app.gql(MarkNotificationsReadDocument, { ids: [own] }, driver.staff.as))?.code).toBe('NOT_FOUND');

    expect(must(await app.gql(MarkNotificationsReadDocument, { ids: [own] }, c.applicant.as)).markNotificationsRead).toBe(1);
    expect(must(await app.gql(UnreadNotificationCountDocument, undefined, c.applicant.as)).unreadNotificationCount).toBe(0);
    expect(must(await app.gql(NotificationsDocument, { first: 10, unreadOnly: true }, c.applicant.as)).notifications!.edges).toHaveLength(0);
    expect(errorOf(await app.gql(UnreadNotificationCountDocument, undefined, {}))?.code).toBeDefined();
  });

  it('pages newest first with cursors', async () => {
    const applicant = await loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
    await asOwner(app, async (client) => {
      for (let n = 0; n < 5; n += 1) {
        await client.query(
          `insert into notification (id, recipient_id, recipient_key, channel, kind, language, subject, body, dedupe_key, created_at, status)
           values (gen_random_uuid(), $1::uuid, $1::text, 'IN_APP', 'LAPSED', 'zh', $2, '', $3, $4, 'SENT')`,
          [applicant.id, `第${n}条`, `test:${n}`, new Date(Date.UTC(2026, 10, 1, 0, 0, n))],
        );
      }
    });
    const as = { token: applicant.token, society: 'CSEE' };
    const first = must(await app.gql(NotificationsDocument, { first: 2 }, as)).notifications!;
    const second = must(await app.gql(NotificationsDocument, { first: 2, after: first.pageInfo!.endCursor }, as)).notifications!;
    const third = must(await app.gql(NotificationsDocument, { first: 2, after: second.pageInfo!.endCursor }, as)).notifications!;
    expect([...first.edges!, ...second.edges!, ...third.edges!].map((edge) => edge.node!.subject)).toEqual(['第4条', '第3条', '第2条', '第1条', '第0条']);
    expect([first.pageInfo!.hasNextPage, second.pageInfo!.hasNextPage, third.pageInfo!.hasNextPage]).toEqual([true, true, false]);
  });
});

describe('delivery', () => {
  /** A mailer that counts what it sends, optionally failing or slow. */
  function countingMailer(behaviour: { fail?: number; delayMs?: number } = {}): Mailer & { sent: OutgoingMail[]; calls: number } {
    let failures = behaviour.fail ?? 0;
    const mailer = {
      sent: [] as OutgoingMail[], calls: 0,
      async send(mail: OutgoingMail) {
        mailer.calls += 1;
        if (behaviour.delayMs) await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
        if (failures > 0) {
          failures -= 1;
          throw new Error('421 try again later');
        }
        mailer.sent.push(mail);
      },
    };
    return mailer;
  }
  const settings = { maxAttempts: 3, retryBaseSeconds: 60, leaseSeconds: 300 };

  async function pendingReturn(): Promise<string> {
    const c = await driver.submitted();
    await driver.step(ReturnForCompletionDocument, c.id, driver.staff.as, { items: ['照片'] });
    const [email] = (await outbox('application_id = $1 and channel = $2', [c.id, 'EMAIL']));
    return email.id;
  }

  it('one event writes one message per recipient and channel, however often it is enqueued', async () => {
    const id = await pendingReturn();
    const [row] = await outbox('id = $1', [id]);
    const dedupeKey = await asOwner(app, async (client) => (await client.query('select dedupe_key from notification where id = $1', [id])).rows[0].dedupe_key as string);
    const { enqueueNotification } = await import('../../src/notifications/outbox');
    const enqueue = async (key: string) => {
      const em = app.orm.em.fork();
      await em.begin();
      // As the recipient (row-level security shows them their account); an account message carries no society.
      await em.execute(`select set_config('app.account_id', ?, true), set_config('app.society_ids', '{}', true), set_config('app.federation', 'false', true)`, [row.recipient_id]);
      const written = await enqueueNotification(em, {
        kind: 'RETURNED_FOR_COMPLETION', dedupeKey: key, recipient: { accountId: row.recipient_id! },
        channels: ['IN_APP' as never, 'EMAIL' as never], params: {}, at: now,
      });
      await em.commit();
      return written;
    };
    expect(await enqueue(dedupeKey)).toBe(0);
    expect(await countRows(app, 'notification', 'dedupe_key = $1', [dedupeKey])).toBe(2);
    // Another event does write (the refusal above is the key's doing, not the caller's).
    expect(await enqueue(`${dedupeKey}:other`)).toBe(2);
  });

  it('the job run twice, and two workers at once, send a message once', async () => {
    const id = await pendingReturn();
    const mailer = countingMailer({ delayMs: 50 });
    const [a, b] = await Promise.all([
      deliverDueNotifications(app.orm.em.fork(), mailer, settings, () => now),
      deliverDueNotifications(app.orm.em.fork(), mailer, settings, () => now),
    ]);
    await deliverDueNotifications(app.orm.em.fork(), mailer, settings, () => now);
    expect(mailer.sent.filter((mail) => mail.notificationId === id)).toHaveLength(1);
    expect(a.sent + b.sent).toBeGreaterThanOrEqual(1);
    const [row] = await outbox('id = $1', [id]);
    expect(row).toMatchObject({ status: 'SENT', attempts: 1 });
    // The registered job, run twice, writes no second file and sends nothing more.
    await deliver();
    await deliver();
    expect((await readdir(mailDir)).filter((name) => name.startsWith(id))).toHaveLength(0);
  });

  it('retries a failed send with backoff, then gives up as FAILED', async () => {
    const id = await pendingReturn();
    // Other messages of this file may be due as well: look at this one only.
    const failing = countingMailer({ fail: 10 });
    await deliverDueNotifications(app.orm.em.fork(), failing, settings, () => now);
    let [row] = await outbox('id = $1', [id]);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.next_attempt_at!.getTime() - now.getTime()).toBe(retryDelaySeconds(1, 60) * 1000);
    // Not before its time: a run now sends nothing of it.
    const before = failing.calls;
    await deliverDueNotifications(app.orm.em.fork(), failing, settings, () => now);
    expect(failing.calls).toBe(before);
    const later = (seconds: number) => () => new Date(now.getTime() + seconds * 1000);
    await deliverDueNotifications(app.orm.em.fork(), failing, settings, later(61));
    [row] = await outbox('id = $1', [id]);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 2 });
    expect(row.next_attempt_at!.getTime() - later(61)().getTime()).toBe(120_000);
    await deliverDueNotifications(app.orm.em.fork(), failing, settings, later(200));
    [row] = await outbox('id = $1', [id]);
    expect(row).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(retryDelaySeconds(3, 60)).toBe(240);
  });
});
