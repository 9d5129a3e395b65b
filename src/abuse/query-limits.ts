import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import type { ErrorCode } from '../errors/error-catalogue';

/** The measures a GraphQL document is limited by, before Apollo validates or executes it. */
export type QueryLimitName = 'tokens' | 'depth' | 'aliases' | 'directives' | 'cost';

/** The configured ceiling of each measure. */
export type QueryLimits = Record<QueryLimitName, number>;

/** One limit: its environment variable, its default, the code a document over it is refused with, how it is measured. */
interface QueryLimitDefinition {
  env: string;
  default: number;
  code: ErrorCode;
  /** graphql-armor's validation rule for the measure; tokens are counted while parsing instead. */
  rule?: (limit: number, report: (found: number) => void, measured: (found: number) => void) => ValidationRule;
}

// graphql-armor's rules report through callbacks; they never throw here, so one pass sees every measure.
const armorCallbacks = (report: (found: number) => void, measured: (found: number) => void) => ({
  propagateOnRejection: false,
  exposeLimits: true,
  onAccept: [(_context: unknown, details: { n: number }) => measured(details.n)],
  onReject: [(_context: unknown, error: GraphQLError) => report(Number(/found (\d+(?:\.\d+)?)/.exec(error.message)?.[1] ?? NaN))],
});

/**
 * The query limits as data. Defaults are far above every committed operation (schema/operations, checked by
 * test/unit/query-limits.test.ts) and the introspection query of the explorer (GraphiQL); depth is the one kept
 * close, because every level can multiply the answer (`engineeringFields{societies{fields{…}}}`).
 */
export const QUERY_LIMITS: Record<QueryLimitName, QueryLimitDefinition> = {
  tokens: { env: 'QUERY_MAX_TOKENS', default: 1000, code: 'QUERY_TOO_MANY_TOKENS' },
  depth: {
    env: 'QUERY_MAX_DEPTH', default: 8, code: 'QUERY_TOO_DEEP',
    rule: (n, report, measured) => maxDepthRule({ n, ignoreIntrospection: true, ...armorCallbacks(report, measured) }),
  },
  aliases: {
    env: 'QUERY_MAX_ALIASES', default: 30, code: 'QUERY_TOO_MANY_ALIASES',
    rule: (n, report, measured) => maxAliasesRule({ n, ...armorCallbacks(report, measured) }),
  },
  directives: {
    env: 'QUERY_MAX_DIRECTIVES', default: 30, code: 'QUERY_TOO_MANY_DIRECTIVES',
    rule: (n, report, measured) => maxDirectivesRule({ n, ...armorCallbacks(report, measured) }),
  },
  cost: {
    env: 'QUERY_MAX_COST', default: 3000, code: 'QUERY_TOO_COSTLY',
    rule: (maxCost, report, measured) => costLimitRule({ maxCost, ignoreIntrospection: true, ...armorCallbacks(report, measured) }),
  },
};

/** The limits a request's document went over (empty: within every limit), and what it measured. */
export interface QueryMeasurement {
  document?: DocumentNode;
  measures: Partial<Record<QueryLimitName, number>>;
  exceeded: Array<{ limit: QueryLimitName; code: ErrorCode; max: number; found?: number }>;
  /** A document that does not parse: Apollo answers it with its own GRAPHQL_PARSE_FAILED. */
  syntaxError?: GraphQLError;
}

/**
 * Measures one GraphQL document against the limits: tokens while parsing (the parser stops at the limit, so a
 * 100,000-field query costs no more than a 1,000-token one), then depth, aliases, directives and cost in one
 * walk of graphql-armor's rules alone — graphql-js' own rules (one of them quadratic in repeated fields) run
 * only on documents that passed.
 */
export function measureQuery(schema: GraphQLSchema, source: string, limits: QueryLimits): QueryMeasurement {
  const measurement: QueryMeasurement = { measures: {}, exceeded: [] };
  const parser = new MaxTokensParserWLexer(source, { n: limits.tokens, propagateOnRejection: true, exposeLimits: true });
  try {
    measurement.document = parser.parseDocument();
    measurement.measures.tokens = parser.tokenCount;
  } catch (error) {
    if (parser.tokenCount > limits.tokens) {
      measurement.exceeded.push({ limit: 'tokens', code: QUERY_LIMITS.tokens.code, max: limits.tokens });
    } else if (error instanceof GraphQLError) {
      measurement.syntaxError = error;
    } else {
      throw error;
    }
    return measurement;
  }
  const rules: ValidationRule[] = [];
  for (const [name, definition] of Object.entries(QUERY_LIMITS) as Array<[QueryLimitName, QueryLimitDefinition]>) {
    if (!definition.rule) continue;
    const max = limits[name];
    const measured = (found: number) => {
      measurement.measures[name] = Math.max(measurement.measures[name] ?? 0, found);
    };
    const report = (found: number) => {
      measured(found);
      if (!measurement.exceeded.some((entry) => entry.limit === name)) measurement.exceeded.push({ limit: name, code: definition.code, max, found: Math.ceil(found) });
    };
    rules.push(definition.rule(max, report, measured));
  }
  validate(schema, measurement.document, rules);
  return measurement;
}
