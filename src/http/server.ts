import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { MikroORM } from '@mikro-orm/postgresql';
import { registerMailDelivery } from '../notifications/delivery-job';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { queryLimitMiddleware, queryLimitPlugins } from '../abuse/query-limit-middleware';
import { createRateLimits } from '../abuse/rate-limits';
import { applySecurityMiddleware } from '../abuse/security-middleware';
import type { AppConfig } from '../config';
import { createErrorFormatter } from '../errors/format-error';
import { buildApiSchema } from '../graphql/build-schema';
import { inputGuardPlugin } from '../graphql/input-guard.plugin';
import { createObservability } from '../observability';
import type { Logger } from '../observability/logger';
import { API_ACCESS_TABLE } from '../graphql/access-rows';
import { applyFieldPolicies } from '../policies/shield';
import { certificateRoutes } from './certificate-routes';
import { dashboardRoutes } from './dashboard-routes';
import { explorerRoutes } from './explorer/explorer-routes';
import { fileRoutes } from './file-routes';
import { graphqlHttpHandler } from './graphql-http';
import { reportRoutes } from './report-routes';
import { societyLogoRoute } from './society-logo-route';
import { signedDownloadRoute } from './signed-download-route';
import { withMutationSavepoints } from './commit-rules';
import { createRequestContext, releasingRequestTransaction, type RequestContext } from './request-context';
import { requestLocaleMiddleware } from './request-locale';
import { requestConcurrencyLimit } from './request-concurrency';
import { startLiveServer } from '../live/live-server';
import { createTransactionPlugin } from './transaction-plugin';
import { renderedPagePlugin, stringifyRenderedResult } from '../read-path/rendered-page.plugin';
import { createWorkQueueRenderer } from '../read-path/rendered-work-queue';

/** A listening API server. */
export interface RunningServer {
  url: string;
  /** The WebSocket address of GraphQL subscriptions (graphql-transport-ws): the same path as `url`. */
  liveUrl: string;
  /** How many GraphQL subscriptions are open on this process now. */
  readonly liveSubscriptions: number;
  port: number;
  close(): Promise<void>;
}

