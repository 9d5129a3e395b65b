import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { AppError } from '../../errors/app-error';

import { isUuid } from '../../common/is-uuid';

/** Largest page any list returns; larger requests are refused rather than silently cut. */
export const MAX_PAGE_SIZE = 100;

/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Relay page position (https://relay.dev/graphql/connections.htm#sec-undefined.PageInfo). */
@ObjectType()
export class PageInfo {
  @Field({ description: 'Paging forward (first/after): more rows follow. Paging backward (last/before): true when `before` was given.' })
  hasNextPage!: boolean;

  @Field({ description: 'Paging backward (last/before): more rows precede. Paging forward (first/after): true when `after` was given.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge; null for an empty page' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; null for an empty page' })
  endCursor?: string | null;
}

/** Relay pagination arguments shared by every connection: first/after forward, last/before backward (keyset both ways). */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size forward, 1–${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Opaque cursor: the rows after it (the endCursor of the previous page)' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size backward, 1–${MAX_PAGE_SIZE}: the rows just before \`before\` (or the last ones)` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Opaque cursor: the rows before it (the startCursor of the next page)' })
  before?: string | null;
}

/** One page asked for: its size, its direction and the keyset position it starts from. */
export interface PageRequest {
  size: number;
  backward: boolean;
  cursor: KeysetPosition | null;
}

/**
 * Reads Relay arguments into a page request. `first` with `last`, or `after` with `before`, is BAD_USER_INPUT:
 * one direction per request (the specification discourages mixing them; keyset pages cannot honour both).
 */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const mixed = (args.first != null && args.last != null) ? 'last' : (args.after != null && args.before != null) ? 'before' : null;
  if (mixed) {
    throw new AppError('BAD_USER_INPUT', { field: mixed, params: { detail: 'page either forward (first/after) or backward (last/before)', detailZh: '分页须单向：first/after 或 last/before' } });
  }
  const backward = args.last != null || args.before != null;
  const size = backward ? checkPageSize(args.last ?? DEFAULT_PAGE_SIZE, 'last') : checkPageSize(args.first ?? DEFAULT_PAGE_SIZE, 'first');
  const cursor = backward ? (args.before ? decodeCursor(args.before, 'before') : null) : (args.after ? decodeCursor(args.after, 'after') : null);
  return { size, backward, cursor };
}

/** The SQL order of a page: the list's natural order, reversed when paging backward. */
export function pageOrder(natural: 'asc' | 'desc', request: PageRequest): 'asc' | 'desc' {
  return request.backward === (natural === 'asc') ? 'desc' : 'asc';
}

/** The comparison that seeks past the cursor in the page's order: > when ascending, < when descending. */
export function seekOperator(natural: 'asc' | 'desc', request: PageRequest): '>' | '<' {
  return pageOrder(natural, request) === 'asc' ? '>' : '<';
}

/**
 * The ORM condition that seeks past the page's cursor on `field`, ties broken by id, in the page's order; undefined
 * on a first page. The instant stays text: PostgreSQL casts it to the microsecond (a Date would round it to the
 * millisecond).
 */
export function keysetCondition(field: string, natural: 'asc' | 'desc', request: PageRequest): Record<string, unknown> | undefined {
  if (!request.cursor) return undefined;
  const op = seekOperator(natural, request) === '>' ? '$gt' : '$lt';
  const { sortValue, id } = request.cursor;
  return { $or: [{ [field]: { [op]: sortValue } }, { [field]: sortValue, id: { [op]: id } }] };
}

/**
 * The SQL keyset condition (`true` on a first page) and order of a page over `column` of SQL type `type`, ties broken
 * by `idColumn`, in the page's direction: one row comparison, which an index on (column, id) serves.
 */
