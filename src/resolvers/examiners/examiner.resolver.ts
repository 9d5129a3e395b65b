import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { revokeExaminerCommand, updateExaminerCommand } from '../../assessment/examiner-roster.commands';
import { toGrantSnapshot } from '../../auth/load-principal';
import { RoleGrant } from '../../entities';
import { GrantRole } from '../../entities/enums';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { toGrantType } from '../accounts/account.mappers';
import { ConnectionArgs, encodeCursor, keysetCondition, pageOrder, pageRequest, toPage, withTotalCount } from '../common/connection';
import { ExaminerGrade } from '../common/enums';
import { ExaminerConnection, ExaminerInput, ExaminerType } from './examiner.types';
import { isUuid } from '../../common/is-uuid';

function toExaminerType(grant: RoleGrant): ExaminerType {
  return Object.assign(new ExaminerType(), {
    id: grant.id,
    accountId: grant.account.id,
    societyId: grant.society!.id,
    displayName: grant.account.displayName,
    email: grant.account.email,
    profile: toGrantType(grant.account.id, toGrantSnapshot(grant)).examiner,
    createdAt: grant.createdAt,
  });
}

/** The society's examiners, for its staff and the federation (roles are offered by grantSocietyRole, in the invitation resolver). */
@Resolver()
export class ExaminerResolver {
  /** The examiners of the request's society, oldest appointment first (keyset pagination). */
  @Query(() => ExaminerConnection, { nullable: true })
  async examiners(
    @Ctx() { em, scope }: RequestContext,
    @Args() args: ConnectionArgs,
    @Arg('grade', () => ExaminerGrade, { nullable: true }) grade?: ExaminerGrade,
  ): Promise<ExaminerConnection> {
    if (!scope.society) throw new AppError('SOCIETY_REQUIRED');
    const request = pageRequest(args);
    const countWhere: Record<string, unknown> = { role: GrantRole.EXAMINER, revokedAt: null, society: scope.society.id };
    if (grade) countWhere.examinerGrade = grade;
    const where = { ...countWhere, ...keysetCondition('createdAt', 'asc', request) };
    const order = pageOrder('asc', request);
    const rows = await em.find(RoleGrant, where, { populate: ['account', 'createdAtCursor'], orderBy: { createdAt: order, id: order }, limit: request.size + 1 });
    const positionOf = (row: RoleGrant) => ({ sortValue: row.createdAtCursor!, id: row.id });
    const page = toPage(rows, request, positionOf);
    return withTotalCount({
      edges: page.nodes.map((row) => ({ cursor: encodeCursor(positionOf(row)), node: toExaminerType(row) })),
      pageInfo: page.pageInfo,
    }, () => em.count(RoleGrant, countWhere));
  }

  /** One examiner of the request's society; another society's id is NOT_FOUND. */
  @Query(() => ExaminerType, { nullable: true })
  async examiner(@Ctx() { em, scope }: RequestContext, @Arg('id', () => ID) id: string): Promise<ExaminerType> {
    if (!scope.society) throw new AppError('SOCIETY_REQUIRED');
    const grant = isUuid(id)
      ? await em.findOne(RoleGrant, { id, role: GrantRole.EXAMINER, revokedAt: null, society: scope.society.id }, { populate: ['account'] })
      : null;
    if (!grant) throw new AppError('NOT_FOUND', { field: 'id' });
    return toExaminerType(grant);
  }

  /** Staff: updates an examiner's grade, field, specialties or employer (assignments the change makes improper end). */
  @Mutation(() => ExaminerType, { nullable: true })
  async updateExaminer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: ExaminerInput): Promise<ExaminerType> {
    return toExaminerType(await updateExaminerCommand(ctx, id, input));
  }

  /** Staff: takes an examiner off the society's roster; their standing assignments end, and their access with them. */
  @Mutation(() => Boolean, { nullable: true })
  async revokeExaminer(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason') reason: string): Promise<boolean> {
    await revokeExaminerCommand(ctx, id, reason);
    return true;
  }
}
