import type { EntityManager } from '@mikro-orm/postgresql';
import { breakdownKeyString, breakdownOf, breakdownSql, dimensionConditions, periodBlocks, ReportDimension, type BreakdownKey, type ResolvedFilter } from './report-filter';

/** The span of a whole evaluation, from acceptance to its end, beside the stages. */
export const EVALUATION_SPAN = 'EVALUATION';

/** The deadline each span is judged against, as the report states it (the numbers are the procedure's, not the report's). */
export const SPAN_DEADLINES: Readonly<Record<string, { zh: string; en: string }>> = {
  RETURNED_FOR_COMPLETION: { zh: '10 个工作日内补正并重新提交', en: 'resubmit within 10 working days' },
  RETURNED_FOR_CLARIFICATION: { zh: '学会设定的工作日内说明（默认 10 个工作日）', en: 'clarify within the society\'s working days (10 by default)' },
  [EVALUATION_SPAN]: { zh: '受理后 12 个月内完成评价（企业渠道 6 个月）', en: 'evaluation within 12 months of acceptance (enterprise channel: 6 months)' },
};

/** Cycle times of one span (a stage, or the whole evaluation) within one breakdown cell. */
export interface CycleTimeRow extends BreakdownKey {
  span: string;
  /** Visits of the stage (or evaluations) that ended in the period. */
  finished: number;
  p50Days: number;
  p90Days: number;
  meanDays: number;
  /** Of the finished ones, how many ended after their deadline; null where the span has no deadline. */
  finishedOverdue: number | null;
  overdueShare: number | null;
  /** Still open today and already past the deadline (not broken down by period). */
  openOverdue: number | null;
  deadlineZh: string | null;
  deadlineEn: string | null;
}

/**
 * Cycle times per stage with p50 / p90 (nearest rank, whole days) and the share overdue, from the day histogram
 * the history trigger keeps (report_cycle_histogram, and its 3- and 12-month rollups report_cycle_rollup), plus what is open and already overdue today from the
 * current-stage table. Two aggregates over summary rows; no application is loaded.
 */
