import type { EntityManager } from '@mikro-orm/postgresql';
import type { AssignmentKind } from '../entities/enums';
import { periodBlocks, type ResolvedFilter } from './report-filter';

/** One examiner's work of one kind (material review, paper judging, interview panel, review group) in the period. */
export interface ExaminerWorkloadRow {
  examinerId: string;
  societyCode: string;
  examinerName: string | null;
  fieldCode: string | null;
  kind: AssignmentKind;
  assigned: number;
  removed: number;
  completed: number;
  /** Assignments standing at the end of the period (made and not removed), whether or not their task is done. */
  standing: number;
  /** Mean hours from assignment to the finished task: first-round material reviews and marked papers only. */
  meanTurnaroundHours: number | null;
}

/**
 * Examiner workload and turnaround from the per-month activity the assignment, material-review and paper-mark
 * triggers keep (report_examiner_activity, and its 3- and 12-month rollups report_examiner_rollup), read for the
 * period only: what stands at the period's end is what stands now (report_examiner_standing) less what changed
 * after the period. The field filter applies to the examiner's field; grade and channel describe applications,
 * not examiners, and do not narrow this report.
 */
export async function examinerWorkloadReport(em: EntityManager, filter: ResolvedFilter): Promise<ExaminerWorkloadRow[]> {
  const society = (alias: string) => (filter.societyIds ? `${alias}.society_id = any (?::uuid[])` : 'true');
  const societyParams = filter.societyIds ? [`{${filter.societyIds.join(',')}}`] : [];
  const fieldParams = filter.fieldIds ? [`{${filter.fieldIds.join(',')}}`] : [];
  // The period's sums from its blocks of 12 and 3 months (report_examiner_rollup) and the months left over.
  const blocks = periodBlocks(filter.fromMonth, filter.toMonth);
  const columns = 'x.examiner_id, x.society_id, x.kind, x.assigned, x.removed, x.completed, x.timed, x.turnaround_hours';
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `with p as (
       select x.examiner_id, x.society_id, x.kind, sum(x.assigned)::int as assigned, sum(x.removed)::int as removed, sum(x.completed)::int as completed,
              sum(x.turnaround_hours)::float / nullif(sum(x.timed), 0) as mean_hours
         from (select ${columns} from report_examiner_activity x where ${society('x')} and x.period = any (?::date[])
               union all
               select ${columns} from report_examiner_rollup x where ${society('x')} and x.months = 3 and x.period = any (?::date[])
               union all
               select ${columns} from report_examiner_rollup x where ${society('x')} and x.months = 12 and x.period = any (?::date[])) x
        group by x.examiner_id, x.society_id, x.kind
     ), later as (
       select x.examiner_id, x.society_id, x.kind, sum(x.assigned - x.removed)::int as change
         from report_examiner_activity x where ${society('x')} and x.period > ?::date
        group by x.examiner_id, x.society_id, x.kind
     ), r as (
       select st.examiner_id, st.society_id, st.kind, coalesce(p.assigned, 0) as assigned, coalesce(p.removed, 0) as removed,
              coalesce(p.completed, 0) as completed, st.standing - coalesce(later.change, 0) as standing, p.mean_hours
         from report_examiner_standing st
         left join p on p.examiner_id = st.examiner_id and p.society_id = st.society_id and p.kind = st.kind
         left join later on later.examiner_id = st.examiner_id and later.society_id = st.society_id and later.kind = st.kind
        where ${society('st')}
     )
     select r.*, s.code as society_code, a.display_name, f.code as field_code from r
     join society s on s.id = r.society_id
     join role_grant g on g.id = r.examiner_id
     left join account a on a.id = g.account_id
     left join engineering_field f on f.id = g.field_id
     where (r.assigned > 0 or r.removed > 0 or r.completed > 0 or r.standing > 0)${filter.fieldIds ? ' and g.field_id = any (?::uuid[])' : ''}
     order by s.code, a.display_name, r.examiner_id, r.kind`,
    [...societyParams, `{${blocks.months.join(',')}}`, ...societyParams, `{${blocks.threeMonths.join(',')}}`, ...societyParams, `{${blocks.twelveMonths.join(',')}}`,
      ...societyParams, filter.toMonth, ...societyParams, ...fieldParams],
  );
  return rows.map((row) => ({
    examinerId: String(row.examiner_id), societyCode: String(row.society_code), examinerName: (row.display_name as string | null) ?? null,
    fieldCode: (row.field_code as string | null) ?? null, kind: row.kind as AssignmentKind,
    assigned: Number(row.assigned), removed: Number(row.removed), completed: Number(row.completed), standing: Number(row.standing),
    meanTurnaroundHours: row.mean_hours === null ? null : Math.round(Number(row.mean_hours) * 10) / 10,
  }));
}
