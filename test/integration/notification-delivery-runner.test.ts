import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ReturnForCompletionDocument } from '../generated/operations';
import { asOwner } from '../helpers/factories';
import { ProcedureDriver } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';

// The real pg-boss runner: a command's email is queued in its transaction and delivered by a worker, no runNow.
const mailDir = path.join(tmpdir(), `ece-mail-${randomUUID()}`);
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ MAIL_DIR: mailDir }, { jobs: true });
});
afterAll(() => app.close());

it('delivers a command\'s email through the job runner once the command commits', async () => {
  const driver = await ProcedureDriver.create(app);
  const c = await driver.submitted();
  await driver.step(ReturnForCompletionDocument, c.id, driver.staff.as, { items: ['照片'] });
  const [email] = await asOwner(app, async (client) => (await client.query<{ id: string }>(
    `select id from notification where application_id = $1 and channel = 'EMAIL'`, [c.id],
  )).rows);
  const file = path.join(mailDir, `${email.id}.json`);
  const deadline = Date.now() + 30_000;
  while (!existsSync(file) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  expect(existsSync(file)).toBe(true);
  const [row] = await asOwner(app, async (client) => (await client.query('select status, attempts from notification where id = $1', [email.id])).rows);
  expect(row).toEqual({ status: 'SENT', attempts: 1 });
});
