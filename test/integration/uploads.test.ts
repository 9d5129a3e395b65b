import { createHash } from 'node:crypto';
import { GrantRole } from '../../src/entities/enums';
import { FILE_CHUNK_BYTES } from '../../src/files/store-file.command';
import { download, SAMPLE_FILES, upload } from '../helpers/dossier';
import { countRows, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

const MAX_BYTES = 2 * 1024 * 1024;
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ FILE_MAX_BYTES: String(MAX_BYTES), UPLOAD_QUOTA_FILES: '3', UPLOAD_QUOTA_BYTES: String(3 * 1024 * 1024) });
});
afterAll(() => app.close());

const applicant = () => loggedIn(app, { role: GrantRole.APPLICANT, society: 'CSEE' });
const storedBy = async (accountId: string) => ({
  files: await countRows(app, 'stored_file', 'owner_id = $1', [accountId]),
  chunks: await countRows(app, 'stored_file_chunk', 'file_id in (select id from stored_file where owner_id = $1)', [accountId]),
  allChunks: await countRows(app, 'stored_file_chunk'),
});

/** A PDF of `size` bytes: the signature, then filler. */
const pdfOf = (size: number) => Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(size - SAMPLE_FILES.pdf.length, 0x20)]);

/** Posts a body as a stream without Content-Length (chunked), as a client that does not announce the size. */
async function uploadChunked(token: string, bytes: Buffer) {
  const pieces = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const piece = pieces.shift();
      if (piece) controller.enqueue(piece);
      else controller.close();
    },
  });
  const response = await fetch(app.server.url.replace('/graphql', '/files'), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-society': 'CSEE', 'content-type': 'application/octet-stream' },
    body,
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, json: (await response.json()) as { id?: string; size?: number; errors?: Array<{ extensions: Record<string, unknown> }> } };
}

describe('streamed uploads', () => {
  it('stores a file of several chunks and serves it back byte for byte', async () => {
    const owner = await applicant();
    const bytes = pdfOf(Math.floor(FILE_CHUNK_BYTES * 3.5));
    for (let i = 0; i < bytes.length; i += 997) bytes[i] = i % 251;
    bytes.set(SAMPLE_FILES.pdf, 0);
    const stored = await upload(app, owner.token, 'CSEE', bytes, '证明.pdf');
    expect(stored.status).toBe(201);
    expect(stored.json).toMatchObject({ contentType: 'application/pdf', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect((await storedBy(owner.id)).chunks).toBeGreaterThanOrEqual(4);
    const fetched = await download(app, owner.token, 'CSEE', stored.json.id!);
    expect(fetched.status).toBe(200);
    expect(fetched.body.equals(bytes)).toBe(true);
  });

  it('enforces the size limit while streaming a body of unannounced size, and stores nothing', async () => {
    const owner = await applicant();
    const before = await storedBy(owner.id);
    const refused = await uploadChunked(owner.token, pdfOf(MAX_BYTES + 1));
    expect(refused.status).toBe(413);
    expect(refused.json.errors?.[0].extensions).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await storedBy(owner.id)).toEqual(before);
  });

  it('accepts a streamed body of exactly the limit', async () => {
    const owner = await applicant();
    const stored = await uploadChunked(owner.token, pdfOf(MAX_BYTES));
    expect(stored).toMatchObject({ status: 201, json: { size: MAX_BYTES } });
  });
});

describe('upload quota per account', () => {
  it('refuses the file over the count quota and stores nothing', async () => {
    const owner = await applicant();
    for (let n = 1; n <= 3; n += 1) expect((await upload(app, owner.token, 'CSEE', SAMPLE_FILES.pdf)).status).toBe(201);
    const before = await storedBy(owner.id);
    const refused = await upload(app, owner.token, 'CSEE', SAMPLE_FILES.jpeg);
    expect(refused.status).toBe(409);
    expect(refused.json.errors?.[0].extensions).toMatchObject({ code: 'UPLOAD_QUOTA_EXCEEDED', params: { maxFiles: 3, maxBytes: 3 * 1024 * 1024 } });
    expect(await storedBy(owner.id)).toEqual(before);
    // Another account has its own quota.
    expect((await upload(app, (await applicant()).token, 'CSEE', SAMPLE_FILES.pdf)).status).toBe(201);
  });

  it('refuses the file over the byte quota, announced or streamed, and stores nothing', async () => {
    const owner = await applicant();
    expect((await upload(app, owner.token, 'CSEE', pdfOf(MAX_BYTES))).status).toBe(201);
    const before = await storedBy(owner.id);
    const announced = await upload(app, owner.token, 'CSEE', pdfOf(MAX_BYTES));
    expect(announced.status).toBe(409);
    expect(announced.json.errors?.[0].extensions.code).toBe('UPLOAD_QUOTA_EXCEEDED');
    const streamed = await uploadChunked(owner.token, pdfOf(MAX_BYTES));
    expect(streamed.status).toBe(409);
    expect(streamed.json.errors?.[0].extensions.code).toBe('UPLOAD_QUOTA_EXCEEDED');
    expect(await storedBy(owner.id)).toEqual(before);
  });

  it('holds when uploads of one account run in parallel', async () => {
    const owner = await applicant();
    const results = await Promise.all(Array.from({ length: 6 }, () => upload(app, owner.token, 'CSEE', SAMPLE_FILES.pdf)));
    expect(results.map((result) => result.status).sort()).toEqual([201, 201, 201, 409, 409, 409]);
    expect((await storedBy(owner.id)).files).toBe(3);
  });
});