export function keysetSql(column: string, idColumn: string, type: string, natural: 'asc' | 'desc', request: PageRequest): { sql: string; params: unknown[]; order: string } {
  const direction = pageOrder(natural, request);
  const order = `${column} ${direction}, ${idColumn} ${direction}`;
  if (!request.cursor) return { sql: 'true', params: [], order };
  return {
    sql: `(${column}, ${idColumn}) ${seekOperator(natural, request)} (?::${type}, ?::uuid)`,
    params: [request.cursor.sortValue, request.cursor.id],
    order,
  };
}

/** The keyset position a cursor stands for: the sort value and the id that breaks ties. */
export interface KeysetPosition {
  sortValue: string;
  id: string;
}

/** Encodes a keyset position as an opaque cursor. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.sortValue, position.id])).toString('base64url');
}

const SORT_VALUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z)?$/;

/**
 * Cursors only ever hold a calendar date or an ISO instant to the microsecond (cursorInstantSql), a real one
 * (PostgreSQL has no year 0). The value reaches SQL as text and is cast there, so no digit is lost on the way.
 */
function isSortValue(value: unknown): value is string {
  return typeof value === 'string' && SORT_VALUE.test(value) && !value.startsWith('0000')
    && !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value));
}

/** Decodes a cursor; a cursor the server did not make is BAD_USER_INPUT on the argument that carried it. */
export function decodeCursor(cursor: string, field: 'after' | 'before' = 'after'): KeysetPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Both halves reach SQL (a timestamp or date column, a uuid column): a forged value must not make it raise.
    if (Array.isArray(parsed) && parsed.length === 2 && isSortValue(parsed[0]) && typeof parsed[1] === 'string' && isUuid(parsed[1])) {
      return { sortValue: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('BAD_USER_INPUT', { field, params: { detail: 'the cursor is not valid', detailZh: '分页游标无效' } });
}

/** Validates `first`; out-of-range sizes are BAD_USER_INPUT on `first`. */
export function checkPageSize(first: number, field: 'first' | 'last' = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', {
      field,
      params: { detail: `${field} must be between 1 and ${MAX_PAGE_SIZE}`, detailZh: `每页条数须在 1 到 ${MAX_PAGE_SIZE} 之间` },
    });
  }
  return first;
}

/**
 * Cuts the one extra fetched row into "more rows that way", puts a backward page back into the list's order, and
 * computes the cursors. The other direction is reported from the cursor (a row was there when it was made), not
 * counted: cheap, and what the specification allows.
 */
export function toPage<T>(rows: T[], request: PageRequest | number, positionOf: (row: T) => KeysetPosition): { nodes: T[]; pageInfo: PageInfo } {
  const { size, backward, cursor } = typeof request === 'number' ? { size: request, backward: false, cursor: null } : request;
  const fetched = rows.slice(0, size);
  const nodes = backward ? fetched.reverse() : fetched;
  const more = rows.length > size;
  const [first, last] = [nodes[0], nodes[nodes.length - 1]];
  return {
    nodes,
    pageInfo: {
      hasNextPage: backward ? cursor !== null : more,
      hasPreviousPage: backward ? more : cursor !== null,
      startCursor: first ? encodeCursor(positionOf(first)) : null,
      endCursor: last ? encodeCursor(positionOf(last)) : null,
    },
  };
}

/**
 * What every connection's `totalCount` promises. Every list here counts exactly: the count is one `count(*)` under
 * the list's own filter and the same tenant walls (ORM filter and row-level security), on indexed conditions, cheap
 * at the platform's sizes (tens of thousands of rows per list), so none is estimated. It runs only when selected.
 */
export const TOTAL_COUNT_DESCRIPTION =
  'Exact number of rows the list has across all its pages (same filter and tenant walls as the pages); counted only when selected';

/** A connection's `totalCount` as a lazy getter: the count statement runs only when a client selects the field, once. */
export function withTotalCount<T extends object>(connection: T, count: () => Promise<number>): T & { totalCount?: Promise<number> } {
  let counted: Promise<number> | undefined;
  return Object.defineProperty(connection, 'totalCount', { get: () => (counted ??= count()), enumerable: false });
}
