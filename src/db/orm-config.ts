import { DefaultLogger, type LogContext, type LoggerOptions, type MikroORM } from '@mikro-orm/core';
import { defineConfig, type EntityManager, type Options } from '@mikro-orm/postgresql';
import { ENTITIES } from '../entities';
import { TENANT_FILTER, tenantFilter } from '../tenancy/tenant-filter';

/**
 * The migrator, registered so that @mikro-orm/migrations (umzug, @rushstack/*, ajv, argparse: ~15 MB RSS) and the
 * migration classes load on the first getMigrator(), which only owner connections call, not in every serving process.
 */
const LAZY_MIGRATOR = {
  register(orm: MikroORM): void {
    orm.config.registerExtension('@mikro-orm/migrator', () => {
      const { Migrator } = require('@mikro-orm/migrations') as typeof import('@mikro-orm/migrations');
      orm.config.get('migrations').migrationsList = (require('../../migrations') as typeof import('../../migrations')).MIGRATIONS;
      return new Migrator(orm.em as EntityManager);
    });
  },
};

/** Builds the MikroORM options for one connection URL (owner for migrations, app role for requests). */
export function createOrmOptions(
  clientUrl: string,
  options: { debug?: boolean; poolMax?: number; onQuery?: (sql: string) => void; timeouts?: { statementMs: number; idleInTransactionMs: number } } = {},
): Options {
  const { onQuery } = options;
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    discovery: { warnWhenNoEntities: true },
    // Requests always work on their own fork; the global context must never be used by accident.
    allowGlobalContext: false,
    filters: { [TENANT_FILTER]: tenantFilter },
    // Every tenant table carries its own society column and filter; joining the parent just to re-apply
    // the parent's filter doubles the work of every child list (measured: the work queue's nested loads).
    autoJoinRefsForFilters: false,
    forceUtcTimezone: true,
    // A query listener (tests count statements) turns the query log on and receives every statement.
    debug: onQuery ? ['query'] : (options.debug ?? false),
    ...(onQuery ? { loggerFactory: (loggerOptions: LoggerOptions) => new QueryListenerLogger(loggerOptions, onQuery) } : {}),
    pool: { min: 0, max: options.poolMax ?? 10 },
    // Sent as session settings when a connection opens: PostgreSQL itself ends a statement that runs too long or a
    // transaction left idle, so no request (or bug) can keep a pooled connection for good (issue 16).
    // plan_cache_mode: a prepared statement (src/db/prepared-statement.ts) runs its generic plan from the first run.
    // Left to choose, PostgreSQL keeps planning the work-queue read afresh: the generic plan's estimate for
    // `limit $n` (a tenth of the rows) costs more than a custom plan, though it is the same index scan (EXPLAIN on the
    // bench data, issue 14). Statements MikroORM sends have their values inlined and are not affected; the statements
    // inside plpgsql functions and triggers are cached plans too and also take their generic plan on these connections.
    driverOptions: {
      connection: {
        options: '-c plan_cache_mode=force_generic_plan',
        ...(options.timeouts ? { statement_timeout: options.timeouts.statementMs, idle_in_transaction_session_timeout: options.timeouts.idleInTransactionMs } : {}),
      },
    },
    extensions: [LAZY_MIGRATOR],
    migrations: {
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  });
}

/** Hands each executed statement to a listener instead of printing it. */
class QueryListenerLogger extends DefaultLogger {
  constructor(options: LoggerOptions, private readonly onQuery: (sql: string) => void) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    this.onQuery(context.query);
  }
}
