import type { EntityManager } from '@mikro-orm/postgresql';
import type { UploadQuota } from '../abuse/protection-config';
import { AppError } from '../errors/app-error';

/** What an account has stored so far (in the request's society: the tenant wall hides the others). */
async function storedByOwner(em: EntityManager, ownerId: string): Promise<{ files: number; bytes: number }> {
  const [row] = await em.execute<Array<{ files: number; bytes: string }>>(
    'select count(*)::int as files, coalesce(sum(size), 0)::bigint as bytes from stored_file where owner_id = ?',
    [ownerId],
  );
  return { files: row.files, bytes: Number(row.bytes) };
}

/** Refuses with UPLOAD_QUOTA_EXCEEDED when one more file of `size` bytes would go over the account's quota. */
export async function checkUploadQuota(em: EntityManager, ownerId: string, size: number, quota: UploadQuota): Promise<void> {
  const stored = await storedByOwner(em, ownerId);
  if (stored.files + 1 > quota.maxFiles || stored.bytes + size > quota.maxBytes) {
    throw new AppError('UPLOAD_QUOTA_EXCEEDED', { params: { maxFiles: quota.maxFiles, maxBytes: quota.maxBytes } });
  }
}

/**
 * Serializes the final quota check of one account's uploads until the transaction ends: parallel uploads each
 * see the others' files once committed, so together they cannot pass the quota.
 */
export async function lockUploadQuota(em: EntityManager, ownerId: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtextextended('upload-quota:' || ?, 0))`, [ownerId]);
}
