import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from './config';
import { AppRoleError } from './db/app-role';
import { EmbeddedDatabaseError } from './db/embedded-postgres';
import { createOrmOptions } from './db/orm-config';
import { openServingDatabase } from './db/prepare-database';
import { startServer } from './http/server';
import { createLogger } from './observability/logger';
import { stopWithDeadline } from './shutdown';
import { createJobRunner } from './jobs/job-runner';
import { JOBS } from './jobs/registry';

/** start: config → database (embedded or DATABASE_URL, or APP_DATABASE_URL in production) → serve; SIGINT/SIGTERM stop everything. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const log = (line: string) => logger.info(line);
  const database = await openServingDatabase(config, log);
  const orm = await MikroORM.init(createOrmOptions(database.appUrl, { debug: config.logSql, timeouts: config.dbTimeouts }));
  const server = await startServer(orm, config, config.port, { logger }).catch(async (error: Error) => {
    await orm.close(true);
    await database.stop();
    throw error;
  });
  const jobs = createJobRunner({ appUrl: database.appUrl, orm, logger, jobs: JOBS, settings: config.jobs });
  if (config.jobs.enabled) {
    await jobs.start().catch(async (error: Error) => {
      await server.close();
      await orm.close(true);
      await database.stop();
      throw error;
    });
  }
  const where = config.mode === 'production' && !config.embeddedInProduction ? 'APP_DATABASE_URL' : config.databaseUrl ? 'DATABASE_URL' : 'embedded PostgreSQL';
  logger.info({ url: server.url, mode: config.mode, database: where }, `GraphQL API ready at ${server.url} (mode: ${config.mode}, ${where})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, deadlineMs: config.shutdownTimeoutMs }, `${signal} received: stopping`);
    const outcome = await stopWithDeadline(
      { server, jobs, orm, database },
      config.shutdownTimeoutMs,
      (line, error) => (error ? logger.error({ err: error }, line) : logger.warn(line)),
    );
    logger.info({ outcome }, outcome === 'graceful' ? 'stopped' : 'stopped after the shutdown deadline');
    logger.flush();
    process.exit(outcome === 'graceful' ? 0 : 1);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // embedded-postgres registers its own signal hook that exits at once; we stop in order instead
    // (HTTP server, ORM pool, then the database), so ours is the only one.
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError || error instanceof AppRoleError) {
    console.error(`[ece] cannot start: ${error.message}`);
  } else {
    console.error('[ece] cannot start:', error);
  }
  process.exit(1);
});
