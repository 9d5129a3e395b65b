import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import { concludeComprehensiveReviewCommand } from '../../assessment/conclude-comprehensive-review.command';
import { formReviewGroupCommand } from '../../assessment/form-review-group.command';
import type { ComprehensiveReview } from '../../entities';
import { ApplicationStage, ComprehensiveReviewConclusion } from '../../entities/enums';
import type { RequestContext } from '../../http/request-context';
import { factsOfType, toApplicationType } from './application.mappers';
import { ApplicationType } from './application.types';
import { AssignMaterialReviewersInput } from './assessment.types';
import { DossierPartObject } from './dossier-part-object';

registerEnumType(ComprehensiveReviewConclusion, { name: 'ComprehensiveReviewConclusion' });

/** A review group's decision: one per comprehensive-review round. */
@ObjectType('ComprehensiveReviewDecision')
export class ComprehensiveReviewDecisionType extends DossierPartObject {
  @Field(() => Int, { nullable: true, description: 'The round it concluded (a re-review or re-assessment starts the next)' }) round!: number;
  @Field(() => ComprehensiveReviewConclusion, { nullable: true }) conclusion!: ComprehensiveReviewConclusion;
  @Field(() => String, { nullable: true }) reasons?: string | null;
  @Field(() => ApplicationStage, { nullable: true }) reassessStage?: ApplicationStage | null;
  @Field({ nullable: true }) decidedAt!: Date;
}

function toDecisionType(decision: ComprehensiveReview, application: ApplicationType): ComprehensiveReviewDecisionType {
  return {
    applicationFacts: factsOfType(application), round: decision.round, conclusion: decision.conclusion, reasons: decision.reasons ?? null,
    reassessStage: decision.reassessStage ?? null, decidedAt: decision.decidedAt,
  };
}

/** The group's decision. */
@InputType()
export class ConcludeComprehensiveReviewInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => ComprehensiveReviewConclusion) conclusion!: ComprehensiveReviewConclusion;
  @Field(() => String, { nullable: true, description: 'Required unless REGISTER' }) reasons?: string | null;
  @Field(() => ApplicationStage, { nullable: true, description: 'REASSESS: MATERIAL_REVIEW, WRITTEN_EXAM or INTERVIEW' }) reassessStage?: ApplicationStage | null;
}

/** The comprehensive review: the group by staff, the decision by the group. */
@Resolver(() => ApplicationType)
export class ComprehensiveReviewResolver {
  /** The latest decision of a review group. */
  @FieldResolver(() => ComprehensiveReviewDecisionType, { nullable: true })
  async comprehensiveReview(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<ComprehensiveReviewDecisionType | null> {
    const latest = await loaders.latestDecisionByApplicationId.load(application.id);
    return latest ? toDecisionType(latest, application) : null;
  }

  /** Every round's decision, oldest first: a re-review adds a round and keeps the earlier ones. */
  @FieldResolver(() => [ComprehensiveReviewDecisionType], { nullable: true })
  async comprehensiveReviews(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<ComprehensiveReviewDecisionType[]> {
    return (await loaders.decisionsByApplicationId.load(application.id)).map((decision) => toDecisionType(decision, application));
  }

  /** Staff: forms the review group (≥ 3, not exactly the assessors). */
  @Mutation(() => ApplicationType, { nullable: true })
  async formReviewGroup(@Ctx() ctx: RequestContext, @Arg('input') input: AssignMaterialReviewersInput): Promise<ApplicationType> {
    return toApplicationType(await formReviewGroupCommand(ctx, input));
  }

  /** A member of the review group records its decision. */
  @Mutation(() => ApplicationType, { nullable: true })
  async concludeComprehensiveReview(@Ctx() ctx: RequestContext, @Arg('input') input: ConcludeComprehensiveReviewInput): Promise<ApplicationType> {
    return toApplicationType(await concludeComprehensiveReviewCommand(ctx, input));
  }
}
