import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SocietyStatus } from '../common/enums';
import { EducationLevel } from '../applications/application.enums';
import '../applications/assessment.types';
import { AssessmentMethod } from '../../entities/enums';
import { NodeInterface } from '../common/node.types';

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
@ObjectType('Society', { implements: NodeInterface, description: '获授权学会: an authorized national society, one tenant' })
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

/** The years in the field a grade asks of one education level (automotive 5.2 matrix). */
@ObjectType('EducationYearsRequirement')
export class EducationYearsRequirement {
  @Field(() => EducationLevel)
  education!: EducationLevel;

  @Field(() => Int)
  minYearsInField!: number;
}

/** The basic conditions of a grade, checked at initial review: as text, and as data in the parts its ladder uses. */
@ObjectType()
export class GradeBasicConditions {
  @Field(() => Int, { nullable: true, description: 'Years of relevant work after the qualifying degree (general ladder)' })
  minRelevantWorkYears?: number | null;

  @Field(() => Int, { nullable: true, description: 'Of which years of major engineering work (general ladder)' })
  minMajorWorkYears?: number | null;

  @Field(() => [EducationYearsRequirement], { nullable: true, description: 'Years in the field by education level (automotive ladder); null where the ladder has no matrix' })
  minYearsInFieldByEducation?: EducationYearsRequirement[] | null;

  @Field({ description: 'Education requirement (Chinese, from the source document)' })
  education!: string;

  @Field({ description: 'Every basic condition (Chinese, from the source document)' })
  text!: string;
}

/** One assessment of a grade's route. */
@ObjectType('GradeRouteAssessment')
export class GradeRouteAssessmentType {
  @Field(() => AssessmentMethod)
  method!: AssessmentMethod;

  @Field({ description: 'No applicant of the grade is registered without it (unless the simplified path skipped it)' })
  required!: boolean;

  @Field(() => [String], { description: 'Kinds of score sheet its examiners fill in; empty: not scored' })
  scoreSheets!: string[];

  @Field({ description: "Whether this assessment's weighted score decides the pass" })
  decidesPass!: boolean;
}

/** How applicants of a grade are assessed and registered (the category plug-in's route). */
@ObjectType('GradeRoute')
export class GradeRouteType {
  @Field(() => [GradeRouteAssessmentType])
  assessments!: GradeRouteAssessmentType[];

  @Field({ description: 'Material reviewers may conclude that no further assessment is needed' })
  materialsMayConclude!: boolean;

  @Field({ description: 'SOCIETY: the society registers; FEDERATION: the federation reviews, its secretariat registers' })
  registeredBy!: string;

  @Field({ description: 'Reviewers who do not recommend may suggest a lower grade' })
  lowerGradeSuggestible!: boolean;
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

  @Field(() => GradeRouteType, { nullable: true, description: 'How the grade is assessed and registered (null: no plug-in brings the ladder)' })
  route?: GradeRouteType | null;
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
