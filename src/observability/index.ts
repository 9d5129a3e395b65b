import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config';
import { observabilityPlugin } from './apollo-plugin';
import { createLogger, type Logger } from './logger';
import { createApiMetrics, operationLabeller } from './metrics';
import { acceptedRequestId, currentRequestRecord, runWithRequestRecord, type RequestRecord } from './request-record';

/** Logs, request ids and metrics of one API server, wired into express and Apollo by server.ts. */
export interface Observability {
  logger: Logger;
  /** Express: request id (X-Request-Id in and out), one log line and the duration metric per request. */
  middleware(req: Request, res: Response, next: NextFunction): void;
  /** Express handler of GET /metrics, or undefined when metrics are off (production without METRICS_TOKEN). */
  metricsHandler?: (req: Request, res: Response) => Promise<void>;
  apolloPlugin: typeof observabilityPlugin;
  /** Express's last error handler: logs the error with its stack and answers INTERNAL_SERVER_ERROR, nothing more. */
  unhandledError(format: (formatted: { message: string; extensions: Record<string, unknown> }) => unknown): (error: unknown, req: Request, res: Response, next: NextFunction) => void;
  /** formatError's report: counts every error by code and logs an INTERNAL error with its stack (never sent). */
  reportError(code: string, error: unknown): void;
}

const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

function originalError(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Creates the server's logger, metrics registry and their express/Apollo hooks. */
export function createObservability(orm: MikroORM, config: AppConfig, logger: Logger = createLogger(config)): Observability {
  const metrics = createApiMetrics(orm);
  const operationLabel = operationLabeller();

  const middleware = (req: Request, res: Response, next: NextFunction) => {
    const record: RequestRecord = { requestId: acceptedRequestId(req.headers['x-request-id']), errorCodes: [] };
    res.setHeader('X-Request-Id', record.requestId);
    const started = process.hrtime.bigint();
    // Express rewrites req.url inside mounted routers (/graphql becomes /): the original URL names the route.
    const path = req.originalUrl.split('?')[0];
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (path === '/graphql') metrics.requestDuration.observe({ operation: operationLabel(record.operation), status: String(res.statusCode) }, seconds);
      const level = QUIET_PATHS.has(path) ? 'debug' : 'info';
      logger[level]({
        requestId: record.requestId, method: req.method, path, status: res.statusCode,
        operation: record.operation, accountId: record.accountId, society: record.society,
        errorCodes: record.errorCodes.length > 0 ? record.errorCodes : undefined,
        durationMs: Math.round(seconds * 1000 * 10) / 10,
      }, 'request');
    });
    runWithRequestRecord(record, next);
  };

  const { token, enabled } = config.metrics;
  const metricsHandler = enabled
    ? async (req: Request, res: Response) => {
      if (token !== undefined && !tokenMatches(req.headers.authorization, token)) {
        res.status(401).json({ status: 'metrics need Authorization: Bearer <METRICS_TOKEN>' });
        return;
      }
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    }
    : undefined;

  return {
    logger,
    middleware,
    metricsHandler,
    apolloPlugin: observabilityPlugin,
    unhandledError(format) {
      return (error, _req, res, next) => {
        if (res.headersSent) {
          next(error);
          return;
        }
        logger.error({ err: error, requestId: currentRequestRecord()?.requestId }, 'unhandled error');
        res.status(500).json({ errors: [format({ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })] });
      };
    },
    reportError(code, error) {
      metrics.errors.inc({ code });
      const record = currentRequestRecord();
      record?.errorCodes.push(code);
      // Only a real error has a stack to log; callers that format a synthetic INTERNAL error log their own.
      if (code === 'INTERNAL_SERVER_ERROR' && originalError(error) instanceof Error) {
        logger.error({ err: originalError(error), requestId: record?.requestId, operation: record?.operation }, 'internal error');
      }
    },
  };
}
