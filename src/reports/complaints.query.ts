import type { EntityManager } from '@mikro-orm/postgresql';
import type { ComplaintHandler } from '../entities/enums';
import { breakdownOf, ReportDimension, type BreakdownKey, type ResolvedFilter } from './report-filter';

/** Complaints received in the period by one handler (of one society, in one month when broken down by PERIOD). */
export interface ComplaintReportRow extends BreakdownKey {
  handler: ComplaintHandler;
  received: number;
  /** Where those complaints stand now. */
  awaitingAssignment: number;
  assigned: number;
  investigating: number;
  decided: number;
  feedbackGiven: number;
  /** Calendar days from receipt to feedback (nearest rank), of those with feedback. */
  feedbackP50Days: number | null;
  feedbackP90Days: number | null;
  /** Feedback given after the handler's target (working days, complaint_target). */
  feedbackLate: number;
  /** No feedback yet and past the target today. */
  openOverdue: number;
}

/**
 * Complaints (seed 003 10.2) per society and handler: received in the period, by status now, and the time to
 * feedback against the target. One aggregate over the complaint table itself (complaints are counted in
 * thousands, not millions), behind its own row-level security: society staff count the complaints their society
 * handles, the federation every one. A complaint about no society counts under none. Field, grade and channel
 * filters keep the complaints about an application of theirs; the breakdown is by SOCIETY and PERIOD only.
 */
export async function complaintsReport(em: EntityManager, filter: ResolvedFilter, groupBy: readonly ReportDimension[]): Promise<ComplaintReportRow[]> {
  const conditions = ['c.received_on >= ?::date', `c.received_on < (?::date + interval '1 month')`];
  const params: unknown[] = [filter.today, filter.fromMonth, filter.toMonth];
  if (filter.societyIds) { conditions.push('c.society_id = any (?::uuid[])'); params.push(`{${filter.societyIds.join(',')}}`); }
  const about: string[] = [];
  if (filter.fieldIds) { about.push('a.field_id = any (?::uuid[])'); params.push(`{${filter.fieldIds.join(',')}}`); }
  if (filter.gradeIds) { about.push('a.grade_id = any (?::uuid[])'); params.push(`{${filter.gradeIds.join(',')}}`); }
  if (filter.channels) { about.push('a.channel = any (?::application_channel[])'); params.push(`{${filter.channels.join(',')}}`); }
  if (about.length > 0) conditions.push(`exists (select 1 from application a where a.id = c.application_id and ${about.join(' and ')})`);
  const bySociety = groupBy.includes(ReportDimension.SOCIETY);
  const byPeriod = groupBy.includes(ReportDimension.PERIOD);
  const group = [...(bySociety ? ['c.society_id'] : []), ...(byPeriod ? [`date_trunc('month', c.received_on)::date`] : []), 'c.handler'];
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select ${bySociety ? 's.code' : 'null::text'} as society_code, ${byPeriod ? `to_char(r.month, 'YYYY-MM')` : 'null::text'} as period, r.* from (
       select ${bySociety ? 'c.society_id' : 'null::uuid as society_id'}, ${byPeriod ? `date_trunc('month', c.received_on)::date` : 'null::date'} as month, c.handler,
              count(*)::int as received,
              count(*) filter (where c.status = 'RECEIVED')::int as awaiting_assignment, count(*) filter (where c.status = 'ASSIGNED')::int as assigned,
              count(*) filter (where c.status = 'INVESTIGATING')::int as investigating, count(*) filter (where c.status = 'DECIDED')::int as decided,
              count(*) filter (where c.status = 'FEEDBACK_GIVEN')::int as feedback_given,
              percentile_disc(0.5) within group (order by c.feedback_on - c.received_on) filter (where c.feedback_on is not null) as p50,
              percentile_disc(0.9) within group (order by c.feedback_on - c.received_on) filter (where c.feedback_on is not null) as p90,
              count(*) filter (where c.feedback_on > c.due_on)::int as feedback_late,
              count(*) filter (where c.feedback_on is null and c.due_on < ?::date)::int as open_overdue
         from complaint c where ${conditions.join(' and ')}
        group by ${group.join(', ')}) r left join society s on s.id = r.society_id
      order by 1 nulls first, 2, r.handler`,
    params,
  );
  return rows.map((row) => ({
    ...breakdownOf(row), handler: row.handler as ComplaintHandler, received: Number(row.received), awaitingAssignment: Number(row.awaiting_assignment),
    assigned: Number(row.assigned), investigating: Number(row.investigating), decided: Number(row.decided), feedbackGiven: Number(row.feedback_given),
    feedbackP50Days: row.p50 === null ? null : Number(row.p50), feedbackP90Days: row.p90 === null ? null : Number(row.p90),
    feedbackLate: Number(row.feedback_late), openOverdue: Number(row.open_overdue),
  }));
}
