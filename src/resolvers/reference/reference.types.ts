import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SocietyStatus } from '../common/enums';

/** 专业类别. */
@ObjectType('Specialty', { description: '专业类别: a specialty within an engineering field' })
export class SpecialtyType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field({ description: 'Chinese name (official)' })
  name!: string;

  @Field()
  nameEn!: string;

  @Field({ description: 'Chinese scope text: what the specialty covers' })
  scope!: string;
}

/** 工程技术领域. */
@ObjectType('EngineeringField', { description: '工程技术领域' })
export class EngineeringFieldType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field({ description: 'Chinese name (official)' })
  name!: string;

  @Field()
  nameEn!: string;
}

/** An authorized society (tenant). */
@ObjectType('Society', { description: '获授权学会: an authorized national society, one tenant' })
export class SocietyType {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field({ description: 'Chinese name (official)' })
  name!: string;

  @Field()
  nameEn!: string;

  @Field(() => SocietyStatus)
  status!: SocietyStatus;

  @Field(() => Date, { nullable: true })
  suspendedAt?: Date | null;

  @Field(() => Int, { description: 'Working days an applicant has to answer a basic-conditions return' })
  clarificationWorkingDays!: number;
}

/** The basic conditions of a grade, checked at initial review. */
@ObjectType()
export class GradeBasicConditions {
  @Field(() => Int)
  minRelevantWorkYears!: number;

  @Field(() => Int)
  minMajorWorkYears!: number;

  @Field({ description: 'Education requirement (Chinese, from the guide)' })
  education!: string;
}

/** A member grade. */
@ObjectType('Grade', { description: 'A member grade on a ladder' })
export class GradeType {
  @Field({ description: "'GENERAL' for T/CAS 326; a category may bring its own ladder" })
  ladder!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  nameEn!: string;

  @Field(() => Int, { description: 'Position on the ladder, lowest first' })
  rank!: number;

  @Field(() => GradeBasicConditions)
  basicConditions!: GradeBasicConditions;
}

/** One of the competency areas A–E. */
@ObjectType('CompetencyArea')
export class CompetencyAreaType {
  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  nameEn!: string;
}

/** One of the 17 competency items. */
@ObjectType('CompetencyItem')
export class CompetencyItemType {
  @Field()
  code!: string;

  areaCode!: string;

  @Field({ description: 'Wording for PROFESSIONAL applicants (Chinese)' })
  professionalWording!: string;

  @Field({ description: 'Wording for SENIOR applicants (Chinese)' })
  seniorWording!: string;

  @Field(() => [String], { description: 'Example evidence (Chinese)' })
  evidenceExamples!: string[];
}
