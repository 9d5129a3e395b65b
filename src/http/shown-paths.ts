import type { GraphQLFormattedError } from 'graphql';
import { everyReadShown } from '../policies/dossier-reads';

/** A response path as graphql-js hands it to resolvers (info.path): a linked list from the leaf up. */
export interface ResponsePath {
  readonly prev: ResponsePath | undefined;
  readonly key: string | number;
}

function keysOf(path: ResponsePath): Array<string | number> {
  const keys: Array<string | number> = [];
  for (let at: ResponsePath | undefined = path; at; at = at.prev) keys.push(at.key);
  return keys.reverse();
}

/**
 * Answers, for a finished response, whether the value at a path reached the client: every object above it is
 * present, and it was not nulled by an error (one at the path itself or below it that propagated up to it).
 * A value that is legitimately null was still shown.
 */
export function shownIn(data: unknown, errors: readonly GraphQLFormattedError[] | undefined): (path: ResponsePath) => boolean {
  // Without any error nothing was nulled: graphql-js puts every field it resolved in the data (null or not), so each
  // read at a path of this response reached the client, and no path needs walking.
  if ((errors === undefined || errors.length === 0) && typeof data === 'object' && data !== null) return everyReadShown;
  const errorPrefixes = new Set<string>();
  for (const error of errors ?? []) {
    const keys = error.path ?? [];
    for (let length = 1; length <= keys.length; length += 1) errorPrefixes.add(keys.slice(0, length).join('\u0000'));
  }
  return (path) => {
    const keys = keysOf(path);
    let value: unknown = data;
    for (const key of keys) {
      if (typeof value !== 'object' || value === null) return false;
      value = (value as Record<string | number, unknown>)[key];
    }
    if (value === undefined) return false;
    // Without errors nothing was nulled: no key string to build for a legitimately null value.
    return !(value === null && errorPrefixes.size > 0 && errorPrefixes.has(keys.join('\u0000')));
  };
}
