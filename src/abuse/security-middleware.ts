import cors, { type CorsOptions } from 'cors';
import type { Express } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config';

/** Headers a browser client sends: the token, the society, the file name of an upload, Apollo's CSRF-prevention header. */
const ALLOWED_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Accept-Language', 'X-Society', 'X-File-Name', 'Apollo-Require-Preflight', 'X-Apollo-Operation-Name'];

/** Headers a browser client may read: how long to wait after RATE_LIMITED, a download's name and version. */
const EXPOSED_RESPONSE_HEADERS = ['Retry-After', 'Content-Disposition', 'ETag'];

/** Whether a browser origin may call the API: listed in CORS_ORIGINS, or a society's own host under SOCIETY_HOST_SUFFIX. */
export function isAllowedOrigin(origin: string, config: Pick<AppConfig, 'societyHostSuffix' | 'protection'>): boolean {
  const normalized = origin.replace(/\/$/, '');
  if (config.protection.corsOrigins.includes(normalized)) return true;
  if (!config.societyHostSuffix) return false;
  // The same reading of the suffix as the tenant scope's (src/tenancy/tenant-scope.ts): a leading dot is implied.
  const suffix = config.societyHostSuffix.toLowerCase().replace(/^\.?/, '.');
  let url: URL;
  try {
    url = new URL(normalized);
  } catch {
    return false;
  }
  // A society host is exactly one label (the society code) in front of the suffix: "csee.eval.example.cn".
  const label = url.hostname.endsWith(suffix) ? url.hostname.slice(0, -suffix.length) : undefined;
  return (url.protocol === 'https:' || url.protocol === 'http:') && !!label && /^[a-z0-9-]+$/.test(label);
}

/**
 * The HTTP protections in front of every route: which proxies may name the client address (rate limits count by
 * it), security headers (helmet) and CORS with an allow-list. Content-Security-Policy is strict in every mode; the
 * explorer's page (src/http/explorer) sets its own, which allows this origin only.
 */
export function applySecurityMiddleware(app: Express, config: AppConfig): void {
  app.set('trust proxy', config.protection.trustProxy);
  app.use(
    helmet({
      // The API serves JSON and file downloads, never pages (the explorer's page sets its own): nothing may load or frame it.
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    }),
  );
  const options: CorsOptions = {
    origin: (origin, callback) => callback(null, origin === undefined ? false : isAllowedOrigin(origin, config)),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_REQUEST_HEADERS,
    exposedHeaders: EXPOSED_RESPONSE_HEADERS,
    // No cookies are used: a token travels in the Authorization header only.
    credentials: false,
    maxAge: 600,
  };
  app.use(cors(options));
}
