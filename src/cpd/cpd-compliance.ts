import type { EntityManager } from '@mikro-orm/postgresql';
import { CpdAuditStatus } from '../entities/enums';
import { CPD_DEFAULTS } from '../entities/cpd-setting.entity';

/** One year of one registration: the hours recorded against what the society requires for the part of the year counted. */
export interface CpdYearCompliance {
  registrationId: string;
  societyId: string;
  societyCode: string;
  memberId: string;
  registrationNumber: string;
  name: string;
  year: number;
  /** The society's yearly minimum now. */
  minimumHours: number;
  /** The minimum prorated to the days of the year that fall in the period counted (whole year: the minimum). */
  requiredHours: number;
  hours: number;
  auditId: string | null;
  auditStatus: CpdAuditStatus | null;
  auditReasons: string | null;
  summaryRecorded: boolean;
  /** Hours reach the requirement and no audit of the year was rejected. */
  met: boolean;
}

/**
 * The per-year SQL: each registration's period (clipped by $from/$to) cut into calendar years, with its hours summed
 * in SQL. A partial first or last year owes the minimum in proportion to its days (rounded up): a member registered
 * in November does not owe 50 hours by December. Activities count in the year they ended.
 */
function yearRowsSql(where: string): string {
  return `
  with periods as (
    select r.id, r.society_id, s.code as society_code, r.member_id, r.registration_number, r.name,
           coalesce(cs.minimum_hours, ${CPD_DEFAULTS.minimumHours}) as cpd_minimum_hours,
           greatest(r.valid_from, ?::date) as p_from, least(r.valid_until, ?::date) as p_to
    from registration r join society s on s.id = r.society_id left join cpd_setting cs on cs.society_id = r.society_id
    where ${where}
  ), years as (
    select p.*, y.year, make_date(y.year, 1, 1) as y_from, make_date(y.year, 12, 31) as y_to
    from periods p, generate_series(extract(year from p.p_from)::int, extract(year from p.p_to)::int) as y(year)
    where p.p_from <= p.p_to
  )
  select x.id as registration_id, x.society_id, x.society_code, x.member_id, x.registration_number, x.name, x.year,
         x.cpd_minimum_hours as minimum_hours,
         ceil(x.cpd_minimum_hours * ((least(x.p_to, x.y_to) - greatest(x.p_from, x.y_from) + 1)::numeric / (x.y_to - x.y_from + 1)))::int as required_hours,
         coalesce((select sum(a.hours) from cpd_activity a where a.registration_id = x.id and a.ended_on between x.y_from and x.y_to), 0)::int as hours,
         au.id as audit_id, au.status as audit_status, au.reasons as audit_reasons,
         exists (select 1 from cpd_summary cs where cs.registration_id = x.id and cs.year = x.year) as summary_recorded
  from years x left join cpd_audit au on au.registration_id = x.id and au.year = x.year`;
}

interface YearRow {
  registration_id: string; society_id: string; society_code: string; member_id: string; registration_number: string; name: string; year: number;
  minimum_hours: number; required_hours: number; hours: number; audit_id: string | null; audit_status: CpdAuditStatus | null; audit_reasons: string | null; summary_recorded: boolean;
}

function toYear(row: YearRow): CpdYearCompliance {
  return {
    registrationId: row.registration_id, societyId: row.society_id, societyCode: row.society_code, memberId: row.member_id,
    registrationNumber: row.registration_number, name: row.name, year: row.year, minimumHours: row.minimum_hours,
    requiredHours: row.required_hours, hours: row.hours, auditId: row.audit_id, auditStatus: row.audit_status, auditReasons: row.audit_reasons,
    summaryRecorded: row.summary_recorded, met: row.hours >= row.required_hours && row.audit_status !== CpdAuditStatus.REJECTED,
  };
}

/** Who the compliance list covers: one society's registrations, one member's, or every society's (the federation). */
export interface ComplianceFilter {
  societyId?: string;
  memberId?: string;
  registrationId?: string;
  /** Keyset: registration numbers after this one. */
  afterNumber?: string;
  limit: number;
}

