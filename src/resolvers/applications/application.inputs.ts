import { Field, ID, InputType, Int } from 'type-graphql';
import { AchievementCategory, ApplicationChannel, ApplicationStage, DegreeEvidenceKind, EducationLevel, FilePurpose, InternationalTitleKind, MajorWorkKind } from './application.enums';
import { LocalDate } from '../../graphql/scalars';

/** What the applicant chooses first; the society is the request's. */
@InputType()
export class StartApplicationInput {
  @Field() fieldCode!: string;
  @Field() specialtyCode!: string;
  @Field({ description: 'A grade of the field\'s ladder (grades(ladder) lists them; EngineeringField.grades offers them)' }) gradeCode!: string;
  @Field(() => ApplicationChannel, { defaultValue: ApplicationChannel.INDIVIDUAL }) channel!: ApplicationChannel;
}

/** The basic-information section: omitted fields keep their value, null clears one. */
@InputType()
export class BasicInformationInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Filled from the name when omitted' }) namePinyin?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'YYYY-MM-DD' }) birthDate?: string | null;
  @Field(() => String, { nullable: true }) membershipNumber?: string | null;
  @Field(() => String, { nullable: true }) mailingAddress?: string | null;
  @Field(() => String, { nullable: true }) mobile?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) employer?: string | null;
  @Field(() => String, { nullable: true }) employerEn?: string | null;
  @Field(() => Boolean, { nullable: true }) accreditedProgramme?: boolean | null;
  @Field(() => Boolean, { nullable: true }) wantsMutualRecognition?: boolean | null;
}

/** One education period. */
@InputType()
export class EducationInput {
  @Field(() => LocalDate, { description: 'YYYY-MM-DD' }) fromDate!: string;
  @Field(() => LocalDate, { description: 'YYYY-MM-DD' }) toDate!: string;
  @Field() school!: string;
  @Field(() => String, { nullable: true }) major?: string | null;
  @Field(() => EducationLevel) level!: EducationLevel;
  @Field(() => String, { nullable: true, description: '学历/学位, or 无' }) degree?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The degree from which work is counted' }) qualifying?: boolean | null;
}

/** One post of the work history. */
@InputType()
export class WorkHistoryInput {
  @Field(() => LocalDate) fromDate!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Omit for the current post' }) toDate?: string | null;
  @Field() employer!: string;
  @Field(() => String, { nullable: true }) department?: string | null;
  @Field() position!: string;
  @Field() refereeName!: string;
  @Field() refereeContact!: string;
  @Field(() => Boolean, { nullable: true }) majorEngineeringWork?: boolean | null;
  @Field(() => MajorWorkKind, { nullable: true }) majorWorkKind?: MajorWorkKind | null;
}

/** A passage and the competency items it evidences. */
@InputType()
export class CompetencyClaimInput {
  @Field() passage!: string;
  @Field(() => [String]) itemCodes!: string[];
}

/** One achievement. */
@InputType()
export class AchievementInput {
  @Field(() => AchievementCategory) category!: AchievementCategory;
  @Field(() => LocalDate) date!: string;
  @Field() title!: string;
  @Field() role!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

/** An international engineer title. */
@InputType()
export class InternationalTitleInput {
  @Field(() => InternationalTitleKind) kind!: InternationalTitleKind;
  @Field(() => String, { nullable: true, description: 'Required for OTHER' }) name?: string | null;
  @Field() number!: string;
}

/** Attaching an uploaded file to the dossier. */
@InputType()
export class AttachFileInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => ID, { description: 'The id returned by POST /files' }) fileId!: string;
  @Field(() => FilePurpose) purpose!: FilePurpose;
  @Field(() => DegreeEvidenceKind, { nullable: true, description: 'DEGREE_EVIDENCE only: which verification the file is; leave out for the degree certificate itself' })
  degreeEvidenceKind?: DegreeEvidenceKind | null;
  @Field(() => String, { nullable: true }) caption?: string | null;
}

/** The self-statement's career plan (seed 000): each horizon as written so far; empty ones are not written yet. */
@InputType()
export class CareerPlanInput {
  @Field(() => String, { nullable: true, description: 'Short term: 1–3 years' }) careerPlanShortTerm?: string | null;
  @Field(() => String, { nullable: true, description: 'Mid term: 3–7 years' }) careerPlanMidTerm?: string | null;
  @Field(() => String, { nullable: true, description: 'Long term: 7–10 years' }) careerPlanLongTerm?: string | null;
}

/** Detaching a file from the dossier. */
@InputType()
export class DetachFileInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => ID) fileId!: string;
}

/** An addition to a frozen dossier. */
@InputType()
export class AddSupplementInput {
  @Field(() => ID) applicationId!: string;
  @Field({ description: 'The part it concerns, e.g. workHistory or A3' }) concerns!: string;
  @Field() content!: string;
  @Field(() => ID, { nullable: true }) fileId?: string | null;
}

/** One step of the procedure taken by staff or the applicant. */
@InputType()
export class ProcedureStepInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => String, { nullable: true, description: 'Required for returns and refusals' }) reason?: string | null;
  @Field(() => [String], { nullable: true, description: 'What to complete or clarify (returns)' }) items?: string[] | null;
}

/** A submission step: the step's input and the applicant's consent to verification (seed 000). */
@InputType()
export class SubmissionStepInput extends ProcedureStepInput {
  @Field({ description: 'Submitting consents that the federation and the society may examine the dossier and verify it (即同意…查询); must be true' })
  consentToVerification!: boolean;
}

/** Work-queue filters; every one is a column staff may see. */
@InputType()
export class ApplicationFilter {
  @Field(() => [ApplicationStage], { nullable: true }) stages?: ApplicationStage[] | null;
  @Field(() => String, { nullable: true }) fieldCode?: string | null;
  @Field(() => String, { nullable: true }) specialtyCode?: string | null;
  @Field(() => String, { nullable: true }) gradeCode?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Past its stage or evaluation deadline' }) overdue?: boolean | null;
}
