import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, type Router } from 'express';
import type { RateLimits } from '../abuse/rate-limits';
import { renderCertificatePdf } from '../certificates/certificate-pdf';
import { certificateFacts, loadCertificate } from '../certificates/certificate-facts';
import { verifyCertificate } from '../certificates/verification';
import { unknownCertificatePage, verificationPage } from '../certificates/verification-page';
import type { AppConfig } from '../config';
import { AppError } from '../errors/app-error';
import { mayTakeRegistrationAction } from '../policies/registration.policy';
import { scopesAnySociety } from '../tenancy/tenant-scope';
import { chinaToday } from '../workflow/working-day-calendar';
import { inRequest, type ErrorFormatter } from './file-routes';

/** `?issue=N`: a certificate issue (1, 2, …); anything else is no issue of any number. */
function issueOf(req: Request): number | undefined | null {
  const raw = req.query.issue;
  if (raw === undefined) return undefined;
  return typeof raw === 'string' && /^[1-9][0-9]{0,3}$/.test(raw) ? Number(raw) : null;
}

// The verification page has no script and no external resource: only its own inline style may apply.
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

function sendPage(res: Response, status: number, html: string): void {
  res.status(status).setHeader('Content-Type', 'text/html; charset=utf-8').setHeader('Content-Security-Policy', PAGE_POLICY).setHeader('Cache-Control', 'no-store').send(html);
}

/**
 * Certificates over plain HTTP. `GET /certificates/<number>.pdf` (optionally `?issue=N`) renders the certificate
 * for the member, the society's staff and the federation (the registration policy; anyone else gets NOT_FOUND,
 * like an unknown number). `GET /verify/<number>` is public and rate-limited per address: a small HTML page, or
 * JSON with `Accept: application/json`, telling the live state (a revoked member's certificate verifies as revoked,
 * an earlier issue as superseded).
 */
export function certificateRoutes(orm: MikroORM, config: AppConfig, clock: () => Date, format: ErrorFormatter, rateLimits: RateLimits): Router {
  const router = express.Router();
  router.get('/certificates/:file', (req, res) =>
    inRequest(orm, config, clock, rateLimits, req, res, format, async (ctx) => {
      const file = String(req.params.file);
      if (!file.endsWith('.pdf')) throw new AppError('NOT_FOUND', { field: 'registrationNumber' });
      // The photo lives behind the tenant wall: the request must address the member's society (or read across all).
      if (!scopesAnySociety(ctx.scope)) throw new AppError('SOCIETY_REQUIRED');
      const issue = issueOf(req);
      const found = issue === null ? undefined : await loadCertificate(ctx.em, file.slice(0, -4), issue);
      const allowed = found && mayTakeRegistrationAction(ctx, 'downloadCertificate', {
        societyId: found.registration.society.id, memberId: found.registration.member.id, status: found.registration.status,
      });
      if (!found || !allowed) throw new AppError('NOT_FOUND', { field: 'registrationNumber' });
      const { registration, certificate } = found;
      if (registration.member.id !== ctx.principal?.accountId) {
        ctx.dossierReads.record({ id: registration.application.id, societyId: registration.society.id, applicantId: registration.member.id, stage: registration.application.stage }, 'certificate');
      }
      const pdf = await renderCertificatePdf(await certificateFacts(ctx, registration, certificate));
      return (response) => {
        response.status(200);
        response.setHeader('Content-Type', 'application/pdf');
        response.setHeader('Content-Length', String(pdf.length));
        response.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(`${registration.registrationNumber}-${certificate.serial}.pdf`)}`);
        response.setHeader('Cache-Control', 'private, no-store');
        response.end(pdf);
      };
    }),
  );
  router.get('/verify/:number', (req, res) =>
    inRequest(orm, config, clock, rateLimits, req, res, format, async (ctx) => {
      await ctx.rateLimits.consume('verifyPerAddress');
      const number = String(req.params.number);
      const issue = issueOf(req);
      const result = issue === null ? undefined : await verifyCertificate(ctx.em, number, issue, chinaToday(ctx.clock()));
      const wantsJson = req.accepts(['text/html', 'application/json']) === 'application/json';
      if (!result) {
        if (wantsJson) throw new AppError('NOT_FOUND', { field: 'registrationNumber' });
        return (response) => sendPage(response, 404, unknownCertificatePage(number));
      }
      if (wantsJson) return (response) => response.status(200).setHeader('Cache-Control', 'no-store').json(result);
      return (response) => sendPage(response, 200, verificationPage(result));
    }),
  );
  return router;
}
