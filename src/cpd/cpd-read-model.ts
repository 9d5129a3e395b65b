import type { EntityManager } from '@mikro-orm/postgresql';
import type { CpdActivityKind, CpdAuditStatus } from '../entities/enums';

/** An evidence file as a CPD record lists it. */
export interface CpdEvidenceFileRow {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/** One activity with its evidence, and the facts the member-record policy reads. */
export interface CpdActivityRow {
  id: string;
  societyId: string;
  memberId: string;
  registrationId: string;
  kind: CpdActivityKind;
  title: string;
  provider: string | null;
  startedOn: string;
  endedOn: string;
  hours: number;
  evidence: CpdEvidenceFileRow[];
}

/** The activities of registrations (by id) ending in a date range, each with its evidence files: one statement. */
export async function cpdActivities(em: EntityManager, where: { registrationId?: string; activityId?: string; from?: string; to?: string }): Promise<CpdActivityRow[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (where.registrationId) { conditions.push('a.registration_id = ?'); params.push(where.registrationId); }
  if (where.activityId) { conditions.push('a.id = ?'); params.push(where.activityId); }
  if (where.from) { conditions.push('a.ended_on >= ?'); params.push(where.from); }
  if (where.to) { conditions.push('a.ended_on <= ?'); params.push(where.to); }
  return em.getConnection().execute<CpdActivityRow[]>(
    `select a.id, a.society_id as "societyId", r.member_id as "memberId", a.registration_id as "registrationId", a.kind, a.title, a.provider,
            to_char(a.started_on, 'YYYY-MM-DD') as "startedOn", to_char(a.ended_on, 'YYYY-MM-DD') as "endedOn", a.hours,
            coalesce(json_agg(json_build_object('id', f.id, 'filename', f.filename, 'contentType', f.content_type, 'size', f.size) order by f.created_at, f.id)
                     filter (where f.id is not null), '[]') as evidence
     from cpd_activity a join registration r on r.id = a.registration_id
       left join cpd_evidence e on e.activity_id = a.id left join stored_file f on f.id = e.file_id
     where ${conditions.join(' and ') || 'true'}
     group by a.id, r.member_id order by a.ended_on, a.id`,
    params, 'all', em.getTransactionContext(),
  );
}

/** A year's audit of a member as shown (with the policy facts). */
export interface CpdAuditRow {
  id: string;
  societyId: string;
  memberId: string;
  registrationId: string;
  registrationNumber: string;
  name: string;
  year: number;
  status: CpdAuditStatus;
  requestedAt: Date;
  evidenceNote: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  reasons: string | null;
}

/** Audits by id, by draw, or of one registration and year. */
export async function cpdAudits(em: EntityManager, where: { auditId?: string; drawId?: string; registrationId?: string; year?: number }): Promise<CpdAuditRow[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (where.auditId) { conditions.push('au.id = ?'); params.push(where.auditId); }
  if (where.drawId) { conditions.push('au.draw_id = ?'); params.push(where.drawId); }
  if (where.registrationId) { conditions.push('au.registration_id = ?'); params.push(where.registrationId); }
  if (where.year !== undefined) { conditions.push('au.year = ?'); params.push(where.year); }
  const rows = await em.getConnection().execute<CpdAuditRow[]>(
    `select au.id, au.society_id as "societyId", r.member_id as "memberId", au.registration_id as "registrationId", r.registration_number as "registrationNumber",
            r.name, au.year, au.status, au.requested_at as "requestedAt", au.evidence_note as "evidenceNote", au.submitted_at as "submittedAt",
            au.decided_at as "decidedAt", au.reasons
     from cpd_audit au join registration r on r.id = au.registration_id
     where ${conditions.join(' and ') || 'true'} order by r.registration_number`,
    params, 'all', em.getTransactionContext(),
  );
  // Raw rows carry instants as text.
  const instant = (value: Date | string | null) => (value === null ? null : new Date(value));
  return rows.map((row) => ({ ...row, requestedAt: instant(row.requestedAt)!, submittedAt: instant(row.submittedAt), decidedAt: instant(row.decidedAt) }));
}
