import { StoredFile } from '../entities';
import { AppError } from '../errors/app-error';
import type { DossierReadRecorder } from '../policies/dossier-reads';
import type { CommandContext } from '../workflow/command-context';
import { allowDownload } from '../policies/file.policy';
import { scopesAnySociety } from '../tenancy/tenant-scope';
import { loadFileFacts } from './file-facts';
import { signedDownloadPath } from './signed-download';

/** A short-lived address of one file, for `<img src>` or a download link. */
export interface SignedDownload {
  url: string;
  expiresAt: Date;
}

/**
 * Signs a download address for a file the viewer may download now (the same rule as GET /files/:id): the address
 * grants exactly that file until it expires, to whoever holds it. Showing the address is showing the file, so a
 * dossier file signed for anyone but its applicant is written to the access log like a download.
 */
export async function signFileDownload(ctx: CommandContext & { dossierReads: DossierReadRecorder }, fileId: string): Promise<SignedDownload> {
  if (!scopesAnySociety(ctx.scope)) throw new AppError('SOCIETY_REQUIRED');
  const file = await ctx.em.findOne(StoredFile, { id: fileId }, { populate: ['application'] });
  const facts = file && (await loadFileFacts(ctx.em, file));
  if (!file || !facts || !ctx.principal || !(await allowDownload(ctx, facts))) throw new AppError('NOT_FOUND', { field: 'id' });
  if (facts.application) ctx.dossierReads.record(facts.application, `file:${file.purpose}`);
  const expires = Math.floor(ctx.clock().getTime() / 1000) + ctx.config.fileUrls.ttlSeconds;
  const url = signedDownloadPath(ctx.config.fileUrls.secret, { fileId: file.id, societyId: facts.societyId, signerId: ctx.principal.accountId, expires });
  return { url, expiresAt: new Date(expires * 1000) };
}
