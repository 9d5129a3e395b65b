import type { EntityManager } from '@mikro-orm/postgresql';
import type { AssignmentKind } from '../entities/enums';
import type { ResolvedFilter } from './report-filter';

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
 * triggers keep (report_examiner_activity). The field filter applies to the examiner's field; grade and channel
 * describe applications, not examiners, and do not narrow this report.
 */
export async function examinerWorkloadReport(em: EntityManager, filter: ResolvedFilter): Promise<ExaminerWorkloadRow[]> {
  const conditions: string[] = [];
  const params: unknown[] = [filter.fromMonth, filter.fromMonth, filter.fromMonth, filter.fromMonth, filter.fromMonth];
  if (filter.societyIds) {
    conditions.push('x.society_id = any (?::uuid[])');
    params.push(`{${filter.societyIds.join(',')}}`);
  }
  if (filter.fieldIds) {
    conditions.push('g.field_id = any (?::uuid[])');
    params.push(`{${filter.fieldIds.join(',')}}`);
  }
  params.push(filter.toMonth);
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select r.*, s.code as society_code, a.display_name, f.code as field_code from (
       select x.examiner_id, x.society_id, x.kind,
              coalesce(sum(x.assigned) filter (where x.period >= ?::date), 0)::int as assigned,
              coalesce(sum(x.removed) filter (where x.period >= ?::date), 0)::int as removed,
              coalesce(sum(x.completed) filter (where x.period >= ?::date), 0)::int as completed,
              sum(x.assigned - x.removed)::int as standing,
              sum(x.turnaround_hours) filter (where x.period >= ?::date)::float / nullif(sum(x.timed) filter (where x.period >= ?::date), 0) as mean_hours
         from report_examiner_activity x ${filter.fieldIds ? 'join role_grant g on g.id = x.examiner_id' : ''}
        where ${conditions.length > 0 ? conditions.join(' and ') : 'true'} and x.period <= ?::date
        group by x.examiner_id, x.society_id, x.kind) r
     join society s on s.id = r.society_id
     join role_grant g on g.id = r.examiner_id
     left join account a on a.id = g.account_id
     left join engineering_field f on f.id = g.field_id
     where r.assigned > 0 or r.removed > 0 or r.completed > 0 or r.standing > 0
     order by s.code, a.display_name, r.examiner_id, r.kind`,
    params,
  );
  return rows.map((row) => ({
    examinerId: String(row.examiner_id), societyCode: String(row.society_code), examinerName: (row.display_name as string | null) ?? null,
    fieldCode: (row.field_code as string | null) ?? null, kind: row.kind as AssignmentKind,
    assigned: Number(row.assigned), removed: Number(row.removed), completed: Number(row.completed), standing: Number(row.standing),
    meanTurnaroundHours: row.mean_hours === null ? null : Math.round(Number(row.mean_hours) * 10) / 10,
  }));
}
