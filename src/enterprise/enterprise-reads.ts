import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationChannel, PreApplicationStatus } from '../entities/enums';
import { cursorInstantSql } from '../common/cursor-instant';
import { keysetSql, type PageRequest } from '../resolvers/common/connection';
import { tenantSql } from '../tenancy/tenant-filter';
import type { TenantScope } from '../tenancy/tenant-scope';

/** A keyset position: the row's creation instant (ISO, to the microsecond) and its id. */
export interface Position {
  sortValue: string;
  id: string;
}

/** One pre-application as the lists show it (the enterprise's recommendees, the screening queue, the applicant's own). */
export interface PreApplicationRow {
  id: string;
  createdAt: Date;
  /** createdAt to the microsecond, for cursors. */
  cursorAt: string;
  societyId: string;
  societyCode: string;
  applicantId: string;
  enterpriseId: string | null;
  enterpriseName: string | null;
  channel: ApplicationChannel;
  fieldCode: string;
  gradeCode: string;
  name: string;
  contact: string;
  currentLocation: string;
  experienceSummary: string;
  overseasProject: string | null;
  status: PreApplicationStatus;
  screenedAt: Date | null;
  screeningReason: string | null;
  screenedByFederation: boolean;
  roundName: string | null;
  roundClosesOn: string | null;
  consultationRequestedAt: Date | null;
  consultationHeldOn: string | null;
  consultationNote: string | null;
  applicationId: string | null;
  version: number;
}

const PRE_APPLICATION_SELECT = `
  select p.id, p.created_at as "createdAt", ${cursorInstantSql('p.created_at')} as "cursorAt", p.society_id as "societyId", s.code as "societyCode", p.applicant_id as "applicantId",
         p.enterprise_id as "enterpriseId", e.name as "enterpriseName", p.channel, f.code as "fieldCode", g.code as "gradeCode",
         p.name, p.contact, p.current_location as "currentLocation", p.experience_summary as "experienceSummary",
         p.overseas_project as "overseasProject", p.status, p.screened_at as "screenedAt", p.screening_reason as "screeningReason",
         p.screened_by_federation as "screenedByFederation", r.name as "roundName", to_char(r.closes_on, 'YYYY-MM-DD') as "roundClosesOn",
         p.consultation_requested_at as "consultationRequestedAt", to_char(p.consultation_held_on, 'YYYY-MM-DD') as "consultationHeldOn",
         p.consultation_note as "consultationNote", a.id as "applicationId", p.version
  from pre_application p
  join society s on s.id = p.society_id
  join engineering_field f on f.id = p.field_id
  join grade g on g.id = p.grade_id
  left join enterprise e on e.id = p.enterprise_id
  left join application_round r on r.id = p.round_id
  left join application a on a.pre_application_id = p.id`;

/** Raw SQL answers instants as text: the rows carry Dates, like the entities do. */
function withDates<T extends object>(row: T, keys: ReadonlyArray<keyof T>): T {
  for (const key of keys) if (row[key] !== null && row[key] !== undefined) (row as Record<keyof T, unknown>)[key] = new Date(row[key] as string);
  return row;
}

const PRE_APPLICATION_INSTANTS = ['createdAt', 'screenedAt', 'consultationRequestedAt'] as const;

/** How many rows of `from` (aliased as the list's pages alias it) match a list's condition: its `totalCount`, RLS applying. */
async function countWhere(em: EntityManager, from: string, where: string, params: unknown[]): Promise<number> {
  const [row] = await em.execute<Array<{ count: string }>>(`select count(*) from ${from} where ${where}`, params);
  return Number(row.count);
}

async function page(em: EntityManager, where: string, params: unknown[], request: PageRequest): Promise<PreApplicationRow[]> {
  const position = keysetSql('p.created_at', 'p.id', 'timestamptz', 'desc', request);
  const rows = await em.execute<PreApplicationRow[]>(
    `${PRE_APPLICATION_SELECT} where ${where} and ${position.sql} order by ${position.order} limit ?`,
    [...params, ...position.params, request.size + 1],
  );
  return rows.map((row) => withDates(row, PRE_APPLICATION_INSTANTS));
}

/**
 * The enterprise's recommendees (its redeemed codes' pre-applications), newest first, one statement for the page;
 * their formal applications, if any, in one more (`applicationsOf`).
 */
