import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startPortal } from '../../examples/society-portal/server';
import { ApplicationDocument, MyApplicationsDocument, PassFormCheckDocument, UpdateSocietyBrandingDocument } from '../generated/operations';
import { applicantOf, fillDossier, SAMPLE_FILES, staffOf, STATEMENT } from '../helpers/dossier';
import { FACTORY_PASSWORD } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

/** Debian's chromium (apt-get install -y chromium; .ci/run installs it); CHROMIUM_PATH overrides. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');
const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

let app: TestApp;
let portal: Awaited<ReturnType<typeof startPortal>>;
let browser: Browser;

beforeAll(async () => {
  // Loudly: a browser test that skips itself when the browser is missing would prove nothing.
  if (!existsSync(CHROMIUM)) throw new Error(`chromium is missing at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  // The portal is built as a frontend developer would: the client package, then the portal's ES modules (tsc, no bundler).
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'client/tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
  execFileSync(process.execPath, [tsc, '-p', 'examples/society-portal/tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
  app = await startTestApp();
  portal = await startPortal({ apiUrl: app.server.url });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await app?.close();
});

/** A page that records script errors, so a broken module graph fails the test rather than leaving a blank page. */
async function openPortal(host: string, failures: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1100 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') failures.push(message.text()); });
  await page.goto(`http://${host}:${portal.port}/`);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  return page;
}

describe('the example society portal in headless chromium', () => {
  it('is branded by the society of its host name', async () => {
    const failures: string[] = [];
    const page = await openPortal('cmes.localhost', failures);
    expect(await page.getAttribute('body', 'data-society')).toBe('CMES');
    expect(await page.textContent('#society-name')).toBe('中国机械工程学会');
    expect(await page.textContent('#society-name-en')).toBe('Chinese Mechanical Engineering Society');
    expect(await page.textContent('#contacts')).toContain('010-68799018');
    expect(failures).toEqual([]);
    await page.close();
  }, 60_000);

  it('signs an applicant in, starts an application, saves a section, uploads a file, submits and follows the stage', async () => {
    const staff = await staffOf(app, 'CSEE');
    expect((await app.gql(UpdateSocietyBrandingDocument, { input: { primaryColor: '#004B87', accentColor: '#C8102E' } }, { token: staff.token, society: 'CSEE' })).errors).toBeUndefined();
    const applicant = await applicantOf(app, 'CSEE');
    const failures: string[] = [];
    const page = await openPortal('csee.localhost', failures);
    expect(await page.textContent('#society-name')).toBe('中国电机工程学会');
    expect(await page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--primary').trim()")).toBe('#004B87');

    await page.fill('#email', applicant.email);
    await page.fill('#password', FACTORY_PASSWORD);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('body[data-signed-in]', { timeout: 20_000 });
    expect(await page.getAttribute('body', 'data-stage')).toBe('NONE');

    await page.click('#start-form button[type=submit]');
    await page.waitForSelector('body[data-stage="DRAFT"]', { timeout: 20_000 });

    await page.fill('#statement', STATEMENT);
    await page.click('#statement-form button[type=submit]');
    await page.waitForFunction("document.getElementById('statement-count').textContent !== ''", undefined, { timeout: 20_000 });
    expect(await page.textContent('#statement-count')).toBe(`${[...STATEMENT].length} 字`);

    await page.setInputFiles('#file', { name: '证件照.jpg', mimeType: 'image/jpeg', buffer: SAMPLE_FILES.jpeg });
    await page.selectOption('#purpose', 'PHOTO');
    await page.click('#upload-form button[type=submit]');
    await page.waitForSelector('#files li', { timeout: 20_000 });
    expect(await page.textContent('#files li')).toBe(`PHOTO: 证件照.jpg (${SAMPLE_FILES.jpeg.length} B)`);

    // What the page saved is what the API holds: the self-statement and the photo are the applicant's own.
    expect(await page.$eval('#files li', (item) => item.getAttribute('data-file-id'))).toMatch(/^[0-9a-f-]{36}$/);
    const version = Number(await page.textContent('#version'));
    const { data: mine } = await app.gql(ApplicationDocument, { id: await applicationIdOf(applicant) }, { token: applicant.token, society: 'CSEE' });
    expect(mine?.application?.version).toBe(version);
    // The sections this small page has no forms for are filled through the API meanwhile (as another tab would).
    await fillDossier(app, applicant, mine!.application!.id!, version, 'CSEE', { selfStatement: true, purposes: ['PHOTO'] });

    // Submitting without the consent is refused with the typed code and both languages, and changes nothing.
    await page.click('#submit-application');
    await page.waitForSelector('#message[data-kind="error"]', { timeout: 20_000 });
    expect(await page.textContent('#message')).toMatch(/^[A-Z_]+ .*[\u4e00-\u9fff].* \/ [A-Za-z]/);
    expect(await page.getAttribute('body', 'data-stage')).toBe('DRAFT');

    await page.check('#consent');
    await page.click('#submit-application');
    await page.waitForSelector('body[data-stage="SUBMITTED"]', { timeout: 20_000 });

    // The society's staff take the next step; the applicant follows the stage on the page.
    const submitted = (await app.gql(ApplicationDocument, { id: mine!.application!.id! }, { token: staff.token, society: 'CSEE' })).data!.application!;
    expect((await app.gql(PassFormCheckDocument, { input: { applicationId: submitted.id!, expectedVersion: submitted.version! } }, { token: staff.token, society: 'CSEE' })).errors).toBeUndefined();
    await page.click('#refresh');
    await page.waitForSelector('body:not([data-stage="SUBMITTED"])', { timeout: 20_000 });
    const stage = await page.getAttribute('body', 'data-stage');
    expect(stage).toBe((await app.gql(ApplicationDocument, { id: submitted.id! }, { token: applicant.token, society: 'CSEE' })).data!.application!.stage);
    expect(await page.textContent('#stage')).toBe(stage);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'society-portal.png'), fullPage: true });
    mkdirSync(path.join(ROOT, 'docs/images'), { recursive: true });
    copyFileSync(path.join(ARTIFACTS, 'society-portal.png'), path.join(ROOT, 'docs/images/society-portal.png'));
    // Only the refused submission's HTTP 400, which the browser logs itself; the page showed it and threw nothing.
    expect(failures).toEqual(['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
    await page.close();
  }, 120_000);
});

/** The application the page works on, as the applicant's own list names it. */
async function applicationIdOf(applicant: { token: string }): Promise<string> {
  const { data } = await app.gql(MyApplicationsDocument, {}, { token: applicant.token, society: 'CSEE' });
  expect(data?.myApplications).toHaveLength(1);
  return data!.myApplications![0].id!;
}
