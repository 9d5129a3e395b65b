import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

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