export function recommendeesPage(em: EntityManager, enterpriseId: string, request: PageRequest): Promise<PreApplicationRow[]> {
  return page(em, 'p.enterprise_id = ?', [enterpriseId], request);
}

/** How many recommendees the enterprise has (the `totalCount` of recommendeesPage). */
export function recommendeesCount(em: EntityManager, enterpriseId: string): Promise<number> {
  return countWhere(em, 'pre_application p', 'p.enterprise_id = ?', [enterpriseId]);
}

/** The screening queue's condition: the society in scope (every society for the federation), optionally one status. */
function screeningQueueWhere(scope: TenantScope, status: PreApplicationStatus | null): { sql: string; params: unknown[] } {
  const tenant = tenantSql(scope, 'p');
  return { sql: `${tenant.sql} and (?::pre_application_status is null or p.status = ?::pre_application_status)`, params: [...tenant.params, status, status] };
}

/** The screening queue: the society in scope's pre-applications, or every society's for the federation. */
export function screeningQueuePage(em: EntityManager, scope: TenantScope, status: PreApplicationStatus | null, request: PageRequest): Promise<PreApplicationRow[]> {
  const where = screeningQueueWhere(scope, status);
  return page(em, where.sql, where.params, request);
}

/** How many pre-applications the screening queue holds (the `totalCount` of screeningQueuePage). */
export function screeningQueueCount(em: EntityManager, scope: TenantScope, status: PreApplicationStatus | null): Promise<number> {
  const where = screeningQueueWhere(scope, status);
  return countWhere(em, 'pre_application p', where.sql, where.params);
}

/** The signed-in person's own pre-applications, newest first. */
export function ownPreApplications(em: EntityManager, accountId: string): Promise<PreApplicationRow[]> {
  return page(em, 'p.applicant_id = ?', [accountId], { size: 99, backward: false, cursor: null });
}

/** One pre-application by id (as the lists show it), or undefined when the viewer may not see it. */
export async function preApplicationRow(em: EntityManager, id: string): Promise<PreApplicationRow | undefined> {
  const [row] = await em.execute<PreApplicationRow[]>(`${PRE_APPLICATION_SELECT} where p.id = ?`, [id]);
  return row && withDates(row, PRE_APPLICATION_INSTANTS);
}

/** One recommendation code as the enterprise lists it (never the code: only its digest is stored). */
export interface RecommendationCodeRow {
  id: string;
  createdAt: Date;
  /** createdAt to the microsecond, for cursors. */
  cursorAt: string;
  batchId: string;
  societyCode: string;
  fieldCode: string;
  gradeCode: string;
  engineerName: string;
  engineerContact: string;
  currentLocation: string;
  experienceSummary: string;
  overseasProject: string;
  expiresAt: Date;
  revokedAt: Date | null;
  redeemedAt: Date | null;
  revocationReason: string | null;
}

/** The enterprise's codes, newest first: one statement. */
export async function recommendationCodesPage(em: EntityManager, enterpriseId: string, request: PageRequest): Promise<RecommendationCodeRow[]> {
  const position = keysetSql('c.created_at', 'c.id', 'timestamptz', 'desc', request);
  const rows = await em.execute<RecommendationCodeRow[]>(
    `select c.id, c.created_at as "createdAt", ${cursorInstantSql('c.created_at')} as "cursorAt", c.batch_id as "batchId", s.code as "societyCode", f.code as "fieldCode", g.code as "gradeCode",
            c.engineer_name as "engineerName", c.engineer_contact as "engineerContact", c.current_location as "currentLocation",
            c.experience_summary as "experienceSummary", c.overseas_project as "overseasProject", c.expires_at as "expiresAt",
            c.revoked_at as "revokedAt", c.redeemed_at as "redeemedAt", c.revocation_reason as "revocationReason"
     from recommendation_code c join society s on s.id = c.society_id join engineering_field f on f.id = c.field_id join grade g on g.id = c.grade_id
     where c.enterprise_id = ? and ${position.sql} order by ${position.order} limit ?`,
    [enterpriseId, ...position.params, request.size + 1],
  );
  return rows.map((row) => withDates(row, ['createdAt', 'expiresAt', 'revokedAt', 'redeemedAt']));
}

/** How many codes the enterprise has (the `totalCount` of recommendationCodesPage). */
export function recommendationCodesCount(em: EntityManager, enterpriseId: string): Promise<number> {
  return countWhere(em, 'recommendation_code c', 'c.enterprise_id = ?', [enterpriseId]);
}
