import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import {
  publishedWrittenExamStandards, publishWrittenExamStandardCommand, setWrittenExamStandardCommand, writtenExamStandardsByField,
  type WrittenExamStandardComparisonRow,
} from '../../assessment/written-exam-standard.commands';
import type { WrittenExamStandard } from '../../entities';
import type { RequestContext } from '../../http/request-context';

/** One reference material of a written exam (参考资料). */
@ObjectType('WrittenExamReference')
export class WrittenExamReferenceType {
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'http(s) address, when the material is online' }) link?: string | null;
}

/** A society's written-exam standard of one field: pass mark, outline and reference materials (seed 000 rule 9). */
@ObjectType('WrittenExamStandard')
export class WrittenExamStandardType {
  @Field() fieldCode!: string;
  @Field() fieldNameZh!: string;
  @Field(() => Int, { description: '0–100: the judges\' average must reach it' }) passMark!: number;
  @Field({ description: 'The exam outline (考试大纲)' }) outline!: string;
  @Field(() => [WrittenExamReferenceType]) references!: WrittenExamReferenceType[];
  @Field(() => Date, { nullable: true, description: 'null while a draft (a change returns a published standard to draft)' }) publishedAt?: Date | null;
  @Field(() => Date) updatedAt!: Date;
}

/** One society's standard of a field, as the federation compares them; the standard's values are null when the society has none. */
@ObjectType('WrittenExamStandardComparison')
export class WrittenExamStandardComparisonType {
  @Field({ nullable: true }) societyCode!: string;
  @Field({ nullable: true }) societyNameZh!: string;
  @Field(() => Int, { nullable: true, description: 'The society\'s general pass mark, which applies while it has no published standard of the field' }) societyPassMark!: number;
  @Field(() => Int, { nullable: true }) passMark?: number | null;
  @Field(() => Boolean, { nullable: true }) published!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt?: Date | null;
  @Field(() => Date, { nullable: true }) updatedAt?: Date | null;
}

/** A reference material as staff enter it. */
@InputType()
export class WrittenExamReferenceInput {
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'http(s) address' }) link?: string | null;
}

/** What staff set for one field's written exam. */
@InputType()
export class WrittenExamStandardInput {
  @Field(() => Int, { description: '0–100' }) passMark!: number;
  @Field({ description: 'The exam outline (考试大纲)' }) outline!: string;
  @Field(() => [WrittenExamReferenceInput], { nullable: true, description: 'At most 50' }) references?: WrittenExamReferenceInput[] | null;
}

function toStandardType(standard: WrittenExamStandard): WrittenExamStandardType {
  return {
    fieldCode: standard.field.code, fieldNameZh: standard.field.nameZh, passMark: standard.passMark, outline: standard.outline,
    references: standard.references, publishedAt: standard.publishedAt ?? null, updatedAt: standard.updatedAt,
  };
}

function toComparisonType(row: WrittenExamStandardComparisonRow): WrittenExamStandardComparisonType {
  return { ...row };
}

/** Written-exam standards: set and published by each society, compared across societies by the federation. */
@Resolver()
export class WrittenExamStandardResolver {
  /** Anyone: the published written-exam standards of the society in scope. */
  @Query(() => [WrittenExamStandardType], { nullable: true })
  async writtenExamStandards(@Ctx() ctx: RequestContext): Promise<WrittenExamStandardType[]> {
    return (await publishedWrittenExamStandards(ctx)).map(toStandardType);
  }

  /** Federation: every society's standard of one field side by side, to keep them consistent. */
  @Query(() => [WrittenExamStandardComparisonType], { nullable: true })
  async writtenExamStandardsByField(@Ctx() ctx: RequestContext, @Arg('fieldCode') fieldCode: string): Promise<WrittenExamStandardComparisonType[]> {
    return (await writtenExamStandardsByField(ctx, fieldCode)).map(toComparisonType);
  }

  /** Staff (or a federation admin in the society): sets the standard of one of the society's fields, as a draft. */
  @Mutation(() => WrittenExamStandardType, { nullable: true })
  async setWrittenExamStandard(
    @Ctx() ctx: RequestContext, @Arg('fieldCode') fieldCode: string, @Arg('input') input: WrittenExamStandardInput,
  ): Promise<WrittenExamStandardType> {
    return toStandardType(await setWrittenExamStandardCommand(ctx, fieldCode, input));
  }

  /** Staff (or a federation admin in the society): publishes the field's standard. */
  @Mutation(() => WrittenExamStandardType, { nullable: true })
  async publishWrittenExamStandard(@Ctx() ctx: RequestContext, @Arg('fieldCode') fieldCode: string): Promise<WrittenExamStandardType> {
    return toStandardType(await publishWrittenExamStandardCommand(ctx, fieldCode));
  }
}
