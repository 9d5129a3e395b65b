import { Arg, Args, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { RegistrationReasonKind, RegistrationStatus } from '../../entities/enums';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { allowPlatformAction } from '../../policies/platform.policy';
import { registrationStatusChangeCount, registrationStatusChanges, type RegistrationStatusChangeRow } from '../../reports/registration-status-changes.query';
import { ConnectionArgs, encodeCursor, PageInfo, pageRequest, toPage, TOTAL_COUNT_DESCRIPTION, withTotalCount } from '../common/connection';
import { LocalDate } from '../../graphql/scalars';

/** One registration status change, as reported to the federation (seed 003 clause 10.1.4). */
@ObjectType('RegistrationStatusChange', { description: 'A suspension, restoration, cancellation or revocation of a registration' })
export class RegistrationStatusChangeType {
  @Field(() => String, { nullable: true }) societyCode!: string;
  @Field(() => String, { nullable: true }) registrationNumber!: string;
  @Field(() => String, { nullable: true }) memberName!: string;
  @Field(() => RegistrationStatus, { nullable: true }) fromStatus!: RegistrationStatus;
  @Field(() => RegistrationStatus, { nullable: true }) toStatus!: RegistrationStatus;
  @Field(() => RegistrationReasonKind, { nullable: true }) reasonKind!: RegistrationReasonKind | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date;
  @Field(() => Boolean, { nullable: true, description: 'Taken by the scheduled jobs (the system account), not by a person' }) automatic!: boolean;
}

/** One change in a page. */
@ObjectType('RegistrationStatusChangeEdge')
export class RegistrationStatusChangeEdge {
  @Field(() => String, { nullable: true }) cursor!: string;
  @Field(() => RegistrationStatusChangeType, { nullable: true }) node!: RegistrationStatusChangeType;
}

/** A page of status changes, oldest first. */
@ObjectType('RegistrationStatusChangeConnection')
export class RegistrationStatusChangeConnection {
  @Field(() => [RegistrationStatusChangeEdge], { nullable: true }) edges!: RegistrationStatusChangeEdge[];
  @Field(() => PageInfo, { nullable: true }) pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: TOTAL_COUNT_DESCRIPTION }) totalCount?: number | Promise<number>;
}

/** The federation's report of registration status changes across societies. */
@Resolver()
export class RegistrationStatusChangesResolver {
  /** Every status change decided in the period (China days, both included), oldest first, keyset pages. */
  @Query(() => RegistrationStatusChangeConnection, { nullable: true })
  async registrationStatusChanges(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => LocalDate, { description: 'First day, YYYY-MM-DD (China time)' }) from: string,
    @Arg('to', () => LocalDate, { description: 'Last day, YYYY-MM-DD (China time), included' }) to: string,
    @Arg('society', () => String, { nullable: true, description: "A society's code; all societies when absent" }) society: string | null | undefined,
    @Args() args: ConnectionArgs,
  ): Promise<RegistrationStatusChangeConnection> {
    if (!allowPlatformAction(ctx, 'registrationStatusChanges')) throw new AppError(ctx.principal ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    const request = pageRequest(args);
    if (from > to) throw new AppError('BAD_USER_INPUT', { field: 'to', params: { detail: 'the period ends before it starts', detailZh: '统计期间的结束日期早于开始日期' } });
    const societyId = society ? await societyIdOf(ctx, society) : null;
    const rows = await registrationStatusChanges(ctx.em, { from, to, societyId, after: request.cursor, backward: request.backward, limit: request.size + 1 });
    const positionOf = (row: RegistrationStatusChangeRow) => ({ sortValue: row.cursorAt, id: row.id });
    const page = toPage(rows, request, positionOf);
    return withTotalCount({
      edges: page.nodes.map((row) => ({ cursor: encodeCursor(positionOf(row)), node: row as unknown as RegistrationStatusChangeType })),
      pageInfo: page.pageInfo,
    }, () => registrationStatusChangeCount(ctx.em, { from, to, societyId }));
  }
}

/** A society's id by its code; an unknown code is BAD_USER_INPUT on `society`. */
async function societyIdOf(ctx: RequestContext, code: string): Promise<string> {
  const [row] = await ctx.em.execute<Array<{ id: string }>>('select id from society where code = ?', [code.trim().toUpperCase()]);
  if (!row) throw new AppError('BAD_USER_INPUT', { field: 'society', params: { detail: 'no society has this code', detailZh: '没有该代码的学会' } });
  return row.id;
}
