import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { checkApplicationAccess } from '../../policies/load-application';
import { isUuid } from '../../common/is-uuid';
import { nameToPinyin } from '../../dossier/name-pinyin';
import { Application } from '../../entities';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { ConnectionArgs, encodeCursor, toPage, withTotalCount } from '../common/connection';
import { ApplicationOrder } from './application.enums';
import { countApplications, includesOf, readApplications, readApplicationsById } from './application-read';
import { ApplicationFilter } from './application.inputs';
import { toApplicationType } from './application.mappers';
import { ApplicationConnection, ApplicationType } from './application.types';
import { workQueueRead } from './work-queue';

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
    const read = await readApplicationsById(ctx, wellFormed, includesOf(info, []));
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
    const queue = workQueueRead(ctx, args, filter, orderBy);
    // One statement for the page and the parts it shows (read models, not entities: issue 14).
    const rows = await readApplications(ctx, queue.where, queue.window, includesOf(info, ['edges', 'node']));
    const page = toPage(rows, queue.request, queue.positionOf);
    return withTotalCount({
      edges: page.nodes.map((row) => ({ cursor: encodeCursor(queue.positionOf(row)), node: toApplicationType(row) })),
      pageInfo: page.pageInfo,
    }, () => countApplications(ctx, queue.counted));
  }

  /** The pinyin of a name as documents write it, for frontends to offer (the applicant may edit it). */
  @Query(() => String)
  pinyinOf(@Arg('name') name: string): string {
    return nameToPinyin(name);
  }
}
