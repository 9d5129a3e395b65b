import type { IncomingMessage } from 'node:http';
import { bearerToken, verifyAccessToken } from '../auth/tokens';
import { AppError } from '../errors/app-error';
import type { ContextRequest, RequestContext } from '../http/request-context';

/** What a WebSocket connection presents once, at connection_init: the same inputs an HTTP request has in its headers. */
export interface LiveCredentials {
  /** `Bearer <token>`, as the Authorization header. */
  authorization?: string;
  /** The society code, as the X-Society header (else the Host's society label, as over HTTP). */
  society?: string;
  /** An Accept-Language value: errors come in this language. */
  language?: string;
  host?: string;
  ip: string;
}

/** Something that ends with the connection (a subscription's stream), possibly with an error. */
export interface Endable {
  end(error?: unknown): void;
}

function text(params: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = params[key];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string' || value.length > 4096) {
      throw new AppError('BAD_REQUEST', { params: { detail: `connectionParams.${key} must be a string`, detailZh: `connectionParams.${key} 须为字符串` } });
    }
    return value;
  }
  return undefined;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads connectionParams: `authorization` ("Bearer …") or `token`, `society` (or `x-society`), `language` (or
 * `accept-language`); what they leave out is taken from the upgrade request's own headers (Host for a society's
 * domain, X-Society and Accept-Language for clients that can set headers). The token's signature and expiry are
 * checked at once: a forged or expired token is refused before anything else (TOKEN_INVALID, TOKEN_EXPIRED).
 */
export function credentialsOf(params: Readonly<Record<string, unknown>> | undefined, request: IncomingMessage, jwtSecret: string): { credentials: LiveCredentials; expiresAt?: Date } {
  const given = params ?? {};
  const token = text(given, 'token');
  const authorization = text(given, 'authorization', 'Authorization') ?? (token ? `Bearer ${token}` : undefined) ?? header(request, 'authorization');
  const credentials: LiveCredentials = {
    authorization,
    society: text(given, 'society', 'x-society', 'X-Society') ?? header(request, 'x-society'),
    language: text(given, 'language', 'accept-language', 'Accept-Language') ?? header(request, 'accept-language'),
    host: header(request, 'host'),
    ip: request.socket.remoteAddress ?? 'unknown',
  };
  const bearer = bearerToken(authorization);
  return { credentials, expiresAt: bearer ? verifyAccessToken(bearer, jwtSecret).expiresAt : undefined };
}

/**
 * One WebSocket connection: its credentials, a way to open a request context from them (a fresh transaction, the
 * principal and tenant resolved again: a disabled account, a revoked grant or an expired token shows at once), and
 * what it keeps open. When the token expires, every subscription of the connection ends with TOKEN_EXPIRED.
 */
export class LiveConnection {
  private readonly open = new Set<Endable>();
  private expiry?: NodeJS.Timeout;
  private readonly request: ContextRequest;

  constructor(
    readonly credentials: LiveCredentials,
    private readonly contextFor: (request: ContextRequest) => Promise<RequestContext>,
    expiresAt?: Date,
  ) {
    this.request = {
      headers: {
        ...(credentials.authorization ? { authorization: credentials.authorization } : {}),
        ...(credentials.society ? { 'x-society': credentials.society } : {}),
        ...(credentials.host ? { host: credentials.host } : {}),
        ...(credentials.language ? { 'accept-language': credentials.language } : {}),
      },
      ip: credentials.ip,
      socket: { remoteAddress: credentials.ip },
    };
    if (expiresAt) {
      // setTimeout holds at most ~24.8 days; a token lives hours.
      const wait = Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), 2 ** 31 - 1);
      this.expiry = setTimeout(() => this.endAll(new AppError('TOKEN_EXPIRED')), wait);
      this.expiry.unref();
    }
  }

  /** A request context as the connection's principal, in a fresh transaction (the caller ends it). */
  openContext(): Promise<RequestContext> {
    return this.contextFor(this.request);
  }

  /** Keeps something open with the connection until it ends itself (forget) or the connection ends it. */
  keep(endable: Endable): () => void {
    this.open.add(endable);
    return () => this.open.delete(endable);
  }

  /** How many subscriptions are open. */
  get size(): number {
    return this.open.size;
  }

  /** Ends everything the connection keeps open. */
  endAll(error?: unknown): void {
    for (const endable of [...this.open]) endable.end(error);
    this.open.clear();
  }

  /** The socket closed. */
  close(): void {
    if (this.expiry) clearTimeout(this.expiry);
    this.endAll();
  }
}
