import type { GraphQLFormattedError } from 'graphql';
import { currentLocale, type Locale } from '../http/request-locale';
import { interpolate, type ErrorParams } from './app-error';
import { ERROR_CATALOGUE, isErrorCode, type ErrorCode, type ErrorDefinition } from './error-catalogue';

/** Extensions a client may see; anything else (stack traces, SQL, exception objects) is dropped. */
const PUBLIC_EXTENSIONS = new Set(['code', 'field', 'issues']);

function localizedParams(params: ErrorParams | undefined, locale: Locale): ErrorParams | undefined {
  if (!params || locale !== 'zh') return params;
  // A param may carry a Chinese twin (detail/detailZh, what/whatZh): pick the one for the reader.
  const localized: ErrorParams = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (key.endsWith('Zh')) localized[key.slice(0, -2)] = value;
  }
  return localized;
}

/** A catalogue code's message in both languages, its params filled in (each param's Chinese twin for zh). */
export function catalogueMessages(code: ErrorCode, params: ErrorParams | undefined): { messageZh: string; messageEn: string } {
  return { messageZh: interpolate(ERROR_CATALOGUE[code].zh, localizedParams(params, 'zh')), messageEn: interpolate(ERROR_CATALOGUE[code].en, params) };
}

/** messageZh and messageEn, the request's language first (JSON keeps the order). */
function bothMessages(locale: Locale, zh: string, en: string): { messageZh: string; messageEn: string } {
  return locale === 'zh' ? { messageZh: zh, messageEn: en } : ({ messageEn: en, messageZh: zh } as { messageZh: string; messageEn: string });
}

// graphql-js answers a request that names no operation, or one the document lacks, without a code: the caller's
// mistake, not an internal error (nothing to log with a stack, nothing to alarm on).
const REQUEST_MISTAKES = [/^Unknown operation named /, /^Must provide operation name/, /^Must provide an operation/];

/** The catalogue code of an error as Apollo formatted it: its own, a request mistake, or INTERNAL_SERVER_ERROR. */
export function catalogueCodeOf(formatted: GraphQLFormattedError): ErrorCode {
  const rawCode = formatted.extensions?.code;
  if (isErrorCode(rawCode)) return rawCode;
  return rawCode === undefined && REQUEST_MISTAKES.some((pattern) => pattern.test(formatted.message)) ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo's formatError: catalogue code, localized message (by Accept-Language), field path;
 * internal details only in development mode. `report` sees every error with its code and original
 * (observability: errors by code, and an INTERNAL error logged with its stack, which the client never gets).
 */
export function createErrorFormatter(options: { exposeInternals: boolean; report?: (code: string, error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError => {
    const locale = currentLocale();
    const extensions = formatted.extensions ?? {};
    const rawCode = extensions.code;
    const code = catalogueCodeOf(formatted);
    options.report?.(code, error ?? formatted);
    const messageIn = (language: Locale): string => {
      if (code === 'GRAPHQL_PARSE_FAILED' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST') {
        // graphql-js' own wording is the detail; it names the offending token or field.
        return interpolate(ERROR_CATALOGUE[code][language], { detail: formatted.message });
      }
      if (code === 'INTERNAL_SERVER_ERROR' && !isErrorCode(rawCode) && options.exposeInternals) return formatted.message;
      return interpolate(ERROR_CATALOGUE[code][language], localizedParams(extensions.params as ErrorParams | undefined, language));
    };
    const message = messageIn(locale);
    const publicExtensions: Record<string, unknown> = { code };
    for (const key of PUBLIC_EXTENSIONS) if (key !== 'code' && extensions[key] !== undefined) publicExtensions[key] = extensions[key];
    if (Array.isArray(extensions.issues)) {
      publicExtensions.issues = (extensions.issues as Array<{ code: string; field: string; messageZh: string; messageEn: string }>).map((issue) => ({
        code: issue.code, field: issue.field, message: locale === 'zh' ? issue.messageZh : issue.messageEn,
        ...bothMessages(locale, issue.messageZh, issue.messageEn),
      }));
    }
    // Both languages in every error, the request's language first: a portal shows the other one beside it.
    Object.assign(publicExtensions, bothMessages(locale, messageIn('zh'), messageIn('en')));
    if (isErrorCode(rawCode) && (ERROR_CATALOGUE[code] as ErrorDefinition).exposeParams && extensions.params) publicExtensions.params = extensions.params;
    if (options.exposeInternals && extensions.stacktrace) publicExtensions.stacktrace = extensions.stacktrace;
    return { message, locations: formatted.locations, path: formatted.path, extensions: publicExtensions };
  };
}
