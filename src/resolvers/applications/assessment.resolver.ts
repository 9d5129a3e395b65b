import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assignMaterialReviewersCommand } from '../../assessment/assign-material-reviewers.command';
import { declareConflictOfInterestCommand, recordConflictOfInterestCommand } from '../../assessment/conflict-of-interest.command';
import { submitMaterialReviewCommand } from '../../assessment/submit-material-review.command';
import type { MaterialReview } from '../../entities';
import { tenantSql } from '../../tenancy/tenant-filter';
import { includesOf, readApplications } from './application-read';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { visibleMaterialReviews } from '../../policies/material-review.policy';
import { relationsOf } from '../../policies/relations';
import type { DecisionName } from '../../workflow/procedure';
import { decide } from '../../assessment/guard-facts';
import { ProcedureStepInput } from './application.inputs';
import { factsOfType, toApplicationType } from './application.mappers';
import { ApplicationType } from './application.types';
import { AssignMaterialReviewersInput, AssignmentType, MaterialReviewInput, MaterialReviewType, SimplifiedPathInput } from './assessment.types';
import { takeSimplifiedPathCommand } from '../../assessment/simplified-path.command';
import { applicationFacts } from '../../policies/load-application';
import type { ApplicationFacts } from '../../policies/relations';
import { examinerGrantIds } from '../../auth/principal';

function step(ctx: RequestContext, decision: DecisionName, input: ProcedureStepInput) {
  return decide(ctx, { ...input, decision }).then(toApplicationType);
}

/** Material review entity → GraphQL object. */
function toMaterialReviewType(review: MaterialReview, reviewerName: string, facts: ApplicationFacts): MaterialReviewType {
  return {
    applicationFacts: facts,
    id: review.id, round: review.round, reviewerName, conclusion: review.conclusion, supplementAreas: review.supplementAreas,
    supplementAllItems: review.supplementAllItems ?? null, questions: review.questions ?? null, nextAssessment: review.nextAssessment ?? null,
    probePoints: review.probePoints ?? null, reasons: review.reasons ?? null, lowerGradeSuggestion: review.lowerGradeSuggestion ?? null,
    submittedAt: review.submittedAt,
  };
}


