import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { GrantRole } from '../../src/entities/enums';
import { REFRESH_CPD_REPORT_JOB } from '../../src/jobs/refresh-cpd-report.job';
import { chinaToday } from '../../src/workflow/working-day-calendar';
import { LodgeComplaintDocument, PassFormCheckDocument, RecordCpdActivityDocument } from '../generated/operations';
import { applicantOf } from '../helpers/dossier';
import { FACTORY_PASSWORD, loggedIn } from '../helpers/factories';
import { registeredMember } from '../helpers/members';
import { ProcedureDriver } from '../helpers/procedure-driver';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Debian's chromium (apt-get install -y chromium; .ci/run installs it); CHROMIUM_PATH overrides. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

let app: TestApp;
let browser: Browser;
let base: string;

beforeAll(async () => {
  // Loudly: a dashboard test that skips itself when the browser is missing would prove nothing.
  if (!existsSync(CHROMIUM)) throw new Error(`chromium is missing at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  app = await startTestApp();
  base = new URL('/', app.server.url).toString();
  const driver = await ProcedureDriver.create(app);
  const first = await driver.submitted('PROFESSIONAL');
  await driver.submitted('SENIOR');
  await driver.step(PassFormCheckDocument, first.id);
  // Two members registered this year, one with enough CPD for the days it covers; an opinion to the federation.
  const today = chinaToday(new Date());
  const month = `${today.slice(0, 7)}-01`;
  const diligent = await registeredMember(app, 'CSEE', { validFrom: month });
  await registeredMember(app, 'CSEE', { validFrom: month });
  const recorded = await app.gql(RecordCpdActivityDocument, { input: { registrationId: diligent.registrationId, kind: 'TRAINING', title: '继电保护培训', startedOn: month, endedOn: month, hours: 50 } }, diligent.as);
  expect(recorded.errors).toBeUndefined();
  await app.jobs.runNow(REFRESH_CPD_REPORT_JOB);
  expect((await app.gql(LodgeComplaintDocument, { input: { kind: 'OPINION', subject: '建议公开评价进度', content: '希望能在线查看各阶段时限。' } }, {})).errors).toBeUndefined();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the dashboard', () => {
  it('is served by the API with a CSP that allows only its own script, style and API', async () => {
    const response = await fetch(`${base}dashboard`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toContain('<script src="/dashboard/dashboard.js" defer></script>');
  });

  it('signs a federation admin in and draws the funnel and cycle times from the GraphQL reports', async () => {
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') failures.push(message.text()); });
    await page.goto(`${base}dashboard`);
    await page.fill('#email', admin.email);
    await page.fill('#password', FACTORY_PASSWORD);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('body[data-loaded]', { timeout: 20_000 });
    expect(await page.getAttribute('body', 'data-loaded')).toBe('true');
    // Two submitted, one of them form-checked: the bars carry the report's figures.
    const submitted = await page.$$eval('#funnel-chart rect[data-label="已提交"][data-series="entries"]', (bars) => bars.length);
    expect(submitted).toBe(1);
    const labels = await page.$$eval('#funnel-chart svg > text', (texts) => texts.map((text) => text.textContent));
    expect(labels).toEqual(expect.arrayContaining(['已提交', '形式审查通过', '2', '1']));
    expect(await page.$$eval('#cycle-chart rect[data-series="p50"]', (bars) => bars.map((bar) => bar.getAttribute('data-label')))).toEqual(['已提交']);
    // CPD this year: one of the two CSEE members compliant, one short; the opinion received, not yet fed back.
    const year = chinaToday(new Date()).slice(0, 4);
    expect(await page.$$eval('#cpd-chart rect[data-series]', (bars) => bars.map((bar) => [bar.getAttribute('data-label'), bar.getAttribute('data-series'), bar.getAttribute('width')])))
      .toEqual([[`CSEE ${year}`, 'compliant', '760'], [`CSEE ${year}`, 'short', '760']]);
    expect(await page.$$eval('#complaint-chart rect[data-series="received"]', (bars) => bars.map((bar) => bar.getAttribute('data-label')))).toEqual(['联合体 · 质量监督委员会']);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    expect(failures).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows the refusal to someone without a report role who pastes their token', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const page = await browser.newPage();
    await page.goto(`${base}dashboard`);
    await page.fill('#token', applicant.token);
    await page.click('#use-token');
    await page.waitForSelector('body[data-loaded]', { timeout: 20_000 });
    expect(await page.getAttribute('body', 'data-loaded')).toBe('error');
    expect(await page.textContent('#report-error')).toContain('FORBIDDEN');
    expect(await page.$$('#funnel-chart svg')).toHaveLength(0);
    await page.close();
  }, 60_000);
});
