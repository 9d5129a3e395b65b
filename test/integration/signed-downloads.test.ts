import { createHmac } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { signedDownloadPath, verifyDownload } from '../../src/files/signed-download';
import { FileDownloadUrlDocument, SubmitApplicationDocument } from '../generated/operations';
import { applicantOf, completeDossier, SAMPLE_FILES, staffOf, upload } from '../helpers/dossier';
import { asOwner, countRows, errorOf } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let now = Date.now();
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ FILE_URL_TTL_SECONDS: '120' }, { clock: () => new Date(now) });
});
afterAll(() => app.close());

const get = (path: string) => fetch(app.server.url.replace('/graphql', path));

async function photoWithAddress() {
  const applicant = await applicantOf(app, 'CSEE');
  const photo = await upload(app, applicant.token, 'CSEE', SAMPLE_FILES.jpeg, '证件照.jpg');
  const signed = await app.gql(FileDownloadUrlDocument, { id: photo.json.id! }, { token: applicant.token, society: 'CSEE' });
  expect(signed.errors).toBeUndefined();
  return { applicant, fileId: photo.json.id!, url: signed.data!.fileDownloadUrl!.url!, expiresAt: signed.data!.fileDownloadUrl!.expiresAt! };
}

describe('a signed download address', () => {
  it('serves the uploader’s photo to an <img> without token or headers, until it expires', async () => {
    const { url, expiresAt } = await photoWithAddress();
    expect(url).toMatch(/^\/files\/[0-9a-f-]{36}\/signed\?society=[0-9a-f-]{36}&signer=[0-9a-f-]{36}&expires=\d+&sig=[A-Za-z0-9_-]{43}$/);
    expect(new Date(expiresAt).getTime()).toBe(Math.floor(now / 1000) * 1000 + 120_000);
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename\*=UTF-8''/);
    expect(response.headers.get('cache-control')).toMatch(/^private, max-age=(119|120)$/);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(SAMPLE_FILES.jpeg);

    now += 121_000;
    const expired = await get(url);
    expect(expired.status).toBe(410);
    expect(((await expired.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('DOWNLOAD_LINK_EXPIRED');
  });

  it.each([
    ['another file id under the same signature', (url: string, other: string) => url.replace(/\/files\/[^/]+\//, `/files/${other}/`)],
    ['a later expiry', (url: string) => url.replace(/expires=(\d+)/, (_m, e: string) => `expires=${Number(e) + 3600}`)],
    ['another society', (url: string) => url.replace(/society=[^&]+/, 'society=00000000-0000-4000-8000-000000000000')],
    ['another signer', (url: string) => url.replace(/signer=[^&]+/, 'signer=00000000-0000-4000-8000-000000000000')],
    ['a flipped signature character', (url: string) => url.replace(/sig=(.)/, (_m, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`)],
    ['no signature', (url: string) => url.replace(/&sig=.*$/, '')],
    ['a signature made with another secret', (url: string) => url.replace(/sig=.*$/, `sig=${createHmac('sha256', 'x'.repeat(40)).update('v1').digest('base64url')}`)],
  ])('is refused with %s (403, no bytes)', async (_case, tamper) => {
    const { url } = await photoWithAddress();
    const other = await photoWithAddress();
    const response = await get(tamper(url, other.fileId));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('is signed only for what the matrix lets the signer download now, else NOT_FOUND', async () => {
    const { fileId } = await photoWithAddress();
    const otherApplicant = await applicantOf(app, 'CSEE');
    const staff = await staffOf(app, 'CSEE');
    const foreignStaff = await staffOf(app, 'CSAE');
    for (const [who, token, society] of [['another applicant', otherApplicant.token, 'CSEE'], ['staff (an unattached upload is its uploader’s only)', staff.token, 'CSEE'], ['another society’s staff', foreignStaff.token, 'CSAE']] as const) {
      expect([who, errorOf(await app.gql(FileDownloadUrlDocument, { id: fileId }, { token, society }))]).toEqual([who, { code: 'NOT_FOUND', field: 'id' }]);
    }
    expect(errorOf(await app.gql(FileDownloadUrlDocument, { id: fileId }, { society: 'CSEE' }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await countRows(app, 'dossier_access')).toBe(0);
  });
});

describe('a dossier file signed by someone the matrix lets read it', () => {
  it('serves society staff the photo of a submitted dossier, and logs the read when the address is signed', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await completeDossier(app, applicant);
    const submitted = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
    expect(submitted.errors).toBeUndefined();
    const photoId = await asOwner(app, async (c) => (await c.query(`select id from stored_file where application_id = $1 and purpose = 'PHOTO'`, [id])).rows[0].id as string);
    const staff = await staffOf(app, 'CSEE');
    const before = await countRows(app, 'dossier_access', 'application_id = $1', [id]);
    const signed = await app.gql(FileDownloadUrlDocument, { id: photoId }, { token: staff.token, society: 'CSEE' });
    expect(signed.errors).toBeUndefined();
    expect(await countRows(app, 'dossier_access', 'application_id = $1', [id])).toBe(before + 1);
    const response = await get(signed.data!.fileDownloadUrl!.url!);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(SAMPLE_FILES.jpeg);
    // Another society's staff cannot even name it.
    const foreign = await staffOf(app, 'CSAE');
    expect(errorOf(await app.gql(FileDownloadUrlDocument, { id: photoId }, { token: foreign.token, society: 'CSAE' }))).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });
});

describe('the signature itself', () => {
  const secret = 's'.repeat(40);
  const grant = { fileId: '11111111-1111-4111-8111-111111111111', societyId: '22222222-2222-4222-8222-222222222222', signerId: '33333333-3333-4333-8333-333333333333', expires: 2_000_000_000 };
  const query = (path: string) => Object.fromEntries(new URL(`http://x${path}`).searchParams);

  it('verifies what it signed, before its expiry only', () => {
    const path = signedDownloadPath(secret, grant);
    expect(verifyDownload(secret, grant.fileId, query(path), new Date(1_999_999_999_000))).toEqual(grant);
    expect(verifyDownload(secret, grant.fileId, query(path), new Date(2_000_000_001_000))).toBe('expired');
    expect(verifyDownload('t'.repeat(40), grant.fileId, query(path), new Date(0))).toBe('invalid');
  });

  it('takes a key of its own, or one derived from JWT_SECRET that is not JWT_SECRET', () => {
    const base = { NODE_ENV: 'test', JWT_SECRET: 'j'.repeat(40) };
    expect(loadConfig({ ...base, FILE_URL_SECRET: 'f'.repeat(40) }).fileUrls.secret).toBe('f'.repeat(40));
    const derived = loadConfig(base).fileUrls.secret;
    expect(derived).not.toContain('j'.repeat(40));
    expect(derived).toBe(loadConfig(base).fileUrls.secret);
    expect(() => loadConfig({ ...base, FILE_URL_SECRET: 'short' })).toThrow(/FILE_URL_SECRET must be at least 32/);
    expect(() => loadConfig({ ...base, FILE_URL_TTL_SECONDS: '86400' })).toThrow(/FILE_URL_TTL_SECONDS must be between 10 and 3600/);
  });
});
