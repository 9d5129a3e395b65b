import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { InterviewConclusion, InterviewMode } from '../../entities/enums';
import { DossierPartObject } from './dossier-part-object';

registerEnumType(InterviewMode, { name: 'InterviewMode' });
registerEnumType(InterviewConclusion, { name: 'InterviewConclusion' });

/** A question asked, by competency item. */
@ObjectType('InterviewQuestion')
export class InterviewQuestionType extends DossierPartObject {
  @Field({ nullable: true }) itemCode!: string;
  @Field({ nullable: true }) question!: string;
}

/** The interview with its full record (panel, staff, review group, federation). */
@ObjectType('InterviewRecord')
export class InterviewRecordType extends DossierPartObject {
  @Field(() => InterviewMode, { nullable: true }) mode!: InterviewMode;
  @Field({ nullable: true }) scheduledAt!: Date;
  @Field({ nullable: true }) location!: string;
  @Field(() => Boolean, { nullable: true }) identityChecked?: boolean | null;
  @Field(() => String, { nullable: true }) changesSinceSubmission?: string | null;
  @Field(() => Int, { nullable: true }) selfStatementMinutes?: number | null;
  @Field(() => Int, { nullable: true }) questioningMinutes?: number | null;
  @Field(() => Int, { nullable: true }) deliberationMinutes?: number | null;
  @Field(() => [InterviewQuestionType], { nullable: true }) questions!: InterviewQuestionType[];
  @Field(() => InterviewConclusion, { nullable: true }) conclusion?: InterviewConclusion | null;
  @Field(() => String, { nullable: true }) advice?: string | null;
  @Field(() => String, { nullable: true }) reasons?: string | null;
  @Field(() => Date, { nullable: true }) recordedAt?: Date | null;
}

/** What the applicant learns of the interview: appointment and outcome; the advice once registered. */
@ObjectType('InterviewOutcome')
export class InterviewOutcomeType extends DossierPartObject {
  @Field(() => InterviewMode, { nullable: true }) mode!: InterviewMode;
  @Field({ nullable: true }) scheduledAt!: Date;
  @Field({ nullable: true }) location!: string;
  @Field(() => InterviewConclusion, { nullable: true }) conclusion?: InterviewConclusion | null;
  @Field(() => String, { nullable: true, description: 'Shown only after registration' }) advice?: string | null;
}

/** The panel and the appointment. */
@InputType()
export class ScheduleInterviewInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => [ID], { description: '2–3 examiner ids' }) examinerIds!: string[];
  @Field(() => ID, { description: 'A FORMAL examiner of the panel' }) chiefId!: string;
  @Field(() => InterviewMode) mode!: InterviewMode;
  @Field() scheduledAt!: Date;
  @Field({ description: 'Place or link' }) location!: string;
}

/** A question asked. */
@InputType()
export class InterviewQuestionInput {
  @Field() itemCode!: string;
  @Field() question!: string;
}

/** The chief's record. */
@InputType()
export class RecordInterviewInput {
  @Field(() => ID) applicationId!: string;
  @Field() identityChecked!: boolean;
  @Field(() => String, { nullable: true }) changesSinceSubmission?: string | null;
  @Field(() => Int, { description: '≤ 10' }) selfStatementMinutes!: number;
  @Field(() => Int, { description: '≥ 30' }) questioningMinutes!: number;
  @Field(() => Int, { description: '≥ 10' }) deliberationMinutes!: number;
  @Field(() => [InterviewQuestionInput]) questions!: InterviewQuestionInput[];
  @Field(() => InterviewConclusion) conclusion!: InterviewConclusion;
  @Field(() => String, { nullable: true, description: 'PASS: improvement advice' }) advice?: string | null;
  @Field(() => String, { nullable: true, description: 'FAIL: reasons' }) reasons?: string | null;
}

/** The applicant's ratings of the interview. */
@InputType()
export class InterviewQuestionnaireInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int, { description: '1–5' }) overall!: number;
  @Field(() => Int, { description: '1–5' }) fairness!: number;
  @Field(() => Int, { description: '1–5' }) professionalism!: number;
  @Field(() => String, { nullable: true }) comments?: string | null;
}

/** The applicant's answers, for staff and the quality supervision (not for the interviewers rated). */
@ObjectType('InterviewQuestionnaire')
export class InterviewQuestionnaireType extends DossierPartObject {
  @Field(() => Int, { nullable: true }) overall!: number;
  @Field(() => Int, { nullable: true }) fairness!: number;
  @Field(() => Int, { nullable: true }) professionalism!: number;
  @Field(() => String, { nullable: true }) comments?: string | null;
  @Field({ nullable: true }) submittedAt!: Date;
}
