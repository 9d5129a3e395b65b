import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from './config';
import { EmbeddedDatabaseError } from './db/embedded-postgres';
import { createOrmOptions } from './db/orm-config';
import { prepareDatabase } from './db/prepare-database';
import { startServer } from './http/server';

/** start: config → database (embedded or DATABASE_URL) → migrate → seed → serve; Ctrl-C stops everything. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = (line: string) => console.log(`[ece] ${line}`);
  const database = await prepareDatabase(config, log);
  const orm = await MikroORM.init(createOrmOptions(database.appUrl, { debug: config.logSql, timeouts: config.dbTimeouts }));
  const server = await startServer(orm, config).catch(async (error: Error) => {
    await orm.close(true);
    await database.stop();
    throw error;
  });
  log(`GraphQL API ready at ${server.url} (mode: ${config.mode}${config.databaseUrl ? ', DATABASE_URL' : ', embedded PostgreSQL'})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping`);
    await server.close();
    await orm.close(true);
    await database.stop();
    log('stopped');
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    // embedded-postgres registers its own signal hook that exits at once; we stop in order instead
    // (HTTP server, ORM pool, then the database), so ours is the only one.
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedDatabaseError) {
    console.error(`[ece] cannot start: ${error.message}`);
  } else {
    console.error('[ece] cannot start:', error);
  }
  process.exit(1);
});
