import type { TypedDocumentString } from './generated/graphql';
import { ErrorCode } from './generated/schema-enums';

/** The two languages the API answers in. */
export type Language = 'zh' | 'en';

/** Where and as whom the client talks to the API. */
export interface ClientOptions {
  /** The GraphQL endpoint, e.g. https://api.example.cn/graphql. */
  url: string;
  /** The bearer token from `login` / `signUp`; a function is asked on every request (a token store). */
  token?: string | null | (() => string | null | undefined);
  /** The society the portal acts in (X-Society); leave it out on a society host name under SOCIETY_HOST_SUFFIX. */
  society?: string;
  /** The language of `message`; errors carry both languages, this one first. Default: zh. */
  language?: Language;
  /** Another fetch (tests, server-side rendering); the global one by default. */
  fetch?: typeof fetch;
}

/** One error of a response, its code typed by the schema's ErrorCode enum. */
export interface ApiErrorEntry {
  code: ErrorCode;
  /** The offending input path, e.g. input.primaryColor. */
  field?: string;
  /** In the request's language. */
  message: string;
  messageZh: string;
  messageEn: string;
  /** The response path of the field the error nulled (absent for a refused request). */
  path?: ReadonlyArray<string | number>;
}

/** A request the API refused or answered with errors; `code` is the first error's code. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor(
    readonly errors: readonly ApiErrorEntry[],
    readonly status: number,
    /** What the API still answered: a query may return data beside errors for nulled fields. */
    readonly data?: unknown,
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.code = errors[0]?.code ?? ErrorCode.InternalServerError;
    this.field = errors[0]?.field;
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

/** Maps a code from the wire to the enum; a code this client was not built with reads as INTERNAL_SERVER_ERROR. */
export function toErrorCode(code: unknown): ErrorCode {
  return typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ErrorCode) : ErrorCode.InternalServerError;
}

interface WireError {
  message?: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: unknown; field?: unknown; messageZh?: unknown; messageEn?: unknown };
}

function toEntry(error: WireError): ApiErrorEntry {
  const extensions = error.extensions ?? {};
  const message = error.message ?? '';
  return {
    code: toErrorCode(extensions.code),
    field: typeof extensions.field === 'string' ? extensions.field : undefined,
    message,
    messageZh: typeof extensions.messageZh === 'string' ? extensions.messageZh : message,
    messageEn: typeof extensions.messageEn === 'string' ? extensions.messageEn : message,
    path: error.path,
  };
}

/** Accept-Language naming both languages, the chosen one first: the API then sends messageZh and messageEn. */
export function acceptLanguage(language: Language): string {
  return language === 'en' ? 'en, zh-CN;q=0.5' : 'zh-CN, en;q=0.5';
}

/** What POST /files answers for a stored upload: attach it with `attachFile(input: { fileId: id, … })`. */
export interface StoredFile {
  id: string;
  contentType: string;
  size: number;
  sha256: string;
}

/** Reads an answer's body as JSON; a body that is none is BAD_REQUEST with the HTTP status. */
async function jsonOf<T>(response: Response): Promise<T> {
  try {
    return (await response.json()) as T;
  } catch {
    const message = `HTTP ${response.status}`;
    throw new ApiError([{ code: ErrorCode.BadRequest, message, messageZh: message, messageEn: message }], response.status);
  }
}

/** A typed client: `request(SomeDocument, variables)` answers the operation's typed data or throws ApiError; `upload` stores a file. */
export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? fetch;
  /** The headers every call carries: token, society and both languages, the chosen one first. */
  const commonHeaders = (): Record<string, string> => {
    const headers: Record<string, string> = { 'accept-language': acceptLanguage(options.language ?? 'zh') };
    const token = typeof options.token === 'function' ? options.token() : options.token;
    if (token) headers.authorization = `Bearer ${token}`;
    if (options.society) headers['x-society'] = options.society;
    return headers;
  };
  return {
    /** Uploads bytes with plain HTTP (POST /files beside the GraphQL endpoint); attach the answer's id with attachFile. */
    async upload(body: Blob | ArrayBuffer | Uint8Array, fileName: string): Promise<StoredFile> {
      const url = new URL('files', new URL('.', options.url)).toString();
      const headers = { ...commonHeaders(), 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) };
      const response = await doFetch(url, { method: 'POST', headers, body: body as RequestInit['body'] });
      const answer = await jsonOf<StoredFile & { errors?: WireError[] }>(response);
      if (!response.ok || answer.errors?.length) throw new ApiError((answer.errors ?? []).map(toEntry), response.status);
      return answer;
    },

    async request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]): Promise<TResult> {
      const headers = { ...commonHeaders(), 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
      const response = await doFetch(options.url, { method: 'POST', headers, body: JSON.stringify({ query: document.toString(), variables }) });
      const body = await jsonOf<{ data?: TResult | null; errors?: WireError[] }>(response);
      if (body.errors?.length) throw new ApiError(body.errors.map(toEntry), response.status, body.data ?? undefined);
      if (body.data === undefined || body.data === null) throw new ApiError([], response.status);
      return body.data;
    },
  };
}

/** The client createClient makes. */
export type ApiClient = ReturnType<typeof createClient>;
