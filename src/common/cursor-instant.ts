/**
 * SQL giving a timestamptz column as the ISO instant a cursor carries, with all six fractional digits. A JavaScript
 * Date keeps milliseconds only: rows written within one millisecond (now() has microseconds) would otherwise share
 * a cursor position that matches none of them exactly, and a page boundary between them repeats or skips rows.
 */
export function cursorInstantSql(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}
