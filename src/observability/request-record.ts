import { randomUUID } from 'node:crypto';
import { currentRequestScope, runInRequestScope } from '../http/request-scope';

/** What the log line and the metrics of one HTTP request say about it; filled in as the request proceeds. */
export interface RequestRecord {
  requestId: string;
  operation?: string;
  accountId?: string;
  society?: string;
  errorCodes: string[];
}

/** A client's X-Request-Id is echoed only when it is a plain token; otherwise the request gets a fresh UUID. */
export function acceptedRequestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : randomUUID();
}

/** Runs `next` with `record` as the current request's record. */
export function runWithRequestRecord(record: RequestRecord, next: () => void): void {
  // A fresh scope per request: the language middleware that runs next fills in its part of the same object.
  runInRequestScope({ record }, next);
}

/** The record of the request being served, if any. */
export function currentRequestRecord(): RequestRecord | undefined {
  return currentRequestScope()?.record as RequestRecord | undefined;
}
