import { AsyncLocalStorage } from 'node:async_hooks';

/** What the code running on behalf of one request may ask about it; each part is set by the middleware that knows it. */
export interface RequestScope {
  /** The request's log and metrics record (src/observability). */
  record?: unknown;
  /** The request's language preference (src/http/request-locale.ts). */
  language?: unknown;
}

/**
 * One AsyncLocalStorage for everything request-scoped: while a storage is in use, Node copies its slot onto every
 * promise and callback the process creates, so each storage costs every await of every request (issue 14). The
 * request record and the language used to be two storages; now they are two fields of one scope.
 */
const storage = new AsyncLocalStorage<RequestScope>();

/** The scope of the request being served, if any. */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Runs `work` with `scope` as the current request's scope. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return storage.run(scope, work);
}
