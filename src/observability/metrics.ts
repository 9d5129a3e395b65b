import type { MikroORM } from '@mikro-orm/postgresql';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The API's Prometheus series, on a registry of their own (one per server, so tests can run several). */
export interface ApiMetrics {
  registry: Registry;
  requestDuration: Histogram<'operation' | 'status'>;
  errors: Counter<'code'>;
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

function connectionPool(orm: MikroORM): TarnPool | undefined {
  return (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
}

/** Creates the registry: GraphQL request durations by operation, errors by code, pool use, Node's defaults (event-loop lag…). */
export function createApiMetrics(orm: MikroORM): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ece_' });
  const requestDuration = new Histogram({
    name: 'ece_graphql_request_duration_seconds',
    help: 'GraphQL HTTP request duration by operation name and HTTP status',
    labelNames: ['operation', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'ece_graphql_errors_total',
    help: 'Errors sent to clients, by error code',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'ece_db_pool_connections',
    help: 'Application-role connection pool: connections in use, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = connectionPool(orm);
      this.set({ state: 'used' }, pool?.numUsed() ?? 0);
      this.set({ state: 'free' }, pool?.numFree() ?? 0);
      this.set({ state: 'pending' }, pool?.numPendingAcquires() ?? 0);
    },
  });
  return { registry, requestDuration, errors };
}

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

/**
 * The operation label: clients choose operation names, so only well-formed names of parsed operations
 * become labels, and only the first 200 distinct ones; the rest count as "other" (bounded cardinality).
 */
export function operationLabeller(): (operation: string | undefined) => string {
  const seen = new Set<string>();
  return (operation) => {
    if (!operation) return 'unresolved';
    if (!OPERATION_NAME.test(operation)) return 'other';
    if (seen.has(operation)) return operation;
    if (seen.size >= MAX_OPERATION_LABELS) return 'other';
    seen.add(operation);
    return operation;
  };
}
