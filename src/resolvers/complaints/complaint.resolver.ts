import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import { Complaint, ComplaintTarget } from '../../entities';
import { ComplaintHandler, ComplaintStatus } from '../../entities/enums';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { escalateComplaintCommand, handleComplaintCommand, HANDLING_STEPS, loadComplaintFor, lodgeComplaintCommand, setComplaintTargetCommand } from '../../complaints/complaint.commands';
import { loadComplaints } from '../../complaints/complaint-read-model';
import { isComplaintHandler } from '../../policies/complaint.policy';
import { ComplaintTargetType, ComplaintType, HandleComplaintInput, LodgeComplaintInput } from './complaint.types';

async function shown(ctx: RequestContext, id: string): Promise<ComplaintType> {
  const [complaint] = await loadComplaints(ctx.em, { id }, ctx.clock());
  return complaint;
}

/** Complaints, appeals and opinions (seed 000 申诉、投诉; seed 003 10.2). */
@Resolver()
export class ComplaintResolver {
  /** The handler's queue: the society's staff see their society's, the committee and the secretariat theirs. */
  @Query(() => [ComplaintType], { nullable: true })
  async complaintQueue(
    @Ctx() ctx: RequestContext, @Arg('status', () => ComplaintStatus, { nullable: true }) status?: ComplaintStatus | null,
  ): Promise<ComplaintType[]> {
    const handled: Array<FilterQuery<Complaint>> = [];
    const society = ctx.scope.society;
    if (society && isComplaintHandler(ctx, ComplaintHandler.SOCIETY, society.id)) handled.push({ handler: ComplaintHandler.SOCIETY, society: society.id });
    for (const handler of [ComplaintHandler.QUALITY_SUPERVISION, ComplaintHandler.SECRETARIAT]) {
      if (isComplaintHandler(ctx, handler, null)) handled.push({ handler });
    }
    if (handled.length === 0) throw new AppError('FORBIDDEN');
    return loadComplaints(ctx.em, { $and: [{ $or: handled }, status ? { status } : {}] }, ctx.clock());
  }

  /** The complaints the signed-in person lodged. */
  @Query(() => [ComplaintType], { nullable: true })
  async myComplaints(@Ctx() ctx: RequestContext): Promise<ComplaintType[]> {
    return loadComplaints(ctx.em, { complainant: ctx.principal!.accountId }, ctx.clock());
  }

  /** One complaint: its handlers and its complainant; NOT_FOUND for anyone else (the member it concerns included). */
  @Query(() => ComplaintType, { nullable: true })
  async complaint(@Ctx() ctx: RequestContext, @Arg('complaintId', () => ID) complaintId: string): Promise<ComplaintType> {
    return shown(ctx, (await loadComplaintFor(ctx, complaintId, 'read')).id);
  }

  /** Each handler's target in working days. */
  @Query(() => [ComplaintTargetType], { nullable: true })
  async complaintTargets(@Ctx() { em }: RequestContext): Promise<ComplaintTargetType[]> {
    return em.find(ComplaintTarget, {}, { orderBy: { handler: 'asc' } });
  }

  /** Lodges a complaint or an opinion (anyone may send an opinion; rate-limited per client address). */
  @Mutation(() => Boolean)
  async lodgeComplaint(@Ctx() ctx: RequestContext, @Arg('input') input: LodgeComplaintInput): Promise<boolean> {
    await ctx.rateLimits.consume('lodgeComplaintPerAddress');
    await lodgeComplaintCommand(ctx, input);
    return true;
  }

  /** A handler records the next step (ASSIGN, INVESTIGATE, DECIDE, FEEDBACK) with its evidence. */
  @Mutation(() => ComplaintType, { nullable: true })
  async handleComplaint(@Ctx() ctx: RequestContext, @Arg('input') input: HandleComplaintInput): Promise<ComplaintType> {
    if (!(input.action in HANDLING_STEPS)) {
      throw new AppError('BAD_USER_INPUT', { field: 'input.action', params: { detail: 'ASSIGN, INVESTIGATE, DECIDE or FEEDBACK', detailZh: '须为承办、调查、决定或反馈' } });
    }
    return shown(ctx, (await handleComplaintCommand(ctx, { ...input, action: input.action as keyof typeof HANDLING_STEPS })).id);
  }

  /** The complainant, told the result and disagreeing, escalates to the federation secretariat. */
  @Mutation(() => ComplaintType, { nullable: true })
  async escalateComplaint(@Ctx() ctx: RequestContext, @Arg('complaintId', () => ID) complaintId: string, @Arg('reason') reason: string): Promise<ComplaintType> {
    return shown(ctx, (await escalateComplaintCommand(ctx, complaintId, reason)).id);
  }

  /** The federation sets a handler's target in working days. */
  @Mutation(() => ComplaintTargetType, { nullable: true })
  async setComplaintTarget(
    @Ctx() ctx: RequestContext, @Arg('handler', () => ComplaintHandler) handler: ComplaintHandler, @Arg('workingDays', () => Int) workingDays: number,
  ): Promise<ComplaintTargetType> {
    return setComplaintTargetCommand(ctx, handler, workingDays);
  }
}
