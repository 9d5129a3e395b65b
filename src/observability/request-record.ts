import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What the log line and the metrics of one HTTP request say about it; filled in as the request proceeds. */
export interface RequestRecord {
  requestId: string;
  operation?: string;
  accountId?: string;
  society?: string;
  errorCodes: string[];
}

const storage = new AsyncLocalStorage<RequestRecord>();

/** A client's X-Request-Id is echoed only when it is a plain token; otherwise the request gets a fresh UUID. */
export function acceptedRequestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._:-]{1,128}$/.test(value) ? value : randomUUID();
}

/** Runs `next` with `record` as the current request's record. */
export function runWithRequestRecord(record: RequestRecord, next: () => void): void {
  storage.run(record, next);
}

/** The record of the request being served, if any. */
export function currentRequestRecord(): RequestRecord | undefined {
  return storage.getStore();
}
