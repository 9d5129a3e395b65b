import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, Society, StoredFile } from '../entities';
import { AppError } from '../errors/app-error';
import type { RequestRateLimits } from '../abuse/rate-limits';
import type { CommandContext } from '../workflow/command-context';
import { allowUpload } from '../policies/file.policy';
import { ACCEPTED_CONTENT_TYPES, detectContentType } from './detect-content-type';
import { checkUploadQuota, lockUploadQuota } from './upload-quota';

/** Bytes per stored chunk: an upload holds at most about this much in memory, whatever the file's size. */
export const FILE_CHUNK_BYTES = 256 * 1024;

/** Enough leading bytes to recognise every accepted type. */
const SIGNATURE_BYTES = 8;

/** Keeps a file name readable and harmless: no path, no control characters, at most 200 characters. */
export function cleanFilename(raw: string | undefined): string {
  let name = 'upload';
  try {
    name = decodeURIComponent(raw ?? '') || 'upload';
  } catch {
    name = raw || 'upload';
  }
  const base = name.split(/[\\/]/).pop() ?? 'upload';
  return [...base.replace(/[\u0000-\u001f\u007f]/g, '')].slice(0, 200).join('') || 'upload';
}

/**
 * Stores an uploaded file unattached, owned by the uploader, in the request's society; type from the bytes, with
 * its SHA-256. The body is streamed into chunks as it arrives: the size limit is enforced while reading (a declared
 * Content-Length over it is refused before reading), the type as soon as the first bytes are in. Refused before any
 * byte is read: no account, no society, not allowed, over the upload rate limit or the account's quota.
 */
export async function storeFileCommand(ctx: CommandContext & { rateLimits: RequestRateLimits }, body: AsyncIterable<Buffer>, filename: string | undefined, declaredSize?: number): Promise<StoredFile> {
  if (!ctx.principal) throw new AppError('UNAUTHENTICATED');
  if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowUpload(ctx)) throw new AppError('FORBIDDEN');
  const limit = ctx.config.fileMaxBytes;
  if (declaredSize !== undefined && declaredSize > limit) throw new AppError('FILE_TOO_LARGE', { params: { limit } });
  const ownerId = ctx.principal.accountId;
  const societyId = ctx.scope.society.id;
  await ctx.rateLimits.consume('uploadsPerAccount', ownerId);
  await checkUploadQuota(ctx.em, ownerId, declaredSize ?? 0, ctx.config.protection.uploadQuota);

  const id = randomUUID();
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  let contentType: string | undefined;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const writeChunk = async () => {
    const bytes = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    if (contentType === undefined) {
      contentType = detectContentType(bytes);
      if (!contentType) throw new AppError('UNSUPPORTED_FILE_TYPE', { params: { allowed: ACCEPTED_CONTENT_TYPES.join(', ') } });
    }
    await ctx.em.execute('insert into stored_file_chunk (file_id, seq, society_id, bytes) values (?, ?, ?, ?)', [id, seq, societyId, bytes]);
    seq += 1;
  };
  for await (const piece of body) {
    size += piece.length;
    if (size > limit) throw new AppError('FILE_TOO_LARGE', { params: { limit } });
    hash.update(piece);
    pending.push(piece);
    pendingBytes += piece.length;
    // The first chunk goes out as soon as the type can be told, so a wrong type is refused early.
    if (pendingBytes >= FILE_CHUNK_BYTES || (seq === 0 && contentType === undefined && pendingBytes >= SIGNATURE_BYTES)) await writeChunk();
  }
  if (size === 0) throw new AppError('BAD_USER_INPUT', { field: 'body', params: { detail: 'the file is empty', detailZh: '文件为空' } });
  if (pendingBytes > 0) await writeChunk();

  await lockUploadQuota(ctx.em, ownerId);
  await checkUploadQuota(ctx.em, ownerId, size, ctx.config.protection.uploadQuota);
  const file = ctx.em.create(StoredFile, {
    id,
    society: ctx.em.getReference(Society, societyId),
    owner: ctx.em.getReference(Account, ownerId),
    filename: cleanFilename(filename),
    contentType: contentType!,
    size,
    sha256: hash.digest('hex'),
    createdAt: ctx.clock(),
  });
  await ctx.em.flush();
  return file;
}

/** A stored file's bytes, chunk by chunk in order (read inside the request's transaction, behind the tenant wall). */
export async function readFileContent(em: EntityManager, fileId: string): Promise<Buffer[]> {
  const rows = await em.execute<Array<{ bytes: Buffer }>>('select bytes from stored_file_chunk where file_id = ? order by seq', [fileId]);
  return rows.map((row) => row.bytes);
}
