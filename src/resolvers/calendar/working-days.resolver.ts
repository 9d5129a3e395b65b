import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { checkText } from '../../dossier/input-checks';
import { WorkingDayOverrideRow } from '../../entities';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { allowPlatformAction } from '../../policies/platform.policy';
import { loadCalendar } from '../../workflow/calendar';
import { checkCalendarDate, checkIntegerRange, YEAR_RANGE } from '../../common/input-ranges';

/** An admin-maintained calendar day. */
@ObjectType('WorkingDayOverride', { description: 'A day that overrides the built-in PRC calendar' })
export class WorkingDayOverrideType {
  @Field() date!: string;
  @Field({ description: 'WORKDAY or HOLIDAY' }) kind!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
}

/** The working-day calendar deadlines are counted in, and the federation's overrides of it. */
@Resolver()
export class WorkingDaysResolver {
  /** The overrides of one year. */
  @Query(() => [WorkingDayOverrideType])
  async workingDayOverrides(@Ctx() { em }: RequestContext, @Arg('year', () => Int) year: number): Promise<WorkingDayOverrideType[]> {
    checkIntegerRange(year, 'year', YEAR_RANGE);
    const rows = await em.find(WorkingDayOverrideRow, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
    return rows.map((row) => ({ date: row.date, kind: row.kind, name: row.name ?? null }));
  }

  /** The date `workingDays` PRC working days after `from` (what a deadline set that day would be). */
  @Query(() => String)
  async workingDaysAfter(@Ctx() { em }: RequestContext, @Arg('from') from: string, @Arg('workingDays', () => Int) workingDays: number): Promise<string> {
    const start = checkCalendarDate(from, 'from');
    if (workingDays < 0 || workingDays > 366) {
      throw new AppError('BAD_USER_INPUT', { field: 'workingDays', params: { detail: 'between 0 and 366', detailZh: '须在 0 到 366 之间' } });
    }
    return (await loadCalendar(em)).addWorkingDays(start, workingDays);
  }

  /** Federation admins: marks a day as a working day or a holiday (years the library does not know yet, corrections). */
  @Mutation(() => WorkingDayOverrideType, { nullable: true })
  async setWorkingDayOverride(
    @Ctx() ctx: RequestContext, @Arg('date') date: string, @Arg('kind') kind: string, @Arg('name', () => String, { nullable: true }) name?: string | null,
  ): Promise<WorkingDayOverrideType> {
    if (!allowPlatformAction(ctx, { kind: 'manageWorkingDayCalendar' })) throw new AppError('FORBIDDEN');
    const day = checkCalendarDate(date, 'date');
    if (kind !== 'WORKDAY' && kind !== 'HOLIDAY') {
      throw new AppError('BAD_USER_INPUT', { field: 'kind', params: { detail: 'WORKDAY or HOLIDAY', detailZh: '须为 WORKDAY 或 HOLIDAY' } });
    }
    const label = checkText(name, 'name', 50) ?? null;
    await ctx.em.upsert(WorkingDayOverrideRow, { date: day, kind, name: label ?? undefined, createdAt: ctx.clock() });
    return { date: day, kind, name: label };
  }

  /** Federation admins: removes an override; the built-in calendar applies again. */
  @Mutation(() => Boolean, { nullable: true })
  async removeWorkingDayOverride(@Ctx() ctx: RequestContext, @Arg('date') date: string): Promise<boolean> {
    if (!allowPlatformAction(ctx, { kind: 'manageWorkingDayCalendar' })) throw new AppError('FORBIDDEN');
    return (await ctx.em.nativeDelete(WorkingDayOverrideRow, { date: checkCalendarDate(date, 'date') })) > 0;
  }
}
