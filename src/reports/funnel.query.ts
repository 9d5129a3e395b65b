import type { EntityManager } from '@mikro-orm/postgresql';
import type { ApplicationStage } from '../entities/enums';
import { breakdownOf, breakdownSql, dimensionConditions, ReportDimension, type BreakdownKey, type ResolvedFilter } from './report-filter';

/** One funnel row: a stage within one breakdown cell, with its entries and exits in the period and its count at the period's end. */
export interface FunnelRow extends BreakdownKey {
  stage: ApplicationStage;
  entries: number;
  exits: number;
  /** Applications in the stage at the end of the period (or of the row's month when broken down by period). */
  inStage: number;
}

/**
 * The funnel, from the per-month entries and exits kept by the history trigger (report_stage_flow): one
 * aggregate over at most a few tens of thousands of summary rows, whatever the number of applications. Drafts
 * never enter it (a draft is the applicant's own until submitted). Without a breakdown by month, the count at the
 * period's end is the count now (report_stage_count) less what changed after the period, so only the period's
 * months and those after it are read.
 */
export async function funnelReport(em: EntityManager, filter: ResolvedFilter, groupBy: readonly ReportDimension[]): Promise<FunnelRow[]> {
  const where = dimensionConditions(filter, 't');
  const b = breakdownSql(groupBy);
  const byPeriod = b.dims.includes(ReportDimension.PERIOD);
  const grouped = [...b.innerGroup, 't.stage'];
  const columns = 't.society_id, t.field_id, t.grade_id, t.channel, t.stage';
  const sql = byPeriod
    ? `select ${b.shown.join(', ')}, r.stage, r.entries, r.exits, r.in_stage from (
         select ${[...b.inner, 't.stage'].join(', ')}, sum(t.entries)::int as entries, sum(t.exits)::int as exits,
                sum(sum(t.entries - t.exits)) over (partition by ${[...b.partition.filter((c) => c !== 't.period'), 't.stage'].join(', ')} order by t.period)::int as in_stage
           from report_stage_flow t where ${where.sql} and t.period <= ?::date
          group by ${grouped.join(', ')}) r ${b.joins.join(' ')}
        where r.period >= ?::date
        order by ${[...b.order, 'r.stage'].join(', ')}`
    : `select ${b.shown.join(', ')}, r.stage, r.entries, r.exits, r.in_stage from (
         select ${[...b.inner, 't.stage'].join(', ')}, sum(t.entries)::int as entries, sum(t.exits)::int as exits, sum(t.in_stage)::int as in_stage from (
           select ${columns}, t.entries, t.exits, 0 as in_stage from report_stage_flow t where ${where.sql} and t.period between ?::date and ?::date
           union all
           select ${columns}, 0, 0, t.exits - t.entries from report_stage_flow t where ${where.sql} and t.period > ?::date
           union all
           select ${columns}, 0, 0, t.in_stage from report_stage_count t where ${where.sql}
         ) t group by ${grouped.join(', ')}) r ${b.joins.join(' ')}
        where r.entries > 0 or r.exits > 0 or r.in_stage <> 0
        order by ${[...b.order, 'r.stage'].join(', ')}`;
  const params = byPeriod
    ? [...where.params, filter.toMonth, filter.fromMonth]
    : [...where.params, filter.fromMonth, filter.toMonth, ...where.params, filter.toMonth, ...where.params];
  const rows = await em.execute<Array<Record<string, unknown>>>(sql, params);
  return rows.map((row) => ({
    ...breakdownOf(row), stage: row.stage as ApplicationStage, entries: Number(row.entries), exits: Number(row.exits), inStage: Number(row.in_stage),
  }));
}
