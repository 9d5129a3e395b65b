import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApplicationChannel, ApplicationStage, AssignmentKind, ComplaintHandler } from '../../entities/enums';
import { ReportDimension } from '../../reports/report-filter';
import '../applications/application.enums';
import '../applications/assessment.types';
import '../complaints/complaint.types';
import { LocalDate } from '../../graphql/scalars';

registerEnumType(ReportDimension, { name: 'ReportDimension', description: 'What a report is broken down by: society, field, grade, channel, period (China month)' });

/** The one filter all reports share. The period counts whole China months: those its first and last day fall in. */
@InputType()
export class ReportFilter {
  @Field(() => LocalDate, { nullable: true, description: 'First day (YYYY-MM-DD): the report starts with its month. Default: eleven months before `to`' }) from?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last day (YYYY-MM-DD): the report ends with its month. Default: today (China)' }) to?: string | null;
  @Field(() => [String], { nullable: true, description: 'Society codes; society staff only ever see their own society' }) societyCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) fieldCodes?: string[] | null;
  @Field(() => [String], { nullable: true }) gradeCodes?: string[] | null;
  @Field(() => [ApplicationChannel], { nullable: true }) channels?: ApplicationChannel[] | null;
}

/** A breakdown cell: the dimensions not broken down by are null. */
@ObjectType()
export class ReportCell {
  @Field(() => String, { nullable: true }) societyCode!: string | null;
  @Field(() => String, { nullable: true }) fieldCode!: string | null;
  @Field(() => String, { nullable: true }) gradeCode!: string | null;
  @Field(() => ApplicationChannel, { nullable: true }) channel!: ApplicationChannel | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM (China month) when broken down by PERIOD' }) period!: string | null;
}

/** Applications by stage: entries and exits in the period, and how many are in the stage at its end. */
@ObjectType('FunnelRow')
export class FunnelRowType extends ReportCell {
  @Field(() => ApplicationStage, { nullable: true }) stage!: ApplicationStage;
  @Field(() => Int, { nullable: true }) entries!: number;
  @Field(() => Int, { nullable: true }) exits!: number;
  @Field(() => Int, { nullable: true, description: 'In the stage at the end of the period (of the row\'s month when broken down by PERIOD)' }) inStage!: number;
}

/** Cycle times of a stage (or of the whole evaluation: span EVALUATION) against its deadline. */
@ObjectType('CycleTimeRow')
export class CycleTimeRowType extends ReportCell {
  @Field(() => String, { nullable: true, description: 'An ApplicationStage, or EVALUATION (acceptance to the end of the evaluation)' }) span!: string;
  @Field(() => Int, { nullable: true, description: 'Visits (evaluations) that ended in the period' }) finished!: number;
  @Field(() => Int, { nullable: true, description: 'Median in whole days (nearest rank)' }) p50Days!: number;
  @Field(() => Int, { nullable: true, description: '90th percentile in whole days (nearest rank)' }) p90Days!: number;
  @Field(() => Float, { nullable: true }) meanDays!: number;
  @Field(() => Int, { nullable: true, description: 'Finished after the deadline; null where the span has none' }) finishedOverdue!: number | null;
  @Field(() => Float, { nullable: true, description: 'finishedOverdue / finished' }) overdueShare!: number | null;
  @Field(() => Int, { nullable: true, description: 'Still open and already past the deadline today (not broken down by period)' }) openOverdue!: number | null;
  @Field(() => String, { nullable: true }) deadlineZh!: string | null;
  @Field(() => String, { nullable: true }) deadlineEn!: string | null;
}

/** One examiner's work of one kind in the period. */
@ObjectType('ExaminerWorkloadRow')
export class ExaminerWorkloadRowType {
  @Field(() => ID, { nullable: true, description: 'The examiner grant id (as in `examiners`)' }) examinerId!: string;
  @Field(() => String, { nullable: true }) societyCode!: string;
  @Field(() => String, { nullable: true }) examinerName!: string | null;
  @Field(() => String, { nullable: true }) fieldCode!: string | null;
  @Field(() => AssignmentKind, { nullable: true }) kind!: AssignmentKind;
  @Field(() => Int, { nullable: true }) assigned!: number;
  @Field(() => Int, { nullable: true }) removed!: number;
  @Field(() => Int, { nullable: true, description: 'Material reviews submitted and papers marked' }) completed!: number;
  @Field(() => Int, { nullable: true, description: 'Assignments made and not removed by the end of the period' }) standing!: number;
  @Field(() => Float, { nullable: true, description: 'First-round material reviews and marked papers only' }) meanTurnaroundHours!: number | null;
}

