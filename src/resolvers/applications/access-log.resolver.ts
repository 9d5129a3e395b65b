import { Arg, Args, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { loadApplicationFor } from '../../policies/load-application';
import { DossierAccess } from '../../entities';
import type { RequestContext } from '../../http/request-context';
import { ConnectionArgs, encodeCursor, keysetCondition, PageInfo, pageOrder, pageRequest, toPage, withTotalCount, TOTAL_COUNT_DESCRIPTION } from '../common/connection';

/** One entry of a dossier's access log. */
@ObjectType('DossierAccessEntry', { description: 'Who read which parts of a dossier, and when' })
export class DossierAccessEntryType {
  @Field({ nullable: true }) readerName!: string;
  @Field(() => [String], { nullable: true, description: 'Parts of the visibility matrix, or file:<purpose> for downloads' }) parts!: string[];
  @Field({ nullable: true }) at!: Date;
}

/** One entry in a page. */
@ObjectType('DossierAccessEdge')
export class DossierAccessEdge {
  @Field({ nullable: true }) cursor!: string;
  @Field(() => DossierAccessEntryType, { nullable: true }) node!: DossierAccessEntryType;
}

/** A page of the access log, newest last. */
@ObjectType('DossierAccessConnection')
export class DossierAccessConnection {
  @Field(() => [DossierAccessEdge], { nullable: true }) edges!: DossierAccessEdge[];
  @Field(() => PageInfo, { nullable: true }) pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: TOTAL_COUNT_DESCRIPTION }) totalCount?: number | Promise<number>;
}

/** The dossier access log, for society staff and the federation. */
@Resolver()
export class AccessLogResolver {
  /** Every read of the dossier by someone other than its applicant, oldest first (keyset pages). */
  @Query(() => DossierAccessConnection, { nullable: true })
  async dossierAccessLog(@Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Args() args: ConnectionArgs): Promise<DossierAccessConnection> {
    const request = pageRequest(args);
    const { application } = await loadApplicationFor(ctx, applicationId, 'readAccessLog');
    // One row per request and set of parts, the applications shown as an array (GIN-indexed).
    const countWhere = { applicationIds: { $contains: [application.id] } };
    const where = { ...countWhere, ...keysetCondition('at', 'asc', request) };
    const order = pageOrder('asc', request);
    const rows = await ctx.em.find(DossierAccess, where, { populate: ['reader', 'atCursor'], orderBy: { at: order, id: order }, limit: request.size + 1 });
    const positionOf = (row: DossierAccess) => ({ sortValue: row.atCursor!, id: row.id });
    const page = toPage(rows, request, positionOf);
    return withTotalCount({
      edges: page.nodes.map((row) => ({ cursor: encodeCursor(positionOf(row)), node: { readerName: row.reader.displayName, parts: row.parts, at: row.at } })),
      pageInfo: page.pageInfo,
    }, () => ctx.em.count(DossierAccess, countWhere));
  }
}
