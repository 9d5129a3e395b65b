import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HISTORY_ENTRY_KINDS, UNRECOGNIZED_HISTORY_ACTION, type HistoryEntryKind } from '../../policies/history.policy';
import { PageInfo, TOTAL_COUNT_DESCRIPTION } from '../common/connection';
import { DossierPartObject } from './dossier-part-object';
import { AchievementCategory, ApplicationChannel, ApplicationStage, DegreeEvidenceKind, EducationLevel, FilePurpose, InternationalTitleKind, MajorWorkKind } from './application.enums';
import { LocalDate } from '../../graphql/scalars';
import { NodeInterface } from '../common/node.types';

/** An application for a member grade: the procedure's state; its dossier parts are fields resolved per part. */
@ObjectType('Application', { implements: NodeInterface, description: 'An application for a member grade, with its dossier' })
export class ApplicationType {
  @Field(() => ID, { nullable: true })
  id!: string;

  societyId!: string;
  applicantId!: string;
  /** Not a GraphQL field: the facts of the RECOMMENDING_ENTERPRISE relation. */
  recommendingEnterpriseId?: string | null;
  /** Not a GraphQL field: the pre-application it was opened from. */
  preApplicationId?: string | null;
  fieldId!: string;
  specialtyId!: string;
  gradeId!: string;

  @Field(() => ApplicationChannel, { nullable: true })
  channel?: ApplicationChannel;

  @Field(() => ApplicationStage, { nullable: true })
  stage?: ApplicationStage;

  @Field(() => Int, { nullable: true, description: 'Send it back as expectedVersion with every change' })
  version?: number;

  @Field(() => Date, { nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  acceptedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the applicant last submitted, consenting to verification of the dossier (即同意…查询)' })
  verificationConsentAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Deadline of the current stage (completion, clarification), China date' })
  stageDeadline?: string | null;

  /** What the stage deadline counts from (not in the schema: stageDeadlineCalendarConfirmed needs it). */
  stageDeadlineStart?: string | null;

  @Field(() => String, { nullable: true, description: '12 months after acceptance: the evaluation must end by then' })
  evaluationDeadline?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Marked by staff at initial review; null until marked' })
  societyMember?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'What staff asked to complete or clarify in the last return' })
  returnRequest?: string[] | null;

  @Field(() => Date, { nullable: true })
  createdAt?: Date;

  @Field(() => Date, { nullable: true })
  updatedAt?: Date;
}

/** 基本信息. */
@ObjectType('BasicInformation')
export class BasicInformationType extends DossierPartObject {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) namePinyin?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => LocalDate, { nullable: true }) birthDate?: string | null;
  @Field(() => String, { nullable: true }) membershipNumber?: string | null;
  @Field(() => String, { nullable: true }) mailingAddress?: string | null;
  @Field(() => String, { nullable: true }) mobile?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) employer?: string | null;
  @Field(() => String, { nullable: true }) employerEn?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Undergraduate programme accredited (CEEAA)' }) accreditedProgramme?: boolean | null;
  @Field(() => Boolean, { nullable: true }) wantsMutualRecognition?: boolean | null;
}

/** One education period. */
@ObjectType('EducationEntry')
export class EducationEntryType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => LocalDate, { nullable: true }) fromDate?: string;
  @Field(() => LocalDate, { nullable: true }) toDate?: string;
  @Field(() => String, { nullable: true }) school?: string;
  @Field(() => String, { nullable: true }) major?: string | null;
  @Field(() => EducationLevel, { nullable: true }) level?: EducationLevel;
  @Field(() => String, { nullable: true }) degree?: string | null;
  @Field(() => Boolean, { nullable: true }) qualifying?: boolean;
}

/** One post of the work history. */
@ObjectType('WorkHistoryEntry')
export class WorkHistoryEntryType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => LocalDate, { nullable: true }) fromDate?: string;
  @Field(() => LocalDate, { nullable: true, description: 'null: current post' }) toDate?: string | null;
  @Field(() => String, { nullable: true }) employer?: string;
  @Field(() => String, { nullable: true }) department?: string | null;
  @Field(() => String, { nullable: true }) position?: string;
  @Field(() => String, { nullable: true }) refereeName?: string;
  @Field(() => String, { nullable: true }) refereeContact?: string;
  @Field(() => Boolean, { nullable: true }) majorEngineeringWork?: boolean;
  @Field(() => MajorWorkKind, { nullable: true }) majorWorkKind?: MajorWorkKind | null;
}

/** The self-statement with its measured length. */
@ObjectType('SelfStatement')
export class SelfStatementType extends DossierPartObject {
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => Int, { nullable: true, description: 'Characters, whitespace not counted' }) characterCount!: number;
  @Field(() => Int, { nullable: true }) recommendedMin!: number;
  @Field(() => Int, { nullable: true }) recommendedMax!: number;
  @Field({ nullable: true }) withinRecommendation!: boolean;
  @Field(() => String, { nullable: true, description: 'Career plan, short term (1–3 years)' }) careerPlanShortTerm?: string | null;
  @Field(() => String, { nullable: true, description: 'Career plan, mid term (3–7 years)' }) careerPlanMidTerm?: string | null;
  @Field(() => String, { nullable: true, description: 'Career plan, long term (7–10 years)' }) careerPlanLongTerm?: string | null;
}

/** A passage and the competency items it evidences. */
@ObjectType('CompetencyClaim')
export class CompetencyClaimType extends DossierPartObject {
  @Field(() => String, { nullable: true }) passage?: string;
  @Field(() => [String], { nullable: true }) itemCodes?: string[];
}

