import type { EntityManager } from '@mikro-orm/postgresql';
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

/**
 * Writes one request's dossier reads to the access log, in the request's transaction, as one statement of (usually)
 * one row: a page of 100 applications shown alike is one row with 100 ids (100 rows cost ~5 ms of database time).
 * The rows travel as one JSON parameter; RLS still checks every row's society. `queryOnly`: the transaction served
 * a query, which must have written nothing before this row (app_assert_nothing_written raises otherwise).
 */
export async function writeAccessLog(em: EntityManager, reads: readonly DossierRead[], at: Date, options: { queryOnly?: boolean } = {}): Promise<void> {
  if (reads.length === 0) return;
  await em.execute(
    `insert into dossier_access_log (id, society_id, reader_id, application_ids, parts, at)
     select gen_random_uuid(), r.society_id, r.reader_id, r.application_ids, r.parts, ?
     from jsonb_to_recordset(?::jsonb) as r(society_id uuid, reader_id uuid, application_ids uuid[], parts text[])
     ${options.queryOnly ? 'where (select app_assert_nothing_written())' : ''}`,
    [at, JSON.stringify(accessLogRows(reads))],
  );
}
