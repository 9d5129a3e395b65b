/** A value that is known now, or will be. */
export type MaybePromise<T> = T | Promise<T>;

/** Whether a value is a promise (or any thenable). */
export function isPromiseLike<T>(value: MaybePromise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Applies fn now when the value is known, later when it is a promise. Policies answer most questions from
 * data already in memory; staying synchronous then keeps a page of 100 applications from becoming thousands
 * of promises (one per guarded field).
 */
export function mapMaybe<T, R>(value: MaybePromise<T>, fn: (value: T) => R): MaybePromise<R> {
  return isPromiseLike(value) ? value.then(fn) : fn(value);
}
