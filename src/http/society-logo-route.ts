import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Router } from 'express';
import { Society, SocietyBranding, StoredFile } from '../entities';
import { isPublicLogo } from '../policies/file.policy';
import { applyTenantScope } from '../tenancy/request-transaction';
import { resolveTenantScope } from '../tenancy/tenant-scope';
import { rollbackQuietly } from './request-context';
import { readFileContent } from '../files/store-file.command';
import { sendStoredFile } from './send-stored-file';

type ErrorFormatter = (formatted: { message: string; extensions: Record<string, unknown> }, original?: unknown) => unknown;

/**
 * GET /societies/:code/logo: a society's logo for `<img src>` on its portal, without login. The path names the
 * society the way an anonymous X-Society header would (same scope, same walls); only the file the society's branding
 * names as its logo is served, never another of its files.
 */
export function societyLogoRoute(orm: MikroORM, format: ErrorFormatter): Router {
  const router = express.Router();
  router.get('/societies/:code/logo', async (req, res) => {
    const code = String(req.params.code).toUpperCase();
    const em = orm.em.fork({ clear: true, useContext: false });
    await em.begin();
    try {
      const society = /^[A-Z][A-Z0-9_]{1,19}$/.test(code) ? await em.findOne(Society, { code }) : null;
      const branding = society && (await em.findOne(SocietyBranding, { society }));
      const logoFileId = branding?.logoFile?.id ?? null;
      if (!society || !logoFileId) {
        res.status(404).json({ errors: [format({ message: 'no logo', extensions: { code: 'NOT_FOUND' } })] });
        return;
      }
      await applyTenantScope(em, undefined, resolveTenantScope(undefined, code, society));
      const file = await em.findOne(StoredFile, { id: logoFileId });
      if (!file || !isPublicLogo(file, { logoFileId })) {
        res.status(404).json({ errors: [format({ message: 'no logo', extensions: { code: 'NOT_FOUND' } })] });
        return;
      }
      // The logo's address carries its version (Society.logoUrl), so a new logo is a new address.
      sendStoredFile(res, file, await readFileContent(em, file.id), 'public, max-age=86400');
    } catch (error) {
      // The formatter's report logs it with its stack; the client gets the code.
      const formatted = format({ message: 'serving a society logo failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
      if (!res.headersSent) res.status(500).json({ errors: [formatted] });
    } finally {
      await rollbackQuietly(em);
    }
  });
  return router;
}
