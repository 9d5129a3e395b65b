import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { AppError } from '../../errors/app-error';

import { isUuid } from '../../common/is-uuid';

/** Largest page any list returns; larger requests are refused rather than silently cut. */
export const MAX_PAGE_SIZE = 100;

/** Relay page position. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

/** Forward pagination arguments shared by every connection. */
@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1–${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Opaque cursor: the endCursor of the previous page' })
  after?: string | null;
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

const SORT_VALUE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/;

/** Cursors only ever hold a calendar date or an ISO instant (what encodeCursor is given), a real one (PostgreSQL has no year 0). */
function isSortValue(value: unknown): value is string {
  return typeof value === 'string' && SORT_VALUE.test(value) && !value.startsWith('0000')
    && !Number.isNaN(Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value));
}

/** Decodes a cursor; a cursor the server did not make is BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Both halves reach SQL (a timestamp or date column, a uuid column): a forged value must not make it raise.
    if (Array.isArray(parsed) && parsed.length === 2 && isSortValue(parsed[0]) && typeof parsed[1] === 'string' && isUuid(parsed[1])) {
      return { sortValue: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('BAD_USER_INPUT', { field: 'after', params: { detail: 'the cursor is not valid', detailZh: '分页游标无效' } });
}

/** Validates `first`; out-of-range sizes are BAD_USER_INPUT on `first`. */
export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError('BAD_USER_INPUT', {
      field: 'first',
      params: { detail: `first must be between 1 and ${MAX_PAGE_SIZE}`, detailZh: `每页条数须在 1 到 ${MAX_PAGE_SIZE} 之间` },
    });
  }
  return first;
}

/** Cuts one extra fetched row into hasNextPage and computes the end cursor. */
export function toPage<T>(rows: T[], first: number, positionOf: (row: T) => KeysetPosition): { nodes: T[]; pageInfo: PageInfo } {
  const nodes = rows.slice(0, first);
  const last = nodes[nodes.length - 1];
  return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeCursor(positionOf(last)) : null } };
}
