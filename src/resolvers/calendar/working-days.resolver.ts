import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { checkText } from '../../dossier/input-checks';
import { WorkingDayOverrideRow } from '../../entities';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { allowPlatformAction } from '../../policies/platform.policy';
import { calendarOfRequest, loadCalendar } from '../../workflow/calendar';
import { deadlineAfter } from '../../workflow/deadlines';
import { loadHolidayArrangement, nextYearArrangementMissing } from '../../workflow/holiday-arrangement.command';
import { rescheduleOpenDeadlines } from '../../workflow/reschedule-deadlines';
import { chinaToday, WorkingDayCalendar } from '../../workflow/working-day-calendar';
import { checkCalendarDate, checkIntegerRange, YEAR_RANGE } from '../../common/input-ranges';
import { LocalDate } from '../../graphql/scalars';

/** What an override makes of a day (the day_kind of the database). */
export const WorkingDayKind = { WORKDAY: 'WORKDAY', HOLIDAY: 'HOLIDAY' } as const;
registerEnumType(WorkingDayKind, { name: 'WorkingDayKind', description: 'WORKDAY (a weekend day worked) or HOLIDAY (a weekday off)' });

/** An admin-maintained calendar day. */
@ObjectType('WorkingDayOverride', { description: 'A day that overrides the built-in PRC calendar' })
export class WorkingDayOverrideType {
  @Field(() => LocalDate) date!: string;
  @Field(() => WorkingDayKind) kind!: 'WORKDAY' | 'HOLIDAY';
  @Field(() => String, { nullable: true }) name?: string | null;
}

/** A date counted in working days, flagged when it crosses a year whose holidays are not officially known yet. */
@ObjectType('WorkingDayDeadline', { description: 'A date counted in PRC working days' })
export class WorkingDayDeadlineType {
  @Field(() => LocalDate, { description: 'China calendar date, YYYY-MM-DD' }) date!: string;
  @Field({ description: "False when the count crosses a year whose official holiday arrangement is not known yet: the date may still move" })
  calendarConfirmed!: boolean;
}

/** Which years' holidays the platform knows, and whether next year's are overdue. */
@ObjectType('WorkingDayCalendarStatus')
export class WorkingDayCalendarStatusType {
  @Field(() => Int, { description: 'First year the built-in holiday data covers' }) libraryFirstYear!: number;
  @Field(() => Int, { description: 'Last year the built-in holiday data covers' }) libraryLastYear!: number;
  @Field(() => [Int], { description: 'Years whose official arrangement federation admins loaded' }) arrangedYears!: number[];
  @Field(() => Int) nextYear!: number;
  @Field({ description: "Next year's holidays are known (library or loaded arrangement)" }) nextYearConfirmed!: boolean;
  @Field({ description: "From November on: next year's arrangement is still missing and should be loaded (loadHolidayArrangement)" })
  nextYearArrangementMissing!: boolean;
}

/** One holiday of an official arrangement. */
@InputType('HolidayPeriodInput')
export class HolidayPeriodInput {
  @Field({ description: '元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节…' }) name!: string;
  @Field(() => LocalDate, { description: 'First day off, YYYY-MM-DD' }) firstDay!: string;
  @Field(() => LocalDate, { description: 'Last day off, YYYY-MM-DD' }) lastDay!: string;
}

/** A weekend day declared a working day (调休上班). */
@InputType('AdjustedWorkingDayInput')
export class AdjustedWorkingDayInput {
  @Field(() => LocalDate, { description: 'A Saturday or Sunday, YYYY-MM-DD' }) date!: string;
  @Field(() => String, { nullable: true, description: 'Which holiday it makes up for' }) name?: string | null;
}

/** A year's arrangement as the State Council publishes it. */
@InputType('HolidayArrangementInput')
export class HolidayArrangementInput {
  @Field(() => Int) year!: number;
  @Field(() => String, { nullable: true, description: 'The notice it comes from (title or number)' }) source?: string | null;
  @Field(() => [HolidayPeriodInput]) holidays!: HolidayPeriodInput[];
  @Field(() => [AdjustedWorkingDayInput]) adjustedWorkingDays!: AdjustedWorkingDayInput[];
}

/** What loading an arrangement changed. */
@ObjectType('HolidayArrangementResult')
export class HolidayArrangementResultType {
  @Field(() => Int, { nullable: true }) year!: number;
  @Field(() => Int, { nullable: true, description: 'Days off recorded' }) holidayDays!: number;
  @Field(() => Int, { nullable: true, description: 'Weekend days recorded as working days' }) adjustedWorkingDays!: number;
  @Field(() => Int, { nullable: true, description: 'Stage deadlines of applications that moved' }) stageDeadlines!: number;
  @Field(() => Int, { nullable: true, description: 'Public notices whose last day moved' }) noticeEnds!: number;
}

