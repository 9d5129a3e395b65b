import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationChannel } from '../entities/enums';
import type { ResolvedFilter } from './report-filter';

/** One row of the rounds report: one society's round (or no round) and one channel of its pre-applications. */
export interface ApplicationRoundRow {
  societyCode: string;
  /** null: pre-applications submitted in the period while no round of the society was open. */
  roundName: string | null;
  closesOn: string | null;
  /** null: a round without any pre-application yet. */
  channel: ApplicationChannel | null;
  received: number;
  awaitingScreening: number;
  approved: number;
  refused: number;
  /** Allocated to this society by the federation committee from another (seed 002: 按领域分配). */
  allocated: number;
  /** Approved ones whose formal registration application was started. */
  applicationsStarted: number;
}

/**
 * Application rounds (seed 004: "4 月 20 日前"): per society × round × channel, the pre-applications received and
 * where their screening stands, those allocated in by the committee, and the formal applications started. Rounds
 * closing in the period, and the pre-applications of the period outside any round. One aggregate over the
 * pre-application table behind its row-level security: society staff count their own society, the federation all.
 */
export async function applicationRoundsReport(em: EntityManager, filter: ResolvedFilter): Promise<ApplicationRoundRow[]> {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.societyIds) { conditions.push('p.society_id = any (?::uuid[])'); params.push(`{${filter.societyIds.join(',')}}`); }
  if (filter.fieldIds) { conditions.push('p.field_id = any (?::uuid[])'); params.push(`{${filter.fieldIds.join(',')}}`); }
  if (filter.gradeIds) { conditions.push('p.grade_id = any (?::uuid[])'); params.push(`{${filter.gradeIds.join(',')}}`); }
  if (filter.channels) { conditions.push('p.channel = any (?::application_channel[])'); params.push(`{${filter.channels.join(',')}}`); }
  const roundSociety = filter.societyIds ? 'and r.society_id = any (?::uuid[])' : '';
  // A round belongs to the period by its closing date; a pre-application outside any round by its China day.
  const inPeriod = (day: string) => `${day} >= ?::date and ${day} < (?::date + interval '1 month')`;
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `with p as (
       select p.society_id, p.round_id, p.channel, count(*)::int as received,
              count(*) filter (where p.status = 'SUBMITTED')::int as awaiting,
              count(*) filter (where p.status = 'APPROVED')::int as approved,
              count(*) filter (where p.status = 'REFUSED')::int as refused,
              count(*) filter (where p.allocated_from_id is not null)::int as allocated,
              count(a.id)::int as started
         from pre_application p
         left join application_round pr on pr.id = p.round_id
         left join application a on a.pre_application_id = p.id
        where ${conditions.length ? conditions.join(' and ') : 'true'}
          and case when p.round_id is null then ${inPeriod(`(p.created_at at time zone 'Asia/Shanghai')::date`)} else ${inPeriod('pr.closes_on')} end
        group by p.society_id, p.round_id, p.channel),
     r as (select r.id, r.society_id, r.name, r.closes_on from application_round r where ${inPeriod('r.closes_on')} ${roundSociety})
     select s.code as "societyCode", coalesce(r.name, rr.name) as "roundName", to_char(coalesce(r.closes_on, rr.closes_on), 'YYYY-MM-DD') as "closesOn",
            p.channel, coalesce(p.received, 0) as received, coalesce(p.awaiting, 0) as "awaitingScreening", coalesce(p.approved, 0) as approved,
            coalesce(p.refused, 0) as refused, coalesce(p.allocated, 0) as allocated, coalesce(p.started, 0) as "applicationsStarted"
       from p full join r on r.id = p.round_id and r.society_id = p.society_id
       left join application_round rr on rr.id = p.round_id
       join society s on s.id = coalesce(p.society_id, r.society_id)
      order by s.code, coalesce(r.closes_on, rr.closes_on) nulls last, coalesce(r.name, rr.name) nulls last, p.channel nulls first`,
    [
      ...params, filter.fromMonth, filter.toMonth, filter.fromMonth, filter.toMonth,
      filter.fromMonth, filter.toMonth, ...(filter.societyIds ? [`{${filter.societyIds.join(',')}}`] : []),
    ],
  );
  return rows.map((row) => ({
    societyCode: row.societyCode as string, roundName: (row.roundName as string | null) ?? null, closesOn: (row.closesOn as string | null) ?? null,
    channel: (row.channel as ApplicationChannel | null) ?? null, received: Number(row.received), awaitingScreening: Number(row.awaitingScreening),
    approved: Number(row.approved), refused: Number(row.refused), allocated: Number(row.allocated), applicationsStarted: Number(row.applicationsStarted),
  }));
}
