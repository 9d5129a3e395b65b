import type { EntityManager } from '@mikro-orm/postgresql';
import { breakdownOf, breakdownSql, dimensionConditions, ReportDimension, type BreakdownKey, type ResolvedFilter } from './report-filter';

/** CPD compliance of one breakdown cell in one calendar year. */
export interface CpdComplianceRow extends BreakdownKey {
  year: number;
  /** Registrations whose validity covers part of the year: each owes the year's minimum, prorated to the days covered. */
  due: number;
  /** Hours reach the requirement and no audit of the year was rejected. */
  compliant: number;
  /** Hours below the requirement (for the current year: so far). */
  shortOfHours: number;
  compliantShare: number | null;
  requiredHours: number;
  hours: number;
  audited: number;
  auditsRejected: number;
  auditsPending: number;
  /** When the scheduled work last recomputed the figures (they are as of then). */
  refreshedAt: Date | null;
}

/**
 * CPD compliance per society (field, grade, channel) and calendar year, for the years the period touches: one
 * aggregate over the summary the scheduled work keeps (report_cpd_year, refreshed every 15 minutes by
 * `refresh-cpd-report`), with the time of its last refresh. PERIOD breaks nothing down here: rows are per year.
 */
export async function cpdComplianceReport(em: EntityManager, filter: ResolvedFilter, groupBy: readonly ReportDimension[]): Promise<CpdComplianceRow[]> {
  const where = dimensionConditions(filter, 't');
  const b = breakdownSql(groupBy, 't', [ReportDimension.PERIOD]);
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select ${b.shown.join(', ')}, r.year, r.due, r.compliant, r.short_of_hours, r.required_hours, r.hours, r.audited, r.audits_rejected, r.audits_pending,
            (select refreshed_at from report_refresh where summary = 'cpd') as refreshed_at from (
       select ${[...b.inner, 't.year'].join(', ')}, sum(t.due)::int as due, sum(t.compliant)::int as compliant, sum(t.short_of_hours)::int as short_of_hours,
              sum(t.required_hours)::bigint as required_hours, sum(t.hours)::bigint as hours, sum(t.audited)::int as audited,
              sum(t.audits_rejected)::int as audits_rejected, sum(t.audits_pending)::int as audits_pending
         from report_cpd_year t where ${where.sql} and t.year between ?::int and ?::int
        group by ${[...b.innerGroup, 't.year'].join(', ')}) r ${b.joins.join(' ')}
      order by ${[...b.order, 'r.year'].join(', ')}`,
    [...where.params, Number(filter.fromMonth.slice(0, 4)), Number(filter.toMonth.slice(0, 4))],
  );
  return rows.map((row) => {
    const due = Number(row.due);
    return {
      ...breakdownOf(row), year: Number(row.year), due, compliant: Number(row.compliant), shortOfHours: Number(row.short_of_hours),
      compliantShare: due > 0 ? Number(row.compliant) / due : null, requiredHours: Number(row.required_hours), hours: Number(row.hours),
      audited: Number(row.audited), auditsRejected: Number(row.audits_rejected), auditsPending: Number(row.audits_pending),
      refreshedAt: row.refreshed_at === null ? null : new Date(row.refreshed_at as string),
    };
  });
}
