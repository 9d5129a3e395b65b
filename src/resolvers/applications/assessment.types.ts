import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AssessmentMethod, AssignmentKind, MaterialReviewConclusion, NextAssessment } from '../../entities/enums';
import { DossierPartObject } from './dossier-part-object';

registerEnumType(AssignmentKind, { name: 'AssignmentKind' });
registerEnumType(MaterialReviewConclusion, { name: 'MaterialReviewConclusion', description: 'SUPPLEMENT, RECOMMEND or NOT_RECOMMEND (seed 000)' });
registerEnumType(AssessmentMethod, { name: 'AssessmentMethod', description: 'MATERIAL_REVIEW, WRITTEN_EXAM or INTERVIEW (seed 000 "考核")' });
registerEnumType(NextAssessment, { name: 'NextAssessment', description: "NONE: no further assessment, where the grade's route lets the materials conclude" });

/** One examiner's material review. */
@ObjectType('MaterialReview')
export class MaterialReviewType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => Int, { nullable: true }) round!: number;
  @Field({ nullable: true }) reviewerName!: string;
  @Field(() => MaterialReviewConclusion, { nullable: true }) conclusion!: MaterialReviewConclusion;
  @Field(() => [String], { nullable: true }) supplementAreas!: string[];
  @Field(() => Boolean, { nullable: true }) supplementAllItems?: boolean | null;
  @Field(() => String, { nullable: true }) questions?: string | null;
  @Field(() => NextAssessment, { nullable: true }) nextAssessment?: NextAssessment | null;
  @Field(() => String, { nullable: true }) probePoints?: string | null;
  @Field(() => String, { nullable: true }) reasons?: string | null;
  @Field(() => String, { nullable: true }) lowerGradeSuggestion?: string | null;
  @Field({ nullable: true }) submittedAt!: Date;
}

/** An examiner's assignment to the application. */
@ObjectType('Assignment')
export class AssignmentType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => ID, { nullable: true, description: 'The examiner (grant) id' }) examinerId!: string;
  @Field({ nullable: true }) examinerName!: string;
  @Field(() => AssignmentKind, { nullable: true }) kind!: AssignmentKind;
  @Field({ nullable: true }) assignedAt!: Date;
  @Field(() => Date, { nullable: true }) removedAt?: Date | null;
  @Field(() => String, { nullable: true }) removalReason?: string | null;
}

/** Reviewers to assign. */
@InputType()
export class AssignMaterialReviewersInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => [ID], { description: 'Examiner ids (see examiners)' }) examinerIds!: string[];
}

/** One reviewer's conclusion. */
@InputType()
export class MaterialReviewInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => MaterialReviewConclusion) conclusion!: MaterialReviewConclusion;
  @Field(() => [String], { nullable: true, description: 'SUPPLEMENT: areas A–E' }) supplementAreas?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'SUPPLEMENT: all 17 items' }) supplementAllItems?: boolean | null;
  @Field(() => String, { nullable: true, description: 'SUPPLEMENT: specific questions' }) questions?: string | null;
  @Field(() => NextAssessment, { nullable: true, description: 'RECOMMEND: what follows' }) nextAssessment?: NextAssessment | null;
  @Field(() => String, { nullable: true, description: 'RECOMMEND: points to probe' }) probePoints?: string | null;
  @Field(() => String, { nullable: true, description: 'NOT_RECOMMEND: reasons' }) reasons?: string | null;
  @Field(() => String, { nullable: true, description: 'NOT_RECOMMEND: a lower grade to apply for' }) lowerGradeSuggestion?: string | null;
}

/** Staff take the simplified path for an international title holder: why, and which assessments it skips. */
@InputType()
export class SimplifiedPathInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field({ description: 'Why the society simplifies the assessment' }) reason!: string;
  @Field(() => [AssessmentMethod], { description: 'The assessments skipped: recorded in the history; the comprehensive review excuses only these' })
  skips!: AssessmentMethod[];
}