function requireCalendarAdmin(ctx: RequestContext, action: 'setWorkingDayOverride' | 'removeWorkingDayOverride' | 'loadHolidayArrangement'): string {
  if (!allowPlatformAction(ctx, action)) throw new AppError('FORBIDDEN');
  return ctx.principal!.accountId;
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
  @Query(() => WorkingDayDeadlineType)
  async workingDaysAfter(@Ctx() { em }: RequestContext, @Arg('from', () => LocalDate) from: string, @Arg('workingDays', () => Int) workingDays: number): Promise<WorkingDayDeadlineType> {
    const start = checkCalendarDate(from, 'from');
    if (workingDays < 0 || workingDays > 366) {
      throw new AppError('BAD_USER_INPUT', { field: 'workingDays', params: { detail: 'between 0 and 366', detailZh: '须在 0 到 366 之间' } });
    }
    return deadlineAfter(await loadCalendar(em), start, workingDays);
  }

  /** Which years' holidays are known; from November on, whether next year's arrangement is overdue. */
  @Query(() => WorkingDayCalendarStatusType)
  async workingDayCalendarStatus(@Ctx() ctx: RequestContext): Promise<WorkingDayCalendarStatusType> {
    const calendar = await calendarOfRequest(ctx.em);
    const today = chinaToday(ctx.clock());
    const nextYear = Number(today.slice(0, 4)) + 1;
    const library = WorkingDayCalendar.libraryYears();
    return {
      libraryFirstYear: library.first,
      libraryLastYear: library.last,
      arrangedYears: calendar.arrangedYearList(),
      nextYear,
      nextYearConfirmed: calendar.isYearConfirmed(nextYear),
      nextYearArrangementMissing: nextYearArrangementMissing(calendar, today),
    };
  }

  /** Federation admins: marks a day as a working day or a holiday (corrections); open deadlines it affects move. */
  @Mutation(() => WorkingDayOverrideType, { nullable: true })
  async setWorkingDayOverride(
    @Ctx() ctx: RequestContext, @Arg('date', () => LocalDate) date: string, @Arg('kind', () => WorkingDayKind) kind: 'WORKDAY' | 'HOLIDAY', @Arg('name', () => String, { nullable: true }) name?: string | null,
  ): Promise<WorkingDayOverrideType> {
    const actorId = requireCalendarAdmin(ctx, 'setWorkingDayOverride');
    const day = checkCalendarDate(date, 'date');
    if (kind !== 'WORKDAY' && kind !== 'HOLIDAY') {
      throw new AppError('BAD_USER_INPUT', { field: 'kind', params: { detail: 'WORKDAY or HOLIDAY', detailZh: '须为 WORKDAY 或 HOLIDAY' } });
    }
    const label = checkText(name, 'name', 50) ?? null;
    await ctx.em.upsert(WorkingDayOverrideRow, { date: day, kind, name: label ?? undefined, createdAt: ctx.clock() });
    const what = kind === 'HOLIDAY' ? { zh: `${day} 设为休息日`, en: `${day} made a holiday` } : { zh: `${day} 设为工作日`, en: `${day} made a working day` };
    await rescheduleOpenDeadlines({ em: ctx.em, actorId, now: ctx.clock(), changedDates: [day], reason: what });
    return { date: day, kind, name: label };
  }

  /** Federation admins: removes an override; the built-in calendar applies again and open deadlines it affects move. */
  @Mutation(() => Boolean, { nullable: true })
  async removeWorkingDayOverride(@Ctx() ctx: RequestContext, @Arg('date', () => LocalDate) date: string): Promise<boolean> {
    const actorId = requireCalendarAdmin(ctx, 'removeWorkingDayOverride');
    const day = checkCalendarDate(date, 'date');
    const removed = (await ctx.em.nativeDelete(WorkingDayOverrideRow, { date: day })) > 0;
    if (removed) {
      await rescheduleOpenDeadlines({ em: ctx.em, actorId, now: ctx.clock(), changedDates: [day], reason: { zh: `${day} 恢复法定日历`, en: `${day} back to the official calendar` } });
    }
    return removed;
  }

  /** Federation admins: loads a year's official holiday arrangement in one step; open deadlines it affects move. */
  @Mutation(() => HolidayArrangementResultType, { nullable: true })
  async loadHolidayArrangement(@Ctx() ctx: RequestContext, @Arg('input') input: HolidayArrangementInput): Promise<HolidayArrangementResultType> {
    const actorId = requireCalendarAdmin(ctx, 'loadHolidayArrangement');
    return loadHolidayArrangement(ctx.em, actorId, ctx.clock(), input);
  }
}
