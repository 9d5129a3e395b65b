import { getOperationAST, GraphQLError, validate, type ExecutionResult, type FormattedExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import { measureQuery } from '../abuse/query-limits';
import type { AppConfig } from '../config';
import { AppError } from '../errors/app-error';
import { checkOperationInputs } from '../graphql/input-guard.plugin';
import type { ContextRequest, RequestContext } from '../http/request-context';
import { withRequestLanguage } from '../http/request-locale';
import type { Logger } from '../observability/logger';
import { credentialsOf, LiveConnection } from './live-connection';
import { createLiveListener } from './live-listener';
import { subscribeLive } from './live-operation';

/** Where subscriptions are served: the GraphQL endpoint's own path (HTTP POST there, WebSocket upgrade there too). */
export const LIVE_PATH = '/graphql';

/** Largest WebSocket message accepted: a subscription document is small (the token limit refuses long ones anyway). */
const MAX_MESSAGE_BYTES = 256 * 1024;

/** What the live server needs from the API server. */
export interface LiveServerParts {
  httpServer: Server;
  /** The executable schema with the field policies: the same one HTTP requests run on. */
  schema: GraphQLSchema;
  config: AppConfig;
  /** The application role's connection URL (the listening connection is one of its own). */
  databaseUrl: string;
  /** Builds a request context as HTTP does (src/http/request-context.ts). */
  contextFor(request: ContextRequest): Promise<RequestContext>;
  /** The API's error formatter, with internals never exposed (an INTERNAL error is logged, not sent). */
  formatError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError;
  logger: Logger;
}

/** A running live server. */
export interface LiveServer {
  /** Closes every socket (1001 "Going away"), then the listening connection. */
  close(): Promise<void>;
  /** Whether the process listens for committed events now. */
  readonly listening: boolean;
  /** How many subscriptions are open on this process. */
  readonly subscriptions: number;
}

/** The extra graphql-ws keeps per socket: the upgrade request, and the connection once it is initialised. */
type SocketExtra = {
  connection?: LiveConnection;
};

function refusal(error: unknown): GraphQLError {
  return error instanceof GraphQLError ? error : new GraphQLError(error instanceof Error ? error.message : String(error), { originalError: error as Error });
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws, the graphql-transport-ws protocol) on the HTTP server's
 * /graphql path. A connection says who it is once, in connection_init's payload (`authorization` or `token`,
 * `society`, `language`); every subscription document passes the same query limits and input rules as an HTTP
 * request; queries and mutations are refused here (they go by HTTP POST, with its transaction rules).
 */
export function startLiveServer(parts: LiveServerParts): LiveServer {
  const { config, schema, logger } = parts;
  const listener = createLiveListener({ connectionString: parts.databaseUrl, logger });
  const wss = new WebSocketServer({ server: parts.httpServer, path: LIVE_PATH, maxPayload: MAX_MESSAGE_BYTES });
  const maxSubscriptions = config.live.maxSubscriptionsPerConnection;

  const format = (connection: LiveConnection | undefined, error: GraphQLError): GraphQLFormattedError => {
    // graphql-ws wraps an error thrown by the stream in a GraphQLError of its own: the original carries the code.
    const source = error.originalError instanceof GraphQLError ? error.originalError : error;
    return withRequestLanguage(connection?.credentials.language, () => parts.formatError(source.toJSON(), source));
  };

  const disposable = useServer<Record<string, unknown>, SocketExtra>(
    {
      // graphql-ws closes a socket that does not initialise in time (4408).
      connectionInitWaitTimeout: config.live.connectionInitTimeoutMs,
      // Close reasons never carry an internal error's message.
      isProd: true,
      onConnect: (ctx) => {
        try {
          const { credentials, expiresAt } = credentialsOf(ctx.connectionParams, ctx.extra.request, config.jwt.secret);
          ctx.extra.connection = new LiveConnection(credentials, parts.contextFor, expiresAt);
          return true;
        } catch (error) {
          const code = error instanceof AppError ? error.code : 'BAD_REQUEST';
          // The reason is the catalogue code: a client knows at once to log in again (TOKEN_EXPIRED) or to fix its params.
          ctx.extra.socket.close(code === 'BAD_REQUEST' ? CloseCode.BadRequest : CloseCode.Unauthorized, code);
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const connection = ctx.extra.connection!;
        // graphql-ws has already counted this one.
        if (Object.keys(ctx.subscriptions).length > maxSubscriptions) return [new AppError('TOO_MANY_SUBSCRIPTIONS', { params: { limit: maxSubscriptions } })];
        const measured = measureQuery(schema, payload.query, config.protection.queryLimits);
        if (measured.exceeded.length > 0) {
          return measured.exceeded.map(({ code, max, found }) => new AppError(code, { params: found === undefined ? { limit: max } : { limit: max, found } }));
        }
        if (!measured.document) {
          return [new GraphQLError(measured.syntaxError?.message ?? 'the document does not parse', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const invalid = validate(schema, measured.document);
        if (invalid.length > 0) return invalid.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const operation = getOperationAST(measured.document, payload.operationName);
        if (!operation) return [new AppError('BAD_REQUEST', { params: { detail: 'the document names no operation to run', detailZh: '文档中没有可执行的操作' } })];
        if (operation.operation !== 'subscription') {
          return [new AppError('BAD_REQUEST', {
            params: { detail: 'only subscriptions are served over WebSocket: send queries and mutations by HTTP POST', detailZh: 'WebSocket 仅提供订阅：查询和变更请通过 HTTP POST 发送' },
          })];
        }
        try {
          checkOperationInputs(schema, measured.document, operation, payload.variables ?? undefined);
        } catch (error) {
          return [refusal(error)];
        }
        return {
          schema, document: measured.document, operationName: payload.operationName, variableValues: payload.variables, contextValue: connection,
        };
      },
      subscribe: (args) => subscribeLive(args, { listener, maxPendingEvents: config.live.maxPendingEvents }),
      onNext: (ctx, _id, _payload, _args, result: ExecutionResult): FormattedExecutionResult => {
        const { errors, ...rest } = result;
        return errors ? { ...rest, errors: errors.map((error) => format(ctx.extra.connection, error)) } : (rest as FormattedExecutionResult);
      },
      onError: (ctx, _id, _payload, errors) => errors.map((error) => format(ctx.extra.connection, error)),
      onClose: (ctx) => {
        ctx.extra.connection?.close();
      },
    },
    wss,
  );

  return {
    async close() {
      // Clients are asked to go (1001); whoever does not answer the closing handshake soon is cut off.
      const cutOff = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, 1_000);
      cutOff.unref();
      await disposable.dispose();
      clearTimeout(cutOff);
      await listener.close();
    },
    get listening() {
      return listener.listening;
    },
    get subscriptions() {
      return listener.size;
    },
  };
}
