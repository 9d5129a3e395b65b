import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Response, type Router } from 'express';
import type { AppConfig } from '../config';
import { Society, StoredFile } from '../entities';
import { verifyDownload } from '../files/signed-download';
import { isUuid } from '../common/is-uuid';
import { applyTenantScope } from '../tenancy/request-transaction';
import { resolveTenantScope } from '../tenancy/tenant-scope';
import { rollbackQuietly } from './request-context';
import { readFileContent } from '../files/store-file.command';
import { sendStoredFile } from './send-stored-file';

type ErrorFormatter = (formatted: { message: string; extensions: Record<string, unknown> }, original?: unknown) => unknown;

/**
 * GET /files/:id/signed?society&signer&expires&sig: serves a file to whoever holds an address `fileDownloadUrl`
 * signed, without a token or headers (so `<img src>` works). The address is the whole grant: it names one file of
 * one society, checked by its HMAC before anything else, and it stops working when it expires.
 */
export function signedDownloadRoute(orm: MikroORM, config: AppConfig, clock: () => Date, format: ErrorFormatter): Router {
  const router = express.Router();
  const refuse = (res: Response, status: number, code: string) => res.status(status).json({ errors: [format({ message: code, extensions: { code } })] });
  router.get('/files/:id/signed', async (req, res) => {
    const fileId = String(req.params.id);
    const grant = verifyDownload(config.fileUrls.secret, fileId, req.query as Record<string, unknown>, clock());
    // A forged or altered address is refused as such; an expired one says so, so that a portal asks for a new one.
    if (grant === 'invalid' || !isUuid(fileId) || (typeof grant === 'object' && !isUuid(grant.societyId))) return void refuse(res, 403, 'FORBIDDEN');
    if (grant === 'expired') return void refuse(res, 410, 'DOWNLOAD_LINK_EXPIRED');
    const em = orm.em.fork({ clear: true, useContext: false });
    await em.begin();
    try {
      const society = await em.findOne(Society, { id: grant.societyId });
      if (!society) return void refuse(res, 404, 'NOT_FOUND');
      // The scope of an anonymous visitor of that society: the walls hold as for any request in it.
      await applyTenantScope(em, undefined, resolveTenantScope(undefined, society.code, society));
      const file = await em.findOne(StoredFile, { id: grant.fileId, society });
      if (!file) return void refuse(res, 404, 'NOT_FOUND');
      const secondsLeft = Math.max(0, Math.floor(grant.expires - clock().getTime() / 1000));
      // Only the holder's browser may keep it, and no longer than the address works.
      sendStoredFile(res, file, await readFileContent(em, file.id), `private, max-age=${secondsLeft}`);
    } catch (error) {
      const formatted = format({ message: 'serving a signed download failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
      if (!res.headersSent) res.status(500).json({ errors: [formatted] });
    } finally {
      await rollbackQuietly(em);
    }
  });
  return router;
}
