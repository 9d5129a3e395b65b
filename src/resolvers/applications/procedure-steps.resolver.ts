import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { markSocietyMembershipCommand } from '../../dossier/commands/mark-society-membership.command';
import type { RequestContext } from '../../http/request-context';
import type { DecisionName } from '../../workflow/procedure';
import { decide } from '../../assessment/guard-facts';
import { ProcedureStepInput, SubmissionStepInput } from './application.inputs';
import { toApplicationType } from './application.mappers';
import { ApplicationType } from './application.types';

async function step(ctx: RequestContext, decision: DecisionName, input: ProcedureStepInput | SubmissionStepInput): Promise<ApplicationType> {
  return toApplicationType(await decide(ctx, { ...input, decision }));
}

/** The procedure up to acceptance, one mutation per step; each is one transaction with one history event. */
@Resolver()
export class ProcedureStepsResolver {
  /** Applicant: submits the complete dossier, consenting to its verification. */
  @Mutation(() => ApplicationType, { nullable: true })
  submitApplication(@Ctx() ctx: RequestContext, @Arg('input') input: SubmissionStepInput) {
    return step(ctx, 'submit', input);
  }

  /** Applicant: resubmits after a form-check return, before its deadline. */
  @Mutation(() => ApplicationType, { nullable: true })
  resubmitCompletedApplication(@Ctx() ctx: RequestContext, @Arg('input') input: SubmissionStepInput) {
    return step(ctx, 'resubmitCompleted', input);
  }

  /** Applicant: resubmits after a basic-conditions return (the last full edit). */
  @Mutation(() => ApplicationType, { nullable: true })
  resubmitClarifiedApplication(@Ctx() ctx: RequestContext, @Arg('input') input: SubmissionStepInput) {
    return step(ctx, 'resubmitClarified', input);
  }

  /** Applicant: withdraws at any stage before registration. */
  @Mutation(() => ApplicationType, { nullable: true })
  withdrawApplication(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'withdraw', input);
  }

  /** Staff: the form check finds the dossier complete. */
  @Mutation(() => ApplicationType, { nullable: true })
  passFormCheck(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'passFormCheck', input);
  }

  /** Staff: returns the dossier for completion, listing what is missing; the applicant has 10 working days. */
  @Mutation(() => ApplicationType, { nullable: true })
  returnForCompletion(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'returnForCompletion', input);
  }

  /** Staff: the basic conditions are met. */
  @Mutation(() => ApplicationType, { nullable: true })
  passBasicConditions(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'passBasicConditions', input);
  }

  /** Staff: returns for clarification of the basic conditions (once: the last full edit). */
  @Mutation(() => ApplicationType, { nullable: true })
  returnForClarification(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'returnForClarification', input);
  }

  /** Staff: the basic conditions are not met: not accepted, with reasons. */
  @Mutation(() => ApplicationType, { nullable: true })
  rejectApplication(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'rejectNotAccepted', input);
  }

  /** Staff: accepts; the dossier freezes and the 12-month evaluation deadline starts. */
  @Mutation(() => ApplicationType, { nullable: true })
  acceptApplication(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'accept', input);
  }

  /** Staff: closes an application whose completion or clarification deadline passed. */
  @Mutation(() => ApplicationType, { nullable: true })
  lapseApplication(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'lapse', input);
  }

  /** Staff: marks whether the applicant is a society member (during initial review). */
  @Mutation(() => ApplicationType, { nullable: true })
  async markSocietyMembership(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('member') member: boolean,
  ): Promise<ApplicationType> {
    return toApplicationType(await markSocietyMembershipCommand(ctx, applicationId, expectedVersion, member));
  }
}