/** Registrations granted in the period and expiries coming up. */
@ObjectType('RegistrationReportRow')
export class RegistrationRowType extends ReportCell {
  @Field(() => Int, { nullable: true }) granted!: number;
  @Field(() => Int, { nullable: true, description: 'Active registrations ending from this month to the month `expiringWithinMonths` ahead (by expiry month when broken down by PERIOD)' }) expiring!: number;
}

/** CPD compliance of one cell in one calendar year (from the summary the scheduled work refreshes). */
@ObjectType('CpdComplianceReportRow')
export class CpdComplianceRowType extends ReportCell {
  @Field(() => Int, { nullable: true }) year!: number;
  @Field(() => Int, { nullable: true, description: 'Registrations whose validity covers part of the year (each owes the minimum prorated to its days)' }) due!: number;
  @Field(() => Int, { nullable: true, description: 'Hours reach the requirement and no audit of the year was rejected' }) compliant!: number;
  @Field(() => Int, { nullable: true, description: 'Hours below the requirement (this year: so far)' }) shortOfHours!: number;
  @Field(() => Float, { nullable: true, description: 'compliant / due' }) compliantShare!: number | null;
  @Field(() => Float, { nullable: true }) requiredHours!: number;
  @Field(() => Float, { nullable: true }) hours!: number;
  @Field(() => Int, { nullable: true }) audited!: number;
  @Field(() => Int, { nullable: true }) auditsRejected!: number;
  @Field(() => Int, { nullable: true }) auditsPending!: number;
  @Field(() => Date, { nullable: true, description: 'When the scheduled work last recomputed the figures (every 15 minutes)' }) refreshedAt!: Date | null;
}

/** Complaints received in the period by one handler, where they stand and how long feedback took. */
@ObjectType('ComplaintReportRow')
export class ComplaintReportRowType extends ReportCell {
  @Field(() => ComplaintHandler, { nullable: true }) handler!: ComplaintHandler;
  @Field(() => Int, { nullable: true }) received!: number;
  @Field(() => Int, { nullable: true, description: 'Of those received: not yet assigned' }) awaitingAssignment!: number;
  @Field(() => Int, { nullable: true }) assigned!: number;
  @Field(() => Int, { nullable: true }) investigating!: number;
  @Field(() => Int, { nullable: true }) decided!: number;
  @Field(() => Int, { nullable: true }) feedbackGiven!: number;
  @Field(() => Int, { nullable: true, description: 'Calendar days from receipt to feedback, median (nearest rank)' }) feedbackP50Days!: number | null;
  @Field(() => Int, { nullable: true }) feedbackP90Days!: number | null;
  @Field(() => Int, { nullable: true, description: 'Feedback given after the target (working days)' }) feedbackLate!: number;
  @Field(() => Int, { nullable: true, description: 'No feedback yet and past the target today' }) openOverdue!: number;
}

/** One society's application round (or none) and one channel: its pre-applications and the formal applications started. */
@ObjectType('ApplicationRoundReportRow')
export class ApplicationRoundRowType {
  @Field(() => String, { nullable: true }) societyCode!: string;
  @Field(() => String, { nullable: true, description: 'null: pre-applications of the period submitted while no round was open' }) roundName!: string | null;
  @Field(() => LocalDate, { nullable: true }) closesOn!: string | null;
  @Field(() => ApplicationChannel, { nullable: true, description: 'null: a round without any pre-application' }) channel!: ApplicationChannel | null;
  @Field(() => Int, { nullable: true }) received!: number;
  @Field(() => Int, { nullable: true }) awaitingScreening!: number;
  @Field(() => Int, { nullable: true }) approved!: number;
  @Field(() => Int, { nullable: true }) refused!: number;
  @Field(() => Int, { nullable: true, description: 'Allocated to this society by the federation committee from another' }) allocated!: number;
  @Field(() => Int, { nullable: true, description: 'Formal registration applications started from them' }) applicationsStarted!: number;
}
