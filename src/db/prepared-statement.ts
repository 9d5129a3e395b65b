import { createHash } from 'node:crypto';
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

/**
 * How many distinct texts executeVarying prepares per process. PostgreSQL keeps a prepared statement (its parse
 * tree and cached plans, tens of KB for a work-queue read) on each pooled connection until the connection closes,
 * and pg remembers its name per client, so the texts prepared must be finite. The work queue's texts vary only with
 * the parts a response selects, the filters used, the order, its direction, a cursor's presence and the viewer's
 * scope shape: a few dozen in real use. Beyond the bound a text runs unprepared, as MikroORM runs it.
 */
const MAX_VARYING_TEXTS = 200;
const varying = new Map<string, PreparedStatement>();

/**
 * A statement's text with MikroORM's `?` placeholders numbered `$1`, `$2`, … in order. Quoted literals and
 * identifiers are skipped; anything that could make a `?` other than a placeholder (`??`, `?|`, `?&`, comments,
 * dollar quoting) or a count of placeholders other than `count` is refused rather than guessed at.
 */
export function numberedPlaceholders(sql: string, count: number): string {
  let number = 0;
  const text = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?[?|&]?|\$|--|\/\*/g, (token) => {
    if (token.startsWith("'") || token.startsWith('"')) return token;
    if (token !== '?') throw new Error(`cannot number the placeholders of a statement containing ${token}`);
    return `$${++number}`;
  });
  if (number !== count) throw new Error(`statement has ${number} placeholders for ${count} values`);
  return text;
}

/**
 * Runs a statement whose text a request composes (MikroORM's `?` placeholders, values apart) as a prepared statement
 * named by a hash of its text, while fewer than MAX_VARYING_TEXTS texts have been prepared; beyond, through
 * em.execute as before. Either way it is logged in the ORM's query log and its errors are converted alike.
 */
export async function executeVarying<T extends object>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  let statement = varying.get(sql);
  if (!statement && varying.size < MAX_VARYING_TEXTS) {
    const text = numberedPlaceholders(sql, params.length);
    statement = preparedStatement(`varying_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text);
    varying.set(sql, statement);
  }
  return statement ? executePrepared<T>(em, statement, params) : em.execute<T[]>(sql, params);
}
