import type { EntityManager } from '@mikro-orm/postgresql';
import { executePrepared, preparedStatement } from '../db/prepared-statement';
import type { DossierRead } from '../policies/dossier-reads';

/** One access-log row: the applications of one society whose dossiers one reader was shown the same parts of. */
interface AccessLogRow {
  society_id: string;
  reader_id: string;
  application_ids: string[];
  parts: string[];
}

/** Groups a request's reads into rows: per society and set of parts, the application ids as an array. */
export function accessLogRows(reads: readonly DossierRead[]): AccessLogRow[] {
  const rows = new Map<string, AccessLogRow>();
  for (const read of reads) {
    const key = `${read.societyId}|${read.readerId}|${read.parts.join(',')}`;
    const row = rows.get(key);
    if (row) row.application_ids.push(read.applicationId);
    else rows.set(key, { society_id: read.societyId, reader_id: read.readerId, application_ids: [read.applicationId], parts: read.parts });
  }
  return [...rows.values()];
}

const INSERT_COLUMNS = `insert into dossier_access_log (id, society_id, reader_id, application_ids, parts, at)
  select gen_random_uuid(), r.society_id, r.reader_id, r.application_ids, r.parts, $1::timestamptz
  from jsonb_to_recordset($2::jsonb) as r(society_id uuid, reader_id uuid, application_ids uuid[], parts text[])`;

/** The insert of a mutation's reads, and of a query's: the latter first checks that the transaction wrote nothing else. */
const INSERT = preparedStatement('access_log_insert', INSERT_COLUMNS);
const INSERT_AFTER_QUERY = preparedStatement('access_log_insert_after_query', `${INSERT_COLUMNS}\n  where (select app_assert_nothing_written())`);

/**
 * Writes one request's dossier reads to the access log, in the request's transaction, as one statement of (usually)
 * one row: a page of 100 applications shown alike is one row with 100 ids (100 rows cost ~5 ms of database time).
 * The rows travel as one JSON parameter; RLS still checks every row's society. `queryOnly`: the transaction served
 * a query, which must have written nothing before this row (app_assert_nothing_written raises otherwise). A prepared
 * statement: planning this insert under its RLS policies cost more than running it.
 */
export async function writeAccessLog(em: EntityManager, reads: readonly DossierRead[], at: Date, options: { queryOnly?: boolean } = {}): Promise<void> {
  if (reads.length === 0) return;
  await executePrepared(em, options.queryOnly ? INSERT_AFTER_QUERY : INSERT, [at, JSON.stringify(accessLogRows(reads))]);
}