export async function cycleTimesReport(em: EntityManager, filter: ResolvedFilter, groupBy: readonly ReportDimension[]): Promise<CycleTimeRow[]> {
  const where = dimensionConditions(filter, 't');
  const b = breakdownSql(groupBy);
  const partition = [...b.dims.map((d) => `h.${d === ReportDimension.PERIOD ? 'period' : d === ReportDimension.CHANNEL ? 'channel' : `${d.toLowerCase()}_id`}`), 'h.span'];
  // By month: the month histogram. Otherwise the period's blocks of 12 and of 3 months come from their rollups and
  // only the months left over from the month histogram: the same sums over far fewer rows.
  const byPeriod = b.dims.includes(ReportDimension.PERIOD);
  const blocks = byPeriod ? null : periodBlocks(filter.fromMonth, filter.toMonth);
  const columns = 't.society_id, t.field_id, t.grade_id, t.channel, t.span, t.days, t.overdue, t.visits';
  const source = blocks === null
    ? `(select ${columns}, t.period from report_cycle_histogram t where ${where.sql} and t.period between ?::date and ?::date)`
    : `(select ${columns} from report_cycle_histogram t where ${where.sql} and t.period = any (?::date[])
        union all
        select ${columns} from report_cycle_rollup t where ${where.sql} and t.months = 3 and t.period = any (?::date[])
        union all
        select ${columns} from report_cycle_rollup t where ${where.sql} and t.months = 12 and t.period = any (?::date[]))`;
  const sourceParams = blocks === null
    ? [...where.params, filter.fromMonth, filter.toMonth]
    : [...where.params, `{${blocks.months.join(',')}}`, ...where.params, `{${blocks.threeMonths.join(',')}}`, ...where.params, `{${blocks.twelveMonths.join(',')}}`];
  const finished = await em.execute<Array<Record<string, unknown>>>(
    `with h as (
       select ${[...b.inner, 't.span', 't.days'].join(', ')}, sum(t.visits) as n, sum(t.visits) filter (where t.overdue) as o
         from ${source} t
        group by ${[...b.innerGroup, 't.span', 't.days'].join(', ')}
     ), c as (
       select h.*, sum(h.n) over (partition by ${partition.join(', ')} order by h.days) as running, sum(h.n) over (partition by ${partition.join(', ')}) as total from h
     ), r as (
       select ${[...b.dims.map((d) => (d === ReportDimension.PERIOD ? 'c.period' : d === ReportDimension.CHANNEL ? 'c.channel' : `c.${d.toLowerCase()}_id`)), 'c.span'].join(', ')},
              sum(c.n)::int as finished, min(c.days) filter (where c.running >= 0.5 * c.total) as p50, min(c.days) filter (where c.running >= 0.9 * c.total) as p90,
              (sum(c.days * c.n)::float / sum(c.n)) as mean, coalesce(sum(c.o), 0)::int as overdue
         from c group by ${[...b.dims.map((d) => (d === ReportDimension.PERIOD ? 'c.period' : d === ReportDimension.CHANNEL ? 'c.channel' : `c.${d.toLowerCase()}_id`)), 'c.span'].join(', ')}
     )
     select ${b.shown.join(', ')}, r.span, r.finished, r.p50, r.p90, r.mean, r.overdue from r ${b.joins.join(' ')}
      order by ${[...b.order, 'r.span'].join(', ')}`,
    sourceParams,
  );
  // Open and overdue today: not a matter of months, so not broken down by period.
  const open = breakdownSql(groupBy, 't', [ReportDimension.PERIOD]);
  // Two index-only reads (the deadline indexes carry the breakdown columns), one per kind of deadline.
  const openRows = await em.execute<Array<Record<string, unknown>>>(
    `select ${open.shown.join(', ')}, r.span, r.n from (
       select ${[...open.inner, 't.span'].join(', ')}, count(*)::int as n from (
         select t.society_id, t.field_id, t.grade_id, t.channel, t.stage::text as span from report_stage_entry t where ${where.sql} and t.stage_deadline < ?::date
         union all
         select t.society_id, t.field_id, t.grade_id, t.channel, '${EVALUATION_SPAN}' from report_stage_entry t where ${where.sql} and t.evaluation_deadline < ?::date
       ) t group by ${[...open.innerGroup, 't.span'].join(', ')}) r ${open.joins.join(' ')}`,
    [...where.params, filter.today, ...where.params, filter.today],
  );
  const openByKey = new Map(openRows.map((row) => [breakdownKeyString(breakdownOf(row), String(row.span)), Number(row.n)]));
  const rows: CycleTimeRow[] = finished.map((row) => {
    const span = String(row.span);
    const deadline = SPAN_DEADLINES[span];
    const key = breakdownOf(row);
    const count = Number(row.finished);
    const openKey = breakdownKeyString({ ...key, period: null }, span);
    const openOverdue = deadline && !byPeriod ? (openByKey.get(openKey) ?? 0) : null;
    openByKey.delete(openKey);
    return {
      ...key, span, finished: count, p50Days: Number(row.p50), p90Days: Number(row.p90), meanDays: Math.round(Number(row.mean) * 10) / 10,
      finishedOverdue: deadline ? Number(row.overdue) : null, overdueShare: deadline && count > 0 ? Number(row.overdue) / count : null,
      openOverdue, deadlineZh: deadline?.zh ?? null, deadlineEn: deadline?.en ?? null,
    };
  });
  if (!byPeriod) {
    // Cells with overdue open visits but nothing finished in the period still show.
    for (const row of openRows) {
      const key = breakdownOf(row);
      if (!openByKey.has(breakdownKeyString(key, String(row.span)))) continue;
      const deadline = SPAN_DEADLINES[String(row.span)];
      rows.push({ ...key, span: String(row.span), finished: 0, p50Days: 0, p90Days: 0, meanDays: 0, finishedOverdue: 0, overdueShare: null, openOverdue: Number(row.n), deadlineZh: deadline?.zh ?? null, deadlineEn: deadline?.en ?? null });
    }
  }
  return rows;
}
