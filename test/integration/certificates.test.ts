import { createCanvas } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';
import { GrantRole } from '../../src/entities/enums';
import { applicantOf, staffOf } from '../helpers/dossier';
import { loggedIn } from '../helpers/factories';
import { inspectPdf } from '../helpers/inspect-pdf';
import { ProcedureDriver } from '../helpers/procedure-driver';
import { httpGet, registerTrainee, type RegisteredCase } from '../helpers/registered-member';
import { startTestApp, type TestApp } from '../helpers/test-app';

const PUBLIC_BASE_URL = 'https://verify.cse.example.cn';
let now = new Date('2026-11-02T02:00:00Z');
let app: TestApp;
let driver: ProcedureDriver;
let registered: RegisteredCase;

/** A small real photo: a PNG the PDF library can embed. */
function photoPng(): Buffer {
  const canvas = createCanvas(120, 160);
  const context = canvas.getContext('2d');
  context.fillStyle = '#3a6ea5';
  context.fillRect(0, 0, 120, 160);
  context.fillStyle = '#f2d0a4';
  context.fillRect(35, 30, 50, 60);
  return canvas.toBuffer('image/png');
}

beforeAll(async () => {
  app = await startTestApp({ PUBLIC_BASE_URL }, { clock: () => now });
  driver = await ProcedureDriver.create(app);
  registered = await registerTrainee(app, driver, (iso) => { now = new Date(iso); }, { photo: photoPng() });
});
afterAll(() => app.close());

const imagesIn = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length;

describe('the certificate PDF', () => {
  it('shows the member, the field, grade, number, approval and validity, society and federation, photo and a QR code of the verification address', async () => {
    const response = await httpGet(app, `/certificates/${registered.registrationNumber}.pdf`, registered.member.as);
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('application/pdf');
    const read = await inspectPdf(response.body, 'certificate-member');
    for (const expected of ['工程会员证书', '张伟', 'Zhang Wei', '电气工程类', '见习工程会员', registered.registrationNumber, '2026-11-09', '2031-11-09', '中国电机工程学会', '中国工程师联合体']) {
      expect(read.text).toContain(expected);
    }
    expect(read.qr).toBe(`${PUBLIC_BASE_URL}/verify/${registered.registrationNumber}?issue=1`);
    expect(existsSync(read.pngPath)).toBe(true);
    expect(read.width).toBeGreaterThan(1000);
    // The dossier's photo is embedded at its own size (120 × 160), besides the QR code.
    expect(response.body.toString('latin1')).toContain('/Width 120\n/Height 160\n/Filter /FlateDecode\n/ColorSpace /DeviceRGB');
    expect(imagesIn(response.body)).toBeGreaterThanOrEqual(2);
  });

  it('is served to the society staff and the federation; anyone else gets NOT_FOUND, as for an unknown number', async () => {
    const staff = await staffOf(app, 'CSEE');
    const secretariat = await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT });
    const otherApplicant = await applicantOf(app, 'CSEE');
    const otherStaff = await staffOf(app, 'CSAE');
    const path = `/certificates/${registered.registrationNumber}.pdf`;
    expect((await httpGet(app, path, { token: staff.token, society: 'CSEE' })).status).toBe(200);
    expect((await httpGet(app, path, { token: secretariat.token })).status).toBe(200);
    expect((await httpGet(app, path, { token: otherApplicant.token, society: 'CSEE' })).status).toBe(404);
    expect((await httpGet(app, path, { token: otherStaff.token, society: 'CSAE' })).status).toBe(404);
    expect((await httpGet(app, path, { society: 'CSEE' })).status).toBe(404);
    expect((await httpGet(app, '/certificates/CSE-T-2026-999999.pdf', { token: staff.token, society: 'CSEE' })).status).toBe(404);
    const withoutScope = await httpGet(app, path, { token: staff.token });
    expect(withoutScope.status).toBe(400);
    expect(JSON.parse(withoutScope.body.toString()).errors[0].extensions.code).toBe('SOCIETY_REQUIRED');
  });
});

describe('GET /verify/<registration number>', () => {
  it('answers JSON with Accept: application/json: the live state of the latest issue', async () => {
    const response = await httpGet(app, `/verify/${registered.registrationNumber}`, { accept: 'application/json' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.toString())).toMatchObject({
      registrationNumber: registered.registrationNumber, name: '张伟', societyCode: 'CSEE', registrationStatus: 'ACTIVE',
      certificate: { issue: 1, state: 'VALID', validFrom: '2026-11-09', validUntil: '2031-11-09', supersededAt: null }, latestIssue: 1,
    });
  });

  it('answers a small HTML page otherwise, names escaped', async () => {
    const response = await httpGet(app, `/verify/${registered.registrationNumber}?issue=1`, { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.contentType).toContain('text/html');
    const html = response.body.toString();
    expect(html).toContain('data-state="VALID"');
    expect(html).toContain('有效');
    expect(html).toContain(registered.registrationNumber);
  });

  it('answers 404 for an unknown number or issue, in JSON and HTML', async () => {
    const json = await httpGet(app, '/verify/CSE-T-2026-999999', { accept: 'application/json' });
    expect(json.status).toBe(404);
    expect(JSON.parse(json.body.toString()).errors[0].extensions.code).toBe('NOT_FOUND');
    const html = await httpGet(app, '/verify/%3Cscript%3E', { accept: 'text/html' });
    expect(html.status).toBe(404);
    expect(html.body.toString()).toContain('&#60;script&#62;');
    expect(html.body.toString()).not.toContain('<script>');
    expect((await httpGet(app, `/verify/${registered.registrationNumber}?issue=2`, { accept: 'application/json' })).status).toBe(404);
    expect((await httpGet(app, `/verify/${registered.registrationNumber}?issue=abc`, { accept: 'application/json' })).status).toBe(404);
  });
});

describe('verification is rate-limited per address', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ RATE_LIMIT_VERIFY: '2/60' });
  });
  afterAll(() => limited.close());

  it('refuses the third look-up in the window with RATE_LIMITED and Retry-After', async () => {
    expect((await httpGet(limited, '/verify/CSE-T-2026-000001', { accept: 'application/json' })).status).toBe(404);
    expect((await httpGet(limited, '/verify/CSE-T-2026-000001', { accept: 'application/json' })).status).toBe(404);
    const third = await httpGet(limited, '/verify/CSE-T-2026-000001', { accept: 'application/json' });
    expect(third.status).toBe(429);
    expect(JSON.parse(third.body.toString()).errors[0].extensions.code).toBe('RATE_LIMITED');
  });
});
