import type { EntityManager } from '@mikro-orm/postgresql';
import type { DossierRead } from '../policies/dossier-reads';

/**
 * Writes one request's dossier reads to the access log, in the request's transaction, as one statement:
 * a page of 100 applications is 100 rows, and building them through the ORM cost more than the page's policies.
 * The rows travel as one JSON parameter; RLS still checks every row's society.
 */
export async function writeAccessLog(em: EntityManager, reads: readonly DossierRead[], at: Date): Promise<void> {
  if (reads.length === 0) return;
  const rows = reads.map((read) => ({ application_id: read.applicationId, society_id: read.societyId, reader_id: read.readerId, parts: read.parts }));
  await em.execute(
    `insert into dossier_access (id, society_id, application_id, reader_id, parts, at)
     select gen_random_uuid(), r.society_id, r.application_id, r.reader_id, r.parts, ?
     from jsonb_to_recordset(?::jsonb) as r(application_id uuid, society_id uuid, reader_id uuid, parts text[])`,
    [at, JSON.stringify(rows)],
  );
}
