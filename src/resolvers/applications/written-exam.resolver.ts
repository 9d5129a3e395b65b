import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { assignPaperJudgesCommand, recordWrittenExamSittingCommand, scorePaperCommand } from '../../assessment/written-exam.commands';
import type { WrittenExamScore, WrittenExamSitting } from '../../entities';
import type { ApplicationFacts } from '../../policies/relations';
import { AssignmentKind } from '../../entities/enums';
import type { RequestContext } from '../../http/request-context';
import { factsOfType, toApplicationType } from './application.mappers';
import { ApplicationType } from './application.types';
import { AssignMaterialReviewersInput } from './assessment.types';
import { DossierPartObject } from './dossier-part-object';
import { applicationFacts } from '../../policies/load-application';
import { applicablePassMark, writtenExamOutcome } from '../../assessment/written-exam-outcome';
import { LocalDate } from '../../graphql/scalars';

/** One judge's mark of a sitting's paper. */
@ObjectType('PaperScore')
export class PaperScoreType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) sittingId!: string;
  @Field(() => Int, { nullable: true }) score!: number;
  @Field(() => String, { nullable: true }) remarks?: string | null;
}

/** A sitting recorded by staff, with its paper's marks. */
@ObjectType('WrittenExamSitting')
export class WrittenExamSittingType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => Int, { nullable: true, description: '1, 2, … in the order recorded; the latest counts' }) number!: number;
  @Field(() => LocalDate, { nullable: true, description: 'China date' }) heldOn!: string;
  @Field({ nullable: true, description: 'Place, or the online platform' }) venue!: string;
  @Field({ nullable: true, description: 'The paper written' }) paper!: string;
  @Field(() => [PaperScoreType], { nullable: true }) scores!: PaperScoreType[];
}

/** The written exam: its sittings, and the latest sitting's marks against the pass mark of the field's published standard, else the society's. */
@ObjectType('WrittenExamResult')
export class WrittenExamResultType extends DossierPartObject {
  @Field(() => [WrittenExamSittingType], { nullable: true, description: 'Oldest first' }) sittings!: WrittenExamSittingType[];
  @Field(() => [PaperScoreType], { nullable: true, description: 'Marks of the latest sitting by the judges standing now' }) scores!: PaperScoreType[];
  @Field(() => Number, { nullable: true, description: 'Average of the judges\' marks of the latest sitting' }) average?: number | null;
  @Field(() => Int, { nullable: true }) passMark!: number;
  @Field(() => Boolean, { nullable: true, description: 'null until every judge has marked the latest sitting' }) passed?: boolean | null;
}

/** Staff: when and where the applicant wrote which paper. */
@InputType()
export class RecordWrittenExamSittingInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => LocalDate, { description: 'China date, YYYY-MM-DD' }) heldOn!: string;
  @Field({ description: 'Place, or the online platform' }) venue!: string;
  @Field({ description: 'The paper written (subject or title)' }) paper!: string;
}

/** A judge's mark of the latest sitting's paper. */
@InputType()
export class ScorePaperInput {
  @Field(() => ID, { description: 'The sitting (see writtenExam.sittings); only the latest can be marked' }) sittingId!: string;
  @Field(() => Int, { description: '0–100' }) score!: number;
  @Field(() => String, { nullable: true }) remarks?: string | null;
}

function toScoreType(score: WrittenExamScore, facts: ApplicationFacts): PaperScoreType {
  return { applicationFacts: facts, sittingId: score.sitting.id, score: score.score, remarks: score.remarks ?? null };
}

function toSittingType(sitting: WrittenExamSitting, scores: PaperScoreType[], facts: ApplicationFacts): WrittenExamSittingType {
  return { applicationFacts: facts, id: sitting.id, number: sitting.number, heldOn: sitting.heldOn, venue: sitting.venue, paper: sitting.paper, scores };
}

/** The written exam: judges by staff, marks by the judges, the result against the society's pass mark. */
@Resolver(() => ApplicationType)
export class WrittenExamResolver {
  /** The marks so far and whether the paper passed. */
  @FieldResolver(() => WrittenExamResultType, { nullable: true })
  async writtenExam(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<WrittenExamResultType | null> {
    const sittings = await loaders.writtenExamSittingsByApplicationId.load(application.id);
    if (sittings.length === 0) return null;
    const facts = factsOfType(application);
    const marks = await loaders.paperScoresByApplicationId.load(application.id);
    const scores = marks.map((score) => toScoreType(score, facts));
    const society = (await loaders.societyById.load(application.societyId))!;
    const judges = new Set((await loaders.assignmentsByApplicationId.load(application.id)).filter((a) => a.kind === AssignmentKind.PAPER_JUDGE && !a.removedAt).map((a) => a.id));
    const latest = sittings[sittings.length - 1];
    const counted = marks.map((mark) => ({ sittingId: mark.sitting.id, assignmentId: mark.assignment.id, score: mark.score }));
    const standards = await loaders.publishedWrittenExamStandardsBySocietyId.load(application.societyId);
    const outcome = writtenExamOutcome(counted, latest.id, judges, applicablePassMark(standards, application.fieldId, society.writtenExamPassMark));
    return {
      applicationFacts: facts,
      sittings: sittings.map((sitting) => toSittingType(sitting, scores.filter((score) => score.sittingId === sitting.id), facts)),
      scores: scores.filter((score, index) => score.sittingId === latest.id && judges.has(marks[index].assignment.id)),
      ...outcome,
    };
  }

  /** Staff: records a sitting (a later one supersedes the earlier: its paper is the one marked). */
  @Mutation(() => WrittenExamSittingType, { nullable: true })
  async recordWrittenExamSitting(@Ctx() ctx: RequestContext, @Arg('input') input: RecordWrittenExamSittingInput): Promise<WrittenExamSittingType> {
    const sitting = await recordWrittenExamSittingCommand(ctx, input);
    return toSittingType(sitting, [], applicationFacts(sitting.application));
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
    return toScoreType(score, applicationFacts(score.application));
  }
}
