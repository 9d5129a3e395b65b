import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLRequest } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { parse } from 'node:url';

/** The JSON media types Apollo answers a single result with, both already naming their charset as express would. */
const JSON_ANSWER_TYPES = new Set(['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8']);

/** Builds a request's GraphQL context from the express request and response. */
export type ExpressContextFunction<TContext extends BaseContext> = (args: { req: Request; res: Response }) => Promise<TContext>;

/**
 * Apollo Server as express middleware: what @as-integrations/express5's expressMiddleware does, except how a POST's
 * JSON answer is written. express's res.send copies every body into a Buffer and hashes it into an ETag (SHA-1 of
 * the whole answer, ~1% of a work-queue request) so that a later conditional GET may get a 304; a POST is never
 * answered 304, so a POST's answer is written without one, with the same status, headers, Content-Length and bytes.
 * GET queries, streamed (incremental) answers and any other content type still go through res.send unchanged.
 */
export function graphqlHttpHandler<TContext extends BaseContext>(server: ApolloServer<TContext>, context: ExpressContextFunction<TContext>): RequestHandler {
  server.assertStarted('graphqlHttpHandler()');
  return async (req, res) => {
    if (!('body' in req)) {
      res.status(500);
      res.send('`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.');
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: req.method.toUpperCase(),
      headers,
      // url.parse as the integration does (it escapes a few characters); a URL without '?' has no search at all.
      search: req.url.includes('?') ? (parse(req.url).search ?? '') : '',
      body: req.body,
    };
    const httpGraphQLResponse = await server.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context({ req, res }) });
    for (const [key, value] of httpGraphQLResponse.headers) res.setHeader(key, value);
    res.statusCode = httpGraphQLResponse.status || 200;
    const { body } = httpGraphQLResponse;
    if (body.kind === 'complete') {
      const type = res.getHeader('content-type');
      if (req.method === 'POST' && typeof type === 'string' && JSON_ANSWER_TYPES.has(type) && !res.hasHeader('transfer-encoding')) {
        // Encoded once into a Buffer, as res.send does: ending with the string instead makes Node prepend the header
        // text to it (a copy of the whole answer) before encoding, ~1.7x the cost for a page of 100 (100 kB).
        const bytes = Buffer.from(body.string, 'utf8');
        res.setHeader('Content-Length', bytes.length);
        res.end(bytes);
      } else {
        res.send(body.string);
      }
      return;
    }
    for await (const chunk of body.asyncIterator) {
      res.write(chunk);
      if (typeof (res as { flush?: () => void }).flush === 'function') (res as unknown as { flush: () => void }).flush();
    }
    res.end();
  };
}
