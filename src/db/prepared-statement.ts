import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Client } from 'pg';

/**
 * A statement every request sends with other values, run as a named prepared statement: PostgreSQL plans it once per
 * pooled connection instead of on every request. MikroORM inlines parameters into the text and sends it with the
 * simple protocol, so each run is parsed and planned afresh; for a statement under row-level security that planning
 * is most of its cost (the access-log insert: ~1.8 ms of planning, ~0.4 ms of execution, issue 14).
 * The text must be the same for every run (values only as $n parameters), else it is a different statement.
 */
export interface PreparedStatement {
  readonly name: string;
  readonly text: string;
}

const declared = new Map<string, string>();

/** Declares a prepared statement; a name is one text for the life of the process (PostgreSQL keys it by name). */
export function preparedStatement(name: string, text: string): PreparedStatement {
  const known = declared.get(name);
  if (known !== undefined && known !== text) throw new Error(`prepared statement ${name} declared twice with different text`);
  declared.set(name, text);
  return { name, text };
}

/**
 * Runs a prepared statement in the entity manager's open transaction, on that transaction's own connection (the one
 * knex holds for it, so it sees the transaction's settings and writes, in order with its other statements). The
 * ORM's query log receives it like any other statement, and a database error is converted as em.execute converts it.
 */
export async function executePrepared<T extends object>(em: EntityManager, statement: PreparedStatement, values: unknown[]): Promise<T[]> {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (!transaction || transaction.isCompleted()) throw new Error(`prepared statement ${statement.name} needs an open transaction`);
  const connection = (await transaction.client.acquireConnection()) as Client;
  const logger = em.config.getLogger();
  const started = Date.now();
  try {
    const { rows } = await connection.query<T>({ name: statement.name, text: statement.text, values });
    logger.logQuery({ query: statement.text, params: values, took: Date.now() - started, results: rows.length, level: 'info' });
    return rows;
  } catch (error) {
    logger.logQuery({ query: statement.text, params: values, took: Date.now() - started, level: 'error' });
    throw em.getDriver().convertException(error as Error);
  }
}
