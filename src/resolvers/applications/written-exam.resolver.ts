import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { assignPaperJudgesCommand, scorePaperCommand } from '../../assessment/written-exam.commands';
import { AssignmentKind } from '../../entities/enums';
import type { RequestContext } from '../../http/request-context';
import { factsOfType, toApplicationType } from './application.mappers';
import { ApplicationType } from './application.types';
import { AssignMaterialReviewersInput } from './assessment.types';
import { DossierPartObject } from './dossier-part-object';
import { applicationFacts } from '../../dossier/application-access';

/** One judge's mark. */
@ObjectType('PaperScore')
export class PaperScoreType extends DossierPartObject {
  @Field({ nullable: true }) sitting!: string;
  @Field(() => Int, { nullable: true }) score!: number;
  @Field(() => String, { nullable: true }) remarks?: string | null;
}

/** The written exam's marks against the society's pass mark. */
@ObjectType('WrittenExamResult')
export class WrittenExamResultType extends DossierPartObject {
  @Field(() => [PaperScoreType], { nullable: true }) scores!: PaperScoreType[];
  @Field(() => Number, { nullable: true, description: 'Average of the judges\' marks' }) average?: number | null;
  @Field(() => Int, { nullable: true }) passMark!: number;
  @Field(() => Boolean, { nullable: true, description: 'null until every judge has marked' }) passed?: boolean | null;
}

/** A judge's mark. */
@InputType()
export class ScorePaperInput {
  @Field() applicationId!: string;
  @Field({ description: 'Date and place of the sitting' }) sitting!: string;
  @Field(() => Int, { description: '0–100' }) score!: number;
  @Field(() => String, { nullable: true }) remarks?: string | null;
}

/** The written exam: judges by staff, marks by the judges, the result against the society's pass mark. */
@Resolver(() => ApplicationType)
export class WrittenExamResolver {
  /** The marks so far and whether the paper passed. */
  @FieldResolver(() => WrittenExamResultType, { nullable: true })
  async writtenExam(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<WrittenExamResultType | null> {
    const scores = await loaders.paperScoresByApplicationId.load(application.id);
    if (scores.length === 0) return null;
    const facts = factsOfType(application);
    const society = (await loaders.societyById.load(application.societyId))!;
    const judges = (await loaders.assignmentsByApplicationId.load(application.id)).filter((a) => a.kind === AssignmentKind.PAPER_JUDGE && !a.removedAt).length;
    const average = Math.round((scores.reduce((sum, s) => sum + s.score, 0) / scores.length) * 10) / 10;
    return {
      applicationFacts: facts,
      scores: scores.map((s) => ({ applicationFacts: facts, sitting: s.sitting, score: s.score, remarks: s.remarks ?? null })),
      average, passMark: society.writtenExamPassMark, passed: scores.length >= judges ? average >= society.writtenExamPassMark : null,
    };
  }

  /** Staff: assigns the paper's judges (≥ 2, none recused). */
  @Mutation(() => ApplicationType, { nullable: true })
  async assignPaperJudges(@Ctx() ctx: RequestContext, @Arg('input') input: AssignMaterialReviewersInput): Promise<ApplicationType> {
    return toApplicationType(await assignPaperJudgesCommand(ctx, input));
  }

  /** A judge marks the paper. */
  @Mutation(() => PaperScoreType, { nullable: true })
  async scorePaper(@Ctx() ctx: RequestContext, @Arg('input') input: ScorePaperInput): Promise<PaperScoreType> {
    const score = await scorePaperCommand(ctx, input);
    return { applicationFacts: applicationFacts(score.application), sitting: score.sitting, score: score.score, remarks: score.remarks ?? null };
  }
}
