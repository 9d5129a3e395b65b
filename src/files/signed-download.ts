import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed download address grants: one file of one society, to whoever holds it, until it expires. */
export interface DownloadGrant {
  fileId: string;
  societyId: string;
  /** Who was allowed to read the file when the address was signed (kept for the log, never re-checked). */
  signerId: string;
  /** Unix seconds. */
  expires: number;
}

function signature(secret: string, grant: DownloadGrant): string {
  // Versioned and newline-separated: no field can run into the next, and a later format cannot be confused with this one.
  const payload = ['v1', grant.fileId, grant.societyId, grant.signerId, String(grant.expires)].join('\n');
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** The path (on the API's origin) that serves the file to anyone holding it until `expires`. */
export function signedDownloadPath(secret: string, grant: DownloadGrant): string {
  const query = new URLSearchParams({ society: grant.societyId, signer: grant.signerId, expires: String(grant.expires), sig: signature(secret, grant) });
  return `/files/${grant.fileId}/signed?${query.toString()}`;
}

/** Why a signed address is refused: altered or not ours, or past its time. */
export type DownloadRefusal = 'invalid' | 'expired';

/**
 * Checks an address's signature (constant time) before its expiry, so a forged address learns nothing about time;
 * answers the grant it carries, or why it is refused.
 */
export function verifyDownload(secret: string, fileId: string, query: Record<string, unknown>, now: Date): DownloadGrant | DownloadRefusal {
  const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string) : '');
  const expires = Number(text('expires'));
  if (!Number.isSafeInteger(expires)) return 'invalid';
  const grant: DownloadGrant = { fileId, societyId: text('society'), signerId: text('signer'), expires };
  const expected = Buffer.from(signature(secret, grant));
  const given = Buffer.from(text('sig'));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return now.getTime() / 1000 > expires ? 'expired' : grant;
}
