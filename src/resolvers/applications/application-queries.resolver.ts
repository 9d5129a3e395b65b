import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { checkApplicationAccess } from '../../policies/load-application';
import { isUuid } from '../../common/is-uuid';
import { nameToPinyin } from '../../dossier/name-pinyin';
import { Application } from '../../entities';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { forbiddenQueueArguments, QUEUE_STAGES, queueRelationOf } from '../../policies/queue-filters.policy';
import { chinaToday } from '../../workflow/working-day-calendar';
import { ConnectionArgs, decodeCursor, encodeCursor, keysetSql, pageRequest, toPage, withTotalCount, type KeysetPosition } from '../common/connection';
import { ApplicationOrder } from './application.enums';
import { countApplications, includesOf, readApplications, submittedAtCursorOf, type SqlPart } from './application-read';
import { ApplicationFilter } from './application.inputs';
import { toApplicationType } from './application.mappers';
import { ApplicationConnection, ApplicationType } from './application.types';

const ORDER_COLUMN = { [ApplicationOrder.SUBMITTED_AT]: { column: 'submitted_at', type: 'timestamptz' }, [ApplicationOrder.DUE_DATE]: { column: 'due_date', type: 'date' } } as const;

function positionOf(application: Application, order: ApplicationOrder): KeysetPosition {
  const value = order === ApplicationOrder.SUBMITTED_AT ? submittedAtCursorOf(application)! : application.dueDate!;
  return { sortValue: value, id: application.id };
}

/** The queue's filter as SQL on the application `a` (the read model's statement). */
function filterSql(filter: ApplicationFilter | undefined, today: string): SqlPart {
  if (filter?.stages?.some((stage) => !QUEUE_STAGES.includes(stage))) {
    throw new AppError('BAD_USER_INPUT', { field: 'filter.stages', params: { detail: 'drafts are the applicant\'s own', detailZh: '草稿仅申请人本人可见' } });
  }
  const stages = filter?.stages?.length ? filter.stages : QUEUE_STAGES;
  const conditions = ['a.stage = any (?::application_stage[])'];
  const params: unknown[] = [`{${stages.join(',')}}`];
  if (filter?.fieldCode) conditions.push('a.field_id in (select id from engineering_field where code = ?)'), params.push(filter.fieldCode.toUpperCase());
  if (filter?.specialtyCode) conditions.push('a.specialty_id in (select id from specialty where code = ?)'), params.push(filter.specialtyCode.toUpperCase());
  if (filter?.gradeCode) conditions.push('a.grade_id in (select id from grade where code = ?)'), params.push(filter.gradeCode.toUpperCase());
  if (filter?.overdue === true) conditions.push('a.due_date < ?::date'), params.push(today);
  if (filter?.overdue === false) conditions.push('a.due_date >= ?::date'), params.push(today);
  return { sql: conditions.join(' and '), params };
}

/** Filters and sort orders may only read parts the viewer sees (src/policies/queue-filters.policy.ts). */
function checkQueueArguments(ctx: RequestContext, filter: ApplicationFilter | undefined, orderBy: ApplicationOrder): void {
  const used = Object.entries(filter ?? {}).filter(([, value]) => value !== undefined && value !== null).map(([key]) => key);
  if (orderBy !== ApplicationOrder.SUBMITTED_AT) used.push('orderBy');
  const stages = filter?.stages?.length ? filter.stages : QUEUE_STAGES;
  const [forbidden] = forbiddenQueueArguments(queueRelationOf(ctx), used, stages);
  if (forbidden) throw new AppError('FORBIDDEN', { field: forbidden === 'orderBy' ? 'orderBy' : `filter.${forbidden}` });
}

/** Reading applications: one by id, the applicant's own, and the staff work queue. */
@Resolver()
export class ApplicationQueriesResolver {
  /** One application the viewer may see; anything else is NOT_FOUND. */
  @Query(() => ApplicationType, { nullable: true })
  async application(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Arg('id', () => ID) id: string): Promise<ApplicationType> {
    const answer = (await this.applicationsById(ctx, info, [id])).get(id)!;
    if (answer instanceof Error) throw answer;
    return answer;
  }

  /**
   * Applications by id (`application`, and `nodes(ids:)` for many): read models with the parts the response selects,
   * in one statement for all of them, each checked as every command checks it. Each id maps to its application, or to
   * the error its check gives (NOT_FOUND when it is absent or not the viewer's to see).
   */
  async applicationsById(ctx: RequestContext, info: GraphQLResolveInfo, ids: readonly string[]): Promise<Map<string, ApplicationType | Error>> {
    const unique = [...new Set(ids)];
    const wellFormed = unique.filter(isUuid);
    const read = wellFormed.length > 0
      ? await readApplications(ctx, { sql: 'a.id = any(?::uuid[])', params: [wellFormed] }, { limit: wellFormed.length }, includesOf(info, []))
      : [];
    const byId = new Map(read.map((application) => [application.id, application]));
    // Checked together: an examiner's relations to all of them are one batched load, not one statement each.
    const answers = await Promise.all(unique.map((id) =>
      checkApplicationAccess(ctx, byId.get(id) ?? null, 'read').then(
        ({ application }): ApplicationType | Error => toApplicationType(application),
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      )));
    return new Map(unique.map((id, index) => [id, answers[index]]));
  }

  /** The viewer's own applications in the request's society, newest first. */
  @Query(() => [ApplicationType], { nullable: true })
  async myApplications(@Ctx() { em, principal, scope }: RequestContext): Promise<ApplicationType[]> {
    if (!scope.society) throw new AppError('SOCIETY_REQUIRED');
    const rows = await em.find(Application, { applicant: principal!.accountId, society: scope.society.id }, { orderBy: { createdAt: 'desc' } });
    return rows.map(toApplicationType);
  }

  /** The society's work queue: submitted applications, filtered, in keyset pages. */
  @Query(() => ApplicationConnection, { nullable: true })
  async applications(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter,
    @Arg('orderBy', () => ApplicationOrder, { defaultValue: ApplicationOrder.SUBMITTED_AT }) orderBy: ApplicationOrder = ApplicationOrder.SUBMITTED_AT,
  ): Promise<ApplicationConnection> {
    const request = pageRequest(args);
    checkQueueArguments(ctx, filter, orderBy);
    const { column, type } = ORDER_COLUMN[orderBy];
    const where = filterSql(filter, chinaToday(ctx.clock()));
    const counted = { sql: where.sql, params: [...where.params] };
    if (request.cursor && orderBy === ApplicationOrder.SUBMITTED_AT && Number.isNaN(new Date(request.cursor.sortValue).getTime())) decodeCursor('', request.backward ? 'before' : 'after');
    const keyset = keysetSql(`a.${column}`, 'a.id', type, 'asc', request);
    where.sql += ` and ${keyset.sql}`;
    where.params.push(...keyset.params);
    // One statement for the page and the parts it shows (read models, not entities: issue 14).
    const rows = await readApplications(ctx, where, { order: keyset.order, limit: request.size + 1 }, includesOf(info, ['edges', 'node']));
    const page = toPage(rows, request, (row) => positionOf(row, orderBy));
    return withTotalCount({
      edges: page.nodes.map((row) => ({ cursor: encodeCursor(positionOf(row, orderBy)), node: toApplicationType(row) })),
      pageInfo: page.pageInfo,
    }, () => countApplications(ctx, counted));
  }

  /** The pinyin of a name as documents write it, for frontends to offer (the applicant may edit it). */
  @Query(() => String)
  pinyinOf(@Arg('name') name: string): string {
    return nameToPinyin(name);
  }
}
