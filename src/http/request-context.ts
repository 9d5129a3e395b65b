import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { RateLimits, RequestRateLimits } from '../abuse/rate-limits';
import { loadPrincipalAndScope } from '../auth/request-principal';
import type { Principal } from '../auth/principal';
import { bearerToken } from '../auth/tokens';
import type { AppConfig } from '../config';
import { writeAccessLog } from '../dossier/write-access-log';
import { createLoaders, type Loaders } from '../loaders';
import { DossierReadRecorder } from '../policies/dossier-reads';
import type { MaybePromise } from '../policies/maybe-promise';
import type { ApplicationRelation } from '../policies/relations';
import { requestedSocietyCode, type TenantScope } from '../tenancy/tenant-scope';
import { examinerGrantIds } from '../auth/principal';
import { verifiedAccessToken } from './verified-tokens';
import type { CommandContext } from '../workflow/command-context';

const NO_RELATIONS: ReadonlySet<ApplicationRelation> = new Set();

/**
 * Everything a resolver may use for one request. It is a CommandContext (src/workflow/command-context.ts): resolvers
 * hand it to commands as one, and commands see nothing of it beyond that (the same object, so the request's
 * relation cache and access log stay one).
 */
export interface RequestContext extends CommandContext {
  /** A fresh fork with an open transaction: every statement of the request runs in it. */
  em: EntityManager;
  principal?: Principal;
  scope: TenantScope;
  /** Set by login and sign-up: the account this request just proved. */
  authenticatedAccountId?: string;
  loaders: Loaders;
  config: AppConfig;
  /** The time source (tests pin it to check deadlines against the real calendar). */
  clock: () => Date;
  /** Dossier parts shown to someone other than the applicant, written to the access log at the end. */
  dossierReads: DossierReadRecorder;
  /** Rate limits (src/abuse/rate-limits.ts), counted by this request's client address unless given another key. */
  rateLimits: RequestRateLimits;
  assessorRelations(applicationId: string): MaybePromise<ReadonlySet<ApplicationRelation>>;
  /** `X-Dry-Run: true`: a mutation runs every check and answers as it would, then rolls back. */
  dryRun: boolean;
}

/** The context of each request still in flight, so the request's last step can release what nothing else ended. */
const contextsInFlight = new WeakMap<ContextRequest, RequestContext>();

/**
 * What a context is built from: an HTTP request, or what a WebSocket connection said at its start (src/live builds
 * one from connectionParams for every event, so subscriptions resolve the principal and tenant exactly as HTTP does).
 */
export type ContextRequest = Pick<Request, 'headers' | 'ip'> & { socket: { remoteAddress?: string } };

/**
 * Builds the context of one GraphQL request: fork → transaction → authenticate → resolve the tenant
 * scope → set RLS and filter. On any failure the transaction is rolled back before the error leaves.
 */
export async function createRequestContext(orm: MikroORM, config: AppConfig, req: ContextRequest, clock: () => Date = () => new Date(), rateLimits: RateLimits): Promise<RequestContext> {
  // Verify the token before touching the database: a forged token costs no connection.
  const token = bearerToken(req.headers.authorization);
  const claims = token ? verifiedAccessToken(token, config.jwt.secret) : undefined;
  const em = orm.em.fork({ clear: true, useContext: false });
  await em.begin();
  try {
    const code = requestedSocietyCode({ society: headerValue(req.headers['x-society']), host: req.headers.host }, config.societyHostSuffix);
    // The principal, its grants, the named society and the RLS settings: one statement once this process has seen
    // the account and society code, confirmed by the database in the same statement (issue 14).
    const loaded = await loadPrincipalAndScope(em, claims?.accountId, code);
    const principal = loaded.principal;
    // Someone acting for several enterprises names the one they act for (the enterprise channel, issue 11).
    const enterprise = headerValue(req.headers['x-enterprise'])?.trim();
    const scope = enterprise ? { ...loaded.scope, enterpriseId: enterprise } : loaded.scope;
    const loaders = createLoaders(em, principal);
    // Only examiners have assignments: everyone else's answer is known without asking the database.
    const examiner = examinerGrantIds(principal).length > 0;
    const context: RequestContext = {
      em, principal, scope, loaders, config, clock,
      rateLimits: rateLimits.forRequest(req.ip ?? req.socket.remoteAddress ?? 'unknown'),
      dossierReads: new DossierReadRecorder(principal?.accountId),
      assessorRelations: (applicationId) => (examiner ? context.loaders.assessorRelations.load(applicationId) : NO_RELATIONS),
      dryRun: headerValue(req.headers['x-dry-run']) === 'true',
    };
    contextsInFlight.set(req, context);
    return context;
  } catch (error) {
    await rollbackQuietly(em);
    throw error;
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Ends the request's transaction: commit (with the access-log entry of what was read), or roll back when the
 * operation failed (a failed command changes nothing). Commands flush what they change themselves, so the
 * identity map is cleared first: MikroORM's commit would otherwise diff every entity a large read loaded.
 */
export async function finishRequestTransaction(context: RequestContext, failed: boolean): Promise<void> {
  if (!context.em.isInTransaction()) return;
  if (failed) {
    await context.em.rollback();
    return;
  }
  context.em.clear();
  await writeAccessLog(context.em, context.dossierReads.entries(), context.clock());
  await context.em.commit();
}

/** Rolls back, swallowing the error of a connection the server already ended (timeouts terminate the session). */
export async function rollbackQuietly(em: EntityManager): Promise<void> {
  if (!em.isInTransaction()) return;
  try {
    await em.rollback();
  } catch (error) {
    console.error('[ece] rollback failed; the connection is discarded', error);
  }
}

/**
 * Wraps the GraphQL handler so that every request path gives its connection back (issue 16). Apollo builds the
 * context (and so opens the transaction) before it looks at the request; a request it then rejects — variables
 * that are not an object, a batch, a GET with bad JSON — never reaches the plugin that commits. Whatever the
 * path, once the handler is done the request's transaction is rolled back if nothing else ended it.
 */
export function releasingRequestTransaction(handler: RequestHandler): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      await handler(req, res, next);
    } finally {
      const context = contextsInFlight.get(req);
      contextsInFlight.delete(req);
      if (context) await rollbackQuietly(context.em);
    }
  };
}
