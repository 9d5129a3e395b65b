import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDisableSuggestions } from '@apollo/server/plugin/disableSuggestions';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../config';
import { ERROR_CATALOGUE } from '../errors/error-catalogue';
import { measureQuery, type QueryLimits } from './query-limits';

type ErrorFormatter = (error: { message: string; extensions: Record<string, unknown> }) => unknown;

/** The GraphQL documents a request carries: a JSON POST body (or a batch of them), or a GET query string. */
function documentsOf(req: Request): string[] {
  const body: unknown = req.method === 'GET' ? req.query : req.body;
  const operations = Array.isArray(body) ? body : [body];
  return operations
    .map((operation) => (operation && typeof operation === 'object' ? (operation as { query?: unknown }).query : undefined))
    .filter((query): query is string => typeof query === 'string');
}

/**
 * Refuses a GraphQL request whose document goes over a query limit, before Apollo parses, validates or executes it
 * (and before a request transaction is opened): 400 with one error per limit exceeded, each with its own code.
 */
export function queryLimitMiddleware(schema: GraphQLSchema, limits: QueryLimits, format: ErrorFormatter): RequestHandler {
  // Clients send the same few documents again and again: a document once found within the limits is not measured
  // again (parsing and walking a work-queue document cost ~3% of its request). Bounded, and only passing documents.
  const passed = new Set<string>();
  return (req: Request, res: Response, next: NextFunction) => {
    for (const source of documentsOf(req)) {
      if (passed.has(source)) continue;
      const { exceeded } = measureQuery(schema, source, limits);
      if (exceeded.length === 0 && source.length <= 20_000) {
        if (passed.size >= 1000) passed.delete(passed.values().next().value as string);
        passed.add(source);
      }
      if (exceeded.length === 0) continue;
      const errors = exceeded.map(({ code, max, found }) =>
        format({ message: ERROR_CATALOGUE[code].en, extensions: { code, params: found === undefined ? { limit: max } : { limit: max, found } } }),
      );
      res.status(400).json({ errors });
      return;
    }
    next();
  };
}

/** Apollo plugins of the query limits: in production, no "Did you mean …" suggestions that spell out the schema. */
export function queryLimitPlugins(config: AppConfig): ApolloServerPlugin[] {
  return config.mode === 'production' ? [ApolloServerPluginDisableSuggestions()] : [];
}
