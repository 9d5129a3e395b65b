import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { scheduledJobViews } from '../../jobs/job-runs';
import { JOBS } from '../../jobs/registry';
import { allowPlatformAction } from '../../policies/platform.policy';

@ObjectType('ScheduledJob', { description: 'A background job of the platform (pg-boss): its schedule and its latest run' })
class ScheduledJobType {
  @Field(() => String, { nullable: true }) name!: string;
  @Field(() => String, { nullable: true, description: 'Cron expression, read in timeZone; null for jobs that are only queued' }) schedule!: string | null;
  @Field(() => String, { nullable: true }) timeZone!: string;
  @Field(() => Date, { nullable: true, description: 'When the latest run through the queue started' }) lastRunAt!: Date | null;
  @Field(() => Date, { nullable: true }) lastFinishedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'ACTIVE, COMPLETED, FAILED, RETRY or CANCELLED' }) lastOutcome!: string | null;
  @Field(() => String, { nullable: true, description: "The run's summary (JSON), or its error when it failed" }) lastOutput!: string | null;
}

/** Read-only view of the job runner for federation admins. */
@Resolver()
export class ScheduledJobsResolver {
  /** Every job with its schedule, last run and last outcome. */
  @Query(() => [ScheduledJobType], { nullable: true })
  async scheduledJobs(@Ctx() ctx: RequestContext): Promise<ScheduledJobType[]> {
    if (!allowPlatformAction(ctx, 'scheduledJobs')) throw new AppError('FORBIDDEN');
    return scheduledJobViews(ctx.em, JOBS);
  }
}