/** Material review: assignment, recusal, independent reviews, and staff's consolidation into the next step. */
@Resolver(() => ApplicationType)
export class AssessmentResolver {
  /** The applications the viewer is assigned to assess now, in the request's society. */
  @Query(() => [ApplicationType], { nullable: true })
  async assignedApplications(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ApplicationType[]> {
    if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
    // Read models with the parts the response selects, in one statement (issue 14); the assignments' own tenant wall as the ORM filter had it.
    const assignmentWall = tenantSql(ctx.scope, 'x');
    const rows = await readApplications(
      ctx,
      { sql: `a.id in (select x.application_id from assignment x where x.examiner_id = any (?::uuid[]) and x.removed_at is null and ${assignmentWall.sql})`, params: [`{${examinerGrantIds(ctx.principal).join(',')}}`, ...assignmentWall.params] },
      { order: 'a.accepted_at asc' },
      includesOf(info, []),
    );
    return rows.map(toApplicationType);
  }

  /** The examiners' material reviews this viewer may see (independence: others' only after one's own). */
  @FieldResolver(() => [MaterialReviewType], { nullable: true })
  async materialReviews(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): Promise<MaterialReviewType[]> {
    const facts = factsOfType(application);
    const relations = await relationsOf(ctx, facts);
    const reviews = (await ctx.loaders.materialReviewsByApplicationId.load(application.id)).map((review) => ({
      round: review.round, examinerGrantId: review.assignment.examiner.id, review,
    }));
    return visibleMaterialReviews(relations, examinerGrantIds(ctx.principal), reviews).map(({ review }) => toMaterialReviewType(review, review.assignment.examiner.account.displayName, facts));
  }

  /** Who was assigned to assess the application, and who was taken off (and why). */
  @FieldResolver(() => [AssignmentType], { nullable: true })
  async assignments(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<AssignmentType[]> {
    const applicationFacts = factsOfType(application);
    return (await loaders.assignmentsByApplicationId.load(application.id)).map((assignment) => ({
      applicationFacts,
      id: assignment.id, examinerId: assignment.examiner.id, examinerName: assignment.examiner.account.displayName, kind: assignment.kind,
      assignedAt: assignment.assignedAt, removedAt: assignment.removedAt ?? null, removalReason: assignment.removalReason ?? null,
    }));
  }

  /** Staff: assigns (≥ 2, same field, none recused) or adds material reviewers. */
  @Mutation(() => ApplicationType, { nullable: true })
  async assignMaterialReviewers(@Ctx() ctx: RequestContext, @Arg('input') input: AssignMaterialReviewersInput): Promise<ApplicationType> {
    return toApplicationType(await assignMaterialReviewersCommand(ctx, input));
  }

  /** Staff: records an examiner's conflict of interest with the applicant. */
  @Mutation(() => Boolean, { nullable: true })
  async recordConflictOfInterest(
    @Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('examinerId', () => ID) examinerId: string, @Arg('reason') reason: string,
  ): Promise<boolean> {
    await recordConflictOfInterestCommand(ctx, applicationId, examinerId, reason);
    return true;
  }

  /** An assigned examiner declares a conflict of interest: they leave the assessment at once. */
  @Mutation(() => Boolean, { nullable: true })
  async declareConflictOfInterest(@Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('reason') reason: string): Promise<boolean> {
    await declareConflictOfInterestCommand(ctx, applicationId, reason);
    return true;
  }

  /** A material reviewer submits their review of the current round. */
  @Mutation(() => MaterialReviewType, { nullable: true })
  async submitMaterialReview(@Ctx() ctx: RequestContext, @Arg('input') input: MaterialReviewInput): Promise<MaterialReviewType> {
    const review = await submitMaterialReviewCommand(ctx, input);
    return toMaterialReviewType(review, ctx.principal!.displayName, applicationFacts(review.application));
  }

  /** Staff: consolidates the reviews into one request to the applicant (the reason); the applicant only adds. */
  @Mutation(() => ApplicationType, { nullable: true })
  requestSupplement(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'requestSupplement', input);
  }

  /** Applicant: hands in the supplements; the material review runs again (next round). */
  @Mutation(() => ApplicationType, { nullable: true })
  submitSupplements(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'submitSupplements', input);
  }

  /** Staff: the reviews are in; a written exam follows. */
  @Mutation(() => ApplicationType, { nullable: true })
  proceedToWrittenExam(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'proceedToWrittenExam', input);
  }

  /** Staff: the reviews are in; an interview follows. */
  @Mutation(() => ApplicationType, { nullable: true })
  proceedToInterview(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'proceedToInterview', input);
  }

  /** Staff: call off a scheduled interview that cannot be held as notified (with the reason); the panel stands down. */
  @Mutation(() => ApplicationType, { nullable: true })
  cancelInterview(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'cancelInterview', input);
  }

  /** Staff: every judge has marked the paper; an interview follows. */
  @Mutation(() => ApplicationType, { nullable: true })
  proceedFromExamToInterview(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'proceedFromExamToInterview', input);
  }

  /** Staff: every judge has marked the paper; to the comprehensive review. */
  @Mutation(() => ApplicationType, { nullable: true })
  proceedFromExamToComprehensiveReview(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'proceedFromExamToComprehensiveReview', input);
  }

  /** Staff: an international title holder skips assessments to the comprehensive review (reason and skips recorded in the history). */
  @Mutation(() => ApplicationType, { nullable: true })
  async takeSimplifiedPath(@Ctx() ctx: RequestContext, @Arg('input') input: SimplifiedPathInput): Promise<ApplicationType> {
    return toApplicationType(await takeSimplifiedPathCommand(ctx, input));
  }

  /** Staff: the reviews are in; straight to the comprehensive review (no further assessment, or not recommended). */
  @Mutation(() => ApplicationType, { nullable: true })
  proceedToComprehensiveReview(@Ctx() ctx: RequestContext, @Arg('input') input: ProcedureStepInput) {
    return step(ctx, 'proceedToComprehensiveReview', input);
  }
}
