import { createHash } from 'node:crypto';
import { Account, Society, StoredFile } from '../entities';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../http/request-context';
import { allowUpload } from '../policies/file.policy';
import { ACCEPTED_CONTENT_TYPES, detectContentType } from './detect-content-type';

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

/** Stores an uploaded file unattached, owned by the uploader, in the request's society; type from the bytes, with its SHA-256. */
export async function storeFileCommand(ctx: RequestContext, bytes: Buffer, filename: string | undefined): Promise<StoredFile> {
  if (!ctx.principal) throw new AppError('UNAUTHENTICATED');
  if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowUpload(ctx)) throw new AppError('FORBIDDEN');
  if (bytes.length === 0) throw new AppError('BAD_USER_INPUT', { field: 'body', params: { detail: 'the file is empty', detailZh: '文件为空' } });
  if (bytes.length > ctx.config.fileMaxBytes) throw new AppError('FILE_TOO_LARGE', { params: { limit: ctx.config.fileMaxBytes } });
  const contentType = detectContentType(bytes);
  if (!contentType) throw new AppError('UNSUPPORTED_FILE_TYPE', { params: { allowed: ACCEPTED_CONTENT_TYPES.join(', ') } });
  const file = ctx.em.create(StoredFile, {
    society: ctx.em.getReference(Society, ctx.scope.society.id),
    owner: ctx.em.getReference(Account, ctx.principal.accountId),
    filename: cleanFilename(filename),
    contentType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    content: bytes,
    createdAt: ctx.clock(),
  });
  await ctx.em.flush();
  return file;
}
