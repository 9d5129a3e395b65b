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
  const statusRow = async () => (await asOwner(app, async (client) => (await client.query('select status, attempts from notification where id = $1', [email.id])).rows))[0];
  // The worker writes the message, then settles its row: a loaded machine can be read between the two (SENDING).
  const deadline = Date.now() + 30_000;
  let row = await statusRow();
  while ((!existsSync(file) || row.status === 'SENDING' || row.status === 'PENDING') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    row = await statusRow();
  }
  expect(existsSync(file)).toBe(true);
  expect(row).toEqual({ status: 'SENT', attempts: 1 });
});
