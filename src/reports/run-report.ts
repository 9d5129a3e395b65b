import { writtenExamStandardsByField } from '../assessment/written-exam-standard.commands';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { reportReachOf } from '../policies/report.policy';
import { applicationRoundsReport } from './application-rounds.query';
import { complaintsReport } from './complaints.query';
import { cpdComplianceReport } from './cpd-compliance.query';
import { cycleTimesReport } from './cycle-times.query';
import { examinerWorkloadReport } from './examiner-workload.query';
import { funnelReport } from './funnel.query';
import { ReportDimension, resolveReportFilter, type ReportFilterValues } from './report-filter';
import { registrationsReport } from './registrations.query';

/** The reports by the name their export routes use. */
export const REPORT_NAMES = ['funnel', 'cycle-times', 'examiner-workload', 'registrations', 'cpd-compliance', 'complaints', 'written-exam-standards', 'application-rounds'] as const;
/** A report's name. */
export type ReportName = (typeof REPORT_NAMES)[number];

/** What a report is asked for: the shared filter, the breakdown and the report's own options. */
export interface ReportRequest {
  filter?: ReportFilterValues | null;
  groupBy?: readonly ReportDimension[];
  expiringWithinMonths?: number;
}

/**
 * Runs one report for the request's viewer: the report policy decides the reach (FORBIDDEN for anyone without
 * one), the filter is resolved inside it, and the report's SQL runs in the request's transaction (RLS applies).
 */
export async function runReport(ctx: CommandContext, name: ReportName, request: ReportRequest): Promise<object[]> {
  const reach = reportReachOf(ctx);
  if (!reach) throw new AppError(ctx.principal ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  const filter = await resolveReportFilter(ctx.em, reach, request.filter, ctx.clock());
  const groupBy = request.groupBy ?? [ReportDimension.SOCIETY];
  // A staff member asking for another society: nothing of it, without running anything.
  if (filter.societyIds !== null && filter.societyIds.length === 0) return [];
  switch (name) {
    case 'funnel':
      return funnelReport(ctx.em, filter, groupBy);
    case 'cycle-times':
      return cycleTimesReport(ctx.em, filter, groupBy);
    case 'examiner-workload':
      return examinerWorkloadReport(ctx.em, filter);
    case 'registrations':
      return registrationsReport(ctx.em, filter, groupBy, request.expiringWithinMonths ?? 6);
    case 'cpd-compliance':
      return cpdComplianceReport(ctx.em, filter, groupBy);
    case 'complaints':
      return complaintsReport(ctx.em, filter, groupBy);
    case 'written-exam-standards':
      return writtenExamStandardsReport(ctx, request.filter);
    case 'application-rounds':
      return applicationRoundsReport(ctx.em, filter);
  }
}

/**
 * Written-exam pass conditions per field side by side across societies: the federation's existing comparison
 * (writtenExamStandardsByField, with its own policy) run for each field asked for, or for every field.
 */
async function writtenExamStandardsReport(ctx: CommandContext, filter: ReportFilterValues | null | undefined): Promise<object[]> {
  const codes = filter?.fieldCodes && filter.fieldCodes.length > 0
    ? filter.fieldCodes
    : (await ctx.em.execute<Array<{ code: string }>>('select code from engineering_field order by sort_order')).map((row) => row.code);
  const rows: object[] = [];
  for (const fieldCode of codes) {
    for (const row of await writtenExamStandardsByField(ctx, fieldCode)) rows.push({ fieldCode: fieldCode.trim().toUpperCase(), ...row });
  }
  return rows;
}
