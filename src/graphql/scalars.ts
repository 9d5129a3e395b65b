import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';

/**
 * A calendar date without a time or zone, written 'YYYY-MM-DD' (China dates: deadlines, birth dates, notice periods).
 * Parsing accepts only strings; whether the day exists and lies in range is checked by the input guard
 * (src/graphql/input-guard.plugin.ts), so that every bad date of a request is reported at once, with its path and
 * MALFORMED_DATE or DATE_OUT_OF_RANGE, in both languages. Timestamps stay DateTimeISO.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD (a day that exists; China time where it matters). Timestamps are DateTimeISO.',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new GraphQLError('LocalDate cannot represent a non-date value');
  },
  parseValue(value) {
    if (typeof value !== 'string') throw new GraphQLError('LocalDate is written as a string YYYY-MM-DD');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('LocalDate is written as a string YYYY-MM-DD', { nodes: ast });
    return ast.value;
  },
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** Two digits, zero-padded. */
function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

/** The UTC day (days since the epoch) whose date was written last, and that date, 'YYYY-MM-DD'. */
let lastDay = NaN;
let lastDate = '';

/**
 * A valid Date as Date#toISOString writes it (YYYY-MM-DDTHH:mm:ss.sssZ), for years 0000 to 9999; undefined outside
 * them (toISOString then writes six-digit years). The date part is kept for the day written last: the timestamps
 * of a page fall on few days, and the time of day is plain arithmetic, not toISOString's general formatting.
 */
function isoString(date: Date): string | undefined {
  const time = date.getTime();
  const day = Math.floor(time / DAY_MS);
  if (day !== lastDay) {
    const year = date.getUTCFullYear();
    if (!(year >= 0 && year <= 9999)) return undefined;
    lastDate = new Date(day * DAY_MS).toISOString().slice(0, 10);
    lastDay = day;
  }
  let rest = time - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return `${lastDate}T${twoDigits(hours)}:${twoDigits(minutes)}:${twoDigits(seconds)}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

/**
 * graphql-scalars' DateTimeISO (the scalar type-graphql gives Date fields), writing a Date's string itself: the
 * same string as Date#toISOString, without its general formatting for each of the timestamps of a page. Anything
 * else (strings, numbers, invalid dates, years beyond 9999) is left to graphql-scalars, which answers or refuses.
 */
const library = GraphQLDateTimeISO.toConfig();

export const DateTimeISO = new GraphQLScalarType({
  ...library,
  serialize(value) {
    if (value instanceof Date && value.getTime() === value.getTime()) {
      const written = isoString(value);
      if (written !== undefined) return written;
    }
    return library.serialize(value);
  },
});