/** Builds the HTTP host: /graphql (Apollo; subscriptions over WebSocket on the same path), /healthz (liveness), /readyz (database reachable). */
export async function startServer(
  orm: MikroORM,
  config: AppConfig,
  port = config.port,
  // benchmarkWithoutPolicies exists only to measure the policy layer's cost (bench/); nothing else sets it.
  options: { clock?: () => Date; benchmarkWithoutPolicies?: boolean; logger?: Logger } = {},
): Promise<RunningServer> {
  registerMailDelivery(orm, config.email);
  const app = express();
  app.disable('x-powered-by');
  applySecurityMiddleware(app, config);
  const httpServer = http.createServer(app);
  const schema = withMutationSavepoints(options.benchmarkWithoutPolicies ? await buildApiSchema() : applyFieldPolicies(await buildApiSchema(), API_ACCESS_TABLE));
  const development = config.mode === 'development';
  const observability = createObservability(orm, config, options.logger);
  const formatError = createErrorFormatter({ exposeInternals: development, report: observability.reportError });
  const rateLimits = createRateLimits(orm, config, observability.logger);
  const renderPlugins = config.renderedPages
    ? [renderedPagePlugin(createWorkQueueRenderer(orm.em, schema, API_ACCESS_TABLE, { decide: !options.benchmarkWithoutPolicies }), formatError)]
    : [];
  const apollo = new ApolloServer<RequestContext>({
    schema,
    formatError,
    // A page PostgreSQL rendered is written as the text it is; every other answer as Apollo writes it.
    stringifyResult: stringifyRenderedResult,
    includeStacktraceInErrorResponses: development,
    // The explorer reads the schema by introspection: enabling it in production (GRAPHQL_EXPLORER=1) enables both.
    introspection: config.mode !== 'production' || config.explorer,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      createTransactionPlugin(formatError, observability.logger),
      observability.apolloPlugin,
      inputGuardPlugin,
      // Responses are per viewer and never cached by HTTP caches; the cache-control plugin would wrap every field for nothing.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads its code from Apollo's CDN (unreachable offline and from mainland China): our own
      // explorer (src/http/explorer) answers browsers instead, from the installed packages.
      ApolloServerPluginLandingPageDisabled(),
      ...queryLimitPlugins(config),
      // Last: the other plugins' checks (input guard, query limits) run before a page is rendered.
      ...renderPlugins,
    ],
  });
  await apollo.start();

  app.use(observability.middleware);
  app.use(requestLocaleMiddleware);
  // The explorer answers only GET (and HEAD) requests: a POST, every GraphQL request of a client, skips its router.
  const explorer = explorerRoutes(config.explorer);
  app.use((req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? explorer(req, res, next) : next()));
  // /graphql comes right after the explorer (which answers browsers on GET /graphql) and before the other routes:
  // none of them answers a path under /graphql, so a GraphQL request no longer walks their routers first.
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // After the body is read: a client that sends its body slowly holds a socket, never one of the few slots.
    requestConcurrencyLimit(config.graphqlConcurrency, config.graphqlQueueLimit, (res) => {
      const formatted = formatError({ message: 'server busy', extensions: { code: 'SERVER_BUSY', params: { retryAfter: 1 } } });
      res.status(503).set('Retry-After', '1').json({ errors: [formatted] });
    }),
    queryLimitMiddleware(schema, config.protection.queryLimits, formatError as never),
    releasingRequestTransaction(graphqlHttpHandler(apollo, ({ req }) => createRequestContext(orm, config, req, options.clock, rateLimits))),
  );
  if (observability.metricsHandler) app.get('/metrics', observability.metricsHandler);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use(societyLogoRoute(orm, formatError as never));
  app.use(signedDownloadRoute(orm, config, options.clock ?? (() => new Date()), formatError as never));
  app.use(fileRoutes(orm, config, options.clock ?? (() => new Date()), formatError as never, rateLimits));
  app.use(certificateRoutes(orm, config, options.clock ?? (() => new Date()), formatError as never, rateLimits));
  app.use(dashboardRoutes());
  app.use(reportRoutes(orm, config, options.clock ?? (() => new Date()), formatError as never, rateLimits, observability.logger));

  // A body that is not JSON never reaches Apollo: answer in the same error shape, in the reader's language.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (error.type === 'entity.too.large' && _req.path.startsWith('/files')) {
      const formatted = formatError({ message: 'file too large', extensions: { code: 'FILE_TOO_LARGE', params: { limit: config.fileMaxBytes } } });
      res.status(413).json({ errors: [formatted] });
      return;
    }
    if (error.type === 'entity.parse.failed' || error.type === 'entity.too.large') {
      const formatted = formatError({ message: error.type === 'entity.too.large' ? 'request body too large' : 'body is not valid JSON', extensions: { code: 'BAD_REQUEST' } });
      res.status(error.status ?? 400).json({ errors: [formatted] });
      return;
    }
    next(error);
  });
  app.use(observability.unhandledError(formatError));

  // GraphQL subscriptions over WebSocket on the same path (src/live): events come from PostgreSQL, never from memory.
  const live = startLiveServer({
    httpServer, schema, config, logger: observability.logger,
    databaseUrl: orm.config.get('clientUrl') as string,
    contextFor: (request) => createRequestContext(orm, config, request, options.clock, rateLimits),
    formatError: createErrorFormatter({ exposeInternals: false, report: observability.reportError }),
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, resolve);
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    liveUrl: `ws://localhost:${actualPort}/graphql`,
    get liveSubscriptions() {
      return live.subscriptions;
    },
    port: actualPort,
    close: async () => {
      // Sockets first: an upgraded socket is no request the HTTP drain would wait for or end.
      await live.close();
      await apollo.stop();
      await rateLimits.close();
    },
  };
}