/** One professional achievement. */
@ObjectType('Achievement')
export class AchievementType extends DossierPartObject {
  @Field(() => AchievementCategory, { nullable: true }) category?: AchievementCategory;
  @Field(() => LocalDate, { nullable: true }) date?: string;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) role?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
}

/** An international engineer title. */
@ObjectType('InternationalTitle')
export class InternationalTitleType extends DossierPartObject {
  @Field(() => InternationalTitleKind, { nullable: true }) kind?: InternationalTitleKind;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) number?: string | null;
}

/** A stored file's metadata; the bytes are at downloadPath. */
@ObjectType('DossierFile')
export class DossierFileType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => FilePurpose, { nullable: true }) purpose?: FilePurpose | null;
  @Field(() => DegreeEvidenceKind, { nullable: true, description: 'Degree evidence: which verification the file is (null: the degree certificate itself)' })
  degreeEvidenceKind?: DegreeEvidenceKind | null;
  @Field(() => String, { nullable: true }) caption?: string | null;
  @Field(() => String, { nullable: true }) filename?: string;
  @Field(() => String, { nullable: true, description: 'Detected from the bytes' }) contentType?: string;
  @Field(() => Int, { nullable: true }) size?: number;
  @Field(() => String, { nullable: true }) sha256?: string;
  @Field(() => String, { nullable: true, description: 'GET with the same Authorization and X-Society headers' }) downloadPath?: string;
  @Field(() => Date, { nullable: true }) createdAt?: Date;
}

/** An addition to a frozen dossier. */
@ObjectType('Supplement')
export class SupplementType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => String, { nullable: true }) concerns?: string;
  @Field(() => String, { nullable: true }) content?: string;
  @Field(() => DossierFileType, { nullable: true }) file?: DossierFileType | null;
  @Field(() => Date, { nullable: true }) createdAt?: Date;
}

/** The kinds of history entry, as a GraphQL enum: a decision's name, or a step that keeps the stage (history.policy.ts). */
export const HistoryActionEnum = {
  ...(Object.fromEntries(HISTORY_ENTRY_KINDS.map((kind) => [kind, kind])) as Record<HistoryEntryKind, HistoryEntryKind>),
  unrecognized: UNRECOGNIZED_HISTORY_ACTION,
};
registerEnumType(HistoryActionEnum, {
  name: 'HistoryAction',
  description: 'What a history entry records: a decision of the procedure (submit, decideRegister, closeNoticeToRegistration…), or a step that keeps the stage',
  valuesConfig: { unrecognized: { description: 'A kind of entry this version does not know (its reason and actor are withheld)' } },
});

/** One step of the history. */
@ObjectType('ApplicationEvent')
export class ApplicationEventType extends DossierPartObject {
  @Field(() => ID, { nullable: true, description: 'What a complaint about a result names as the decision contested' }) id?: string;
  @Field(() => HistoryActionEnum, { nullable: true }) action?: string;
  @Field(() => ApplicationStage, { nullable: true }) fromStage?: ApplicationStage;
  @Field(() => ApplicationStage, { nullable: true }) toStage?: ApplicationStage;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => [String], { nullable: true }) items?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Display name of who took the step' }) actorName?: string | null;
  @Field(() => Date, { nullable: true }) at?: Date;
}

/** One entry of the submission checklist. */
@ObjectType('DossierIssue')
export class DossierIssueType extends DossierPartObject {
  @Field({ nullable: true }) code!: string;
  @Field({ nullable: true, description: 'Path of the dossier field, e.g. basicInformation.mobile, files.PLEDGE' }) field!: string;
  @Field({ nullable: true, description: 'BLOCKING or WARNING' }) severity!: string;
  @Field({ nullable: true }) messageZh!: string;
  @Field({ nullable: true }) messageEn!: string;
}

/** What still blocks submission. */
@ObjectType('DossierValidation')
export class DossierValidationType extends DossierPartObject {
  @Field({ nullable: true, description: 'No blocking issue left' }) ready!: boolean;
  @Field(() => [DossierIssueType], { nullable: true }) issues!: DossierIssueType[];
}

/** One basic condition and the figures behind it. */
@ObjectType('EligibilityCondition')
export class EligibilityConditionType extends DossierPartObject {
  @Field({ nullable: true }) code!: string;
  @Field({ nullable: true, description: 'MET, NOT_MET or NEEDS_REVIEW' }) status!: string;
  @Field(() => Number, { nullable: true }) required?: number | null;
  @Field(() => Number, { nullable: true }) actual?: number | null;
  @Field({ nullable: true }) noteZh!: string;
  @Field({ nullable: true }) noteEn!: string;
}

/** Computed eligibility for the grade. */
@ObjectType('Eligibility')
export class EligibilityType extends DossierPartObject {
  @Field({ nullable: true }) asOf!: string;
  @Field(() => String, { nullable: true, description: 'End of the qualifying degree: work is counted from here' }) countedFrom?: string | null;
  @Field({ nullable: true }) allMet!: boolean;
  @Field({ nullable: true, description: 'Overall: NOT_MET if any condition is not met, else NEEDS_REVIEW if any needs review, else MET' }) status!: string;
  @Field(() => [EligibilityConditionType], { nullable: true }) conditions!: EligibilityConditionType[];
}

/** One application in a page. */
@ObjectType('ApplicationEdge')
export class ApplicationEdge {
  @Field(() => String, { nullable: true }) cursor!: string;
  @Field(() => ApplicationType, { nullable: true }) node!: ApplicationType;
}

/** A page of applications. */
@ObjectType('ApplicationConnection')
export class ApplicationConnection {
  @Field(() => [ApplicationEdge], { nullable: true }) edges!: ApplicationEdge[];
  @Field(() => PageInfo, { nullable: true }) pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: TOTAL_COUNT_DESCRIPTION }) totalCount?: number | Promise<number>;
}
