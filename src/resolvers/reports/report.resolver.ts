import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../http/request-context';
import { ReportDimension } from '../../reports/report-filter';
import { runReport } from '../../reports/run-report';
import { ApplicationRoundRowType, ComplaintReportRowType, CpdComplianceRowType, CycleTimeRowType, ExaminerWorkloadRowType, FunnelRowType, RegistrationRowType, ReportFilter } from './report.types';

const GROUP_BY_DEFAULT = [ReportDimension.SOCIETY];

/** Reports for federation roles (across societies) and society staff (their own): SQL aggregates over summary tables. */
@Resolver()
export class ReportResolver {
  /** The funnel: applications by stage with entries and exits per period. */
  @Query(() => [FunnelRowType], { nullable: true })
  async funnelReport(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter?: ReportFilter | null,
    @Arg('groupBy', () => [ReportDimension], { nullable: true, description: 'Default: SOCIETY' }) groupBy?: ReportDimension[] | null,
  ): Promise<FunnelRowType[]> {
    return (await runReport(ctx, 'funnel', { filter, groupBy: groupBy ?? GROUP_BY_DEFAULT })) as FunnelRowType[];
  }

  /** Cycle times per stage (p50 / p90) against their deadlines, with the share overdue. */
  @Query(() => [CycleTimeRowType], { nullable: true })
  async cycleTimesReport(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter?: ReportFilter | null,
    @Arg('groupBy', () => [ReportDimension], { nullable: true, description: 'Default: SOCIETY' }) groupBy?: ReportDimension[] | null,
  ): Promise<CycleTimeRowType[]> {
    return (await runReport(ctx, 'cycle-times', { filter, groupBy: groupBy ?? GROUP_BY_DEFAULT })) as CycleTimeRowType[];
  }

  /** Examiner workload and turnaround. */
  @Query(() => [ExaminerWorkloadRowType], { nullable: true })
  async examinerWorkloadReport(@Ctx() ctx: RequestContext, @Arg('filter', () => ReportFilter, { nullable: true }) filter?: ReportFilter | null): Promise<ExaminerWorkloadRowType[]> {
    return (await runReport(ctx, 'examiner-workload', { filter })) as ExaminerWorkloadRowType[];
  }

  /** Registrations granted in the period and expiries coming up. */
  @Query(() => [RegistrationRowType], { nullable: true })
  async registrationReport(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter?: ReportFilter | null,
    @Arg('groupBy', () => [ReportDimension], { nullable: true, description: 'Default: SOCIETY' }) groupBy?: ReportDimension[] | null,
    @Arg('expiringWithinMonths', () => Int, { nullable: true, description: '1–60, default 6' }) expiringWithinMonths?: number | null,
  ): Promise<RegistrationRowType[]> {
    return (await runReport(ctx, 'registrations', { filter, groupBy: groupBy ?? GROUP_BY_DEFAULT, expiringWithinMonths: expiringWithinMonths ?? 6 })) as RegistrationRowType[];
  }

  /** CPD compliance per society (field, grade, channel) and year: due, compliant, short of hours, audits. */
  @Query(() => [CpdComplianceRowType], { nullable: true })
  async cpdComplianceReport(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter?: ReportFilter | null,
    @Arg('groupBy', () => [ReportDimension], { nullable: true, description: 'Default: SOCIETY; PERIOD is ignored (rows are per year)' }) groupBy?: ReportDimension[] | null,
  ): Promise<CpdComplianceRowType[]> {
    return (await runReport(ctx, 'cpd-compliance', { filter, groupBy: groupBy ?? GROUP_BY_DEFAULT })) as CpdComplianceRowType[];
  }

  /** Complaints per society and handler: received, by status, time to feedback against the target. */
  @Query(() => [ComplaintReportRowType], { nullable: true })
  async complaintsReport(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter?: ReportFilter | null,
    @Arg('groupBy', () => [ReportDimension], { nullable: true, description: 'Default: SOCIETY; only SOCIETY and PERIOD break it down' }) groupBy?: ReportDimension[] | null,
  ): Promise<ComplaintReportRowType[]> {
    return (await runReport(ctx, 'complaints', { filter, groupBy: groupBy ?? GROUP_BY_DEFAULT })) as ComplaintReportRowType[];
  }

  /** Application rounds per society: pre-applications by channel and screening status, formal applications started. */
  @Query(() => [ApplicationRoundRowType], { nullable: true })
  async applicationRoundsReport(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ReportFilter, { nullable: true, description: 'Rounds closing in the period; society, field, grade and channel narrow the pre-applications' }) filter?: ReportFilter | null,
  ): Promise<ApplicationRoundRowType[]> {
    return (await runReport(ctx, 'application-rounds', { filter })) as ApplicationRoundRowType[];
  }
}