/** One calendar year's compliance of the registrations a filter selects, by registration number (a keyset page). */
export async function cpdComplianceOfYear(em: EntityManager, year: number, filter: ComplianceFilter): Promise<CpdYearCompliance[]> {
  const conditions = ['true'];
  const params: unknown[] = [`${year}-01-01`, `${year}-12-31`];
  if (filter.societyId) { conditions.push('r.society_id = ?'); params.push(filter.societyId); }
  if (filter.memberId) { conditions.push('r.member_id = ?'); params.push(filter.memberId); }
  if (filter.registrationId) { conditions.push('r.id = ?'); params.push(filter.registrationId); }
  if (filter.afterNumber) { conditions.push('r.registration_number > ?'); params.push(filter.afterNumber); }
  const rows = await em.getConnection().execute<YearRow[]>(
    `${yearRowsSql(conditions.join(' and '))} order by x.registration_number limit ?`,
    [...params, filter.limit], 'all', em.getTransactionContext(),
  );
  return rows.map(toYear);
}

/** CPD over a period, as the re-registration conditions read it (seed 000: 完成注册期内要求的持续职业发展活动). */
export interface CpdPeriodCompliance {
  registrationId: string;
  from: string;
  to: string;
  years: CpdYearCompliance[];
  requiredHours: number;
  hours: number;
  /** Every year of the period met (hours reached, no rejected audit). */
  met: boolean;
  /** Years whose audit still waits for evidence or a decision. */
  auditsPending: number[];
}

/**
 * The CPD a registration owes and did over a period (both dates inclusive, clipped to the registration's validity),
 * year by year. Reads through the caller's transaction, so RLS applies: call it in the member's society scope, as
 * the federation, or as the owner from scheduled work. Undefined when the registration is unknown to the caller.
 */
export async function cpdCompliance(em: EntityManager, registrationId: string, period: { from: string; to: string }): Promise<CpdPeriodCompliance | undefined> {
  const rows = await em.getConnection().execute<YearRow[]>(
    `${yearRowsSql('r.id = ?')} order by x.year`, [period.from, period.to, registrationId], 'all', em.getTransactionContext(),
  );
  const exists = rows.length > 0 || (await em.getConnection().execute<Array<{ id: string }>>('select id from registration where id = ?', [registrationId], 'all', em.getTransactionContext())).length > 0;
  if (!exists) return undefined;
  const years = rows.map(toYear);
  return {
    registrationId, from: period.from, to: period.to, years,
    requiredHours: years.reduce((sum, y) => sum + y.requiredHours, 0),
    hours: years.reduce((sum, y) => sum + y.hours, 0),
    met: years.every((y) => y.met),
    auditsPending: years.filter((y) => y.auditStatus === CpdAuditStatus.EVIDENCE_REQUESTED || y.auditStatus === CpdAuditStatus.EVIDENCE_SUBMITTED).map((y) => y.year),
  };
}

/** One society's figures for a year (the federation's overview): aggregates in SQL. */
export interface SocietyCpdFigures {
  societyId: string;
  societyCode: string;
  year: number;
  members: number;
  met: number;
  audited: number;
  auditsAccepted: number;
  auditsRejected: number;
  auditsPending: number;
}

/** Per society (or one), how many members met the year's CPD and how its audit went. */
export async function cpdFiguresOfYear(em: EntityManager, year: number, societyId?: string): Promise<SocietyCpdFigures[]> {
  const rows = await em.getConnection().execute<Array<Record<string, unknown>>>(
    `with y as (${yearRowsSql(societyId ? 'r.society_id = ?' : 'true')})
     select society_id, society_code, count(*)::int as members,
       count(*) filter (where hours >= required_hours and audit_status is distinct from 'REJECTED')::int as met,
       count(audit_id)::int as audited,
       count(*) filter (where audit_status = 'ACCEPTED')::int as accepted,
       count(*) filter (where audit_status = 'REJECTED')::int as rejected,
       count(*) filter (where audit_status in ('EVIDENCE_REQUESTED', 'EVIDENCE_SUBMITTED'))::int as pending
     from y group by society_id, society_code order by society_code`,
    [`${year}-01-01`, `${year}-12-31`, ...(societyId ? [societyId] : [])], 'all', em.getTransactionContext(),
  );
  return rows.map((row) => ({
    societyId: row.society_id as string, societyCode: row.society_code as string, year, members: row.members as number, met: row.met as number,
    audited: row.audited as number, auditsAccepted: row.accepted as number, auditsRejected: row.rejected as number, auditsPending: row.pending as number,
  }));
}
