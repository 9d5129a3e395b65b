import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../config';
import { StoredFile } from '../entities';
import { AppError } from '../errors/app-error';
import { scopesAnySociety } from '../tenancy/tenant-scope';
import type { RateLimits } from '../abuse/rate-limits';
import { loadFileFacts } from '../files/file-facts';
import { readFileContent, storeFileCommand } from '../files/store-file.command';
import { allowDownload } from '../policies/file.policy';
import { createRequestContext, finishRequestTransaction, type RequestContext } from './request-context';
import { isUuid } from '../common/is-uuid';

/** Formats an error the way GraphQL responses carry it (the original, when given, is reported with its stack). */
export type ErrorFormatter = (formatted: { message: string; extensions: Record<string, unknown> }, original?: unknown) => unknown;

/** How a file request answers, once its transaction has committed. */
export type Answer = (res: Response) => void;

/**
 * Runs a file request like a GraphQL one: one transaction, the same scope and walls, the same error shape.
 * The answer goes out only after the commit: an uploaded file's id must be attachable the moment the client
 * has it, and a download's access-log entry is stored before the bytes leave.
 */
export async function inRequest(orm: MikroORM, config: AppConfig, clock: () => Date, rateLimits: RateLimits, req: Request, res: Response, format: ErrorFormatter, work: (ctx: RequestContext) => Promise<Answer>) {
  let ctx: RequestContext | undefined;
  try {
    ctx = await createRequestContext(orm, config, req, clock, rateLimits);
    const answer = await work(ctx);
    await finishRequestTransaction(ctx, false);
    answer(res);
  } catch (error) {
    if (ctx) await finishRequestTransaction(ctx, true);
    const known = error instanceof GraphQLError ? error : new AppError('INTERNAL_SERVER_ERROR');
    const http = known.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
    const status = http?.status ?? 500;
    for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
    // The formatter's report logs an INTERNAL error with the original's stack and request id; the client gets the code.
    res.status(status).json({ errors: [format({ message: known.message, extensions: known.extensions }, error)] });
  }
}

/**
 * Plain HTTP for file bytes. Upload: POST /files with the raw bytes as body, `Authorization: Bearer`,
 * `X-Society` and optionally `X-File-Name` (percent-encoded); answers the file id to attach with GraphQL.
 * CSRF-safe by construction: no cookies are used, and a cross-site page cannot add the Authorization header.
 * The upload body is streamed into storage, never held whole: see storeFileCommand.
 */
export function fileRoutes(orm: MikroORM, config: AppConfig, clock: () => Date, format: ErrorFormatter, rateLimits: RateLimits): Router {
  const router = express.Router();
  router.post('/files', (req, res) =>
    inRequest(orm, config, clock, rateLimits, req, res, format, async (ctx) => {
      const declared = req.header('content-length');
      const file = await storeFileCommand(ctx, req, req.header('x-file-name'), declared === undefined ? undefined : Number(declared));
      const stored = { id: file.id, filename: file.filename, contentType: file.contentType, size: file.size, sha256: file.sha256 };
      return (response) => response.status(201).json(stored);
    }),
  );
  router.get('/files/:id', (req, res) =>
    inRequest(orm, config, clock, rateLimits, req, res, format, async (ctx) => {
      // A file lives in one society: without one in scope (and not reading across them) there is nothing to find.
      if (!scopesAnySociety(ctx.scope)) throw new AppError('SOCIETY_REQUIRED');
      const id = String(req.params.id);
      const file = isUuid(id) ? await ctx.em.findOne(StoredFile, { id }, { populate: ['application'] }) : null;
      // A CPD evidence file is decided by its member's record (policies/member-record.policy.ts).
      const facts = file && (await loadFileFacts(ctx.em, file));
      // Not allowed and not there look the same: a file id reveals nothing.
      if (!file || !facts || !(await allowDownload(ctx, facts))) throw new AppError('NOT_FOUND', { field: 'id' });
      if (facts.application) ctx.dossierReads.record(facts.application, `file:${file.purpose}`);
      const content = await readFileContent(ctx.em, file.id);
      const { contentType, size, filename, sha256 } = file;
      return (response) => {
        response.status(200);
        response.setHeader('Content-Type', contentType);
        response.setHeader('Content-Length', String(size));
        response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`);
        response.setHeader('X-Content-Type-Options', 'nosniff');
        response.setHeader('ETag', `"${sha256}"`);
        response.setHeader('Cache-Control', 'private, no-store');
        for (const chunk of content) response.write(chunk);
        response.end();
      };
    }),
  );
  return router;
}
