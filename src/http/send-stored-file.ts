import type { Response } from 'express';
import type { StoredFile } from '../entities';

/**
 * Sends a stored file's bytes for display (<img src> on a portal of another origin): its type, length and ETag, the
 * caller's cache policy, and a cross-origin resource policy (helmet's same-origin default would block the image).
 */
export function sendStoredFile(res: Response, file: StoredFile, chunks: readonly Buffer[], cacheControl: string): void {
  res.status(200);
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.size));
  res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  res.setHeader('ETag', `"${file.sha256}"`);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  for (const chunk of chunks) res.write(chunk);
  res.end();
}
