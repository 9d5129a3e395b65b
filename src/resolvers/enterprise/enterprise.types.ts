import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApplicationChannel, OverseasProjectStatus, OverseasProjectType, PreApplicationStatus } from '../../entities/enums';
import type { EnterpriseChannelFacts } from '../../policies/pre-application.policy';
import { EnterpriseType } from '../accounts/account.types';
import { ApplicationType } from '../applications/application.types';
import { PageInfo, TOTAL_COUNT_DESCRIPTION } from '../common/connection';
import { LocalDate } from '../../graphql/scalars';

registerEnumType(OverseasProjectType, { name: 'OverseasProjectType', description: '对外投资 INVESTMENT / 承包工程 CONTRACTING / 对外劳务 LABOUR / 对外援助 AID / 其他 OTHER' });
registerEnumType(OverseasProjectStatus, {
  name: 'OverseasProjectStatus',
  description: '筹建准备 PREPARING / 在建 UNDER_CONSTRUCTION / 完工 COMPLETED / 已完工等待验收移交 AWAITING_HANDOVER / 运营中 OPERATING',
});
registerEnumType(PreApplicationStatus, { name: 'PreApplicationStatus', description: 'A pre-application (拟参加工程能力评价申请) after screening' });

/** Where a recommendation code stands. */
export enum RecommendationCodeStatus {
  ACTIVE = 'ACTIVE',
  REDEEMED = 'REDEEMED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(RecommendationCodeStatus, { name: 'RecommendationCodeStatus' });

/** An overseas key project of the recommending-unit form. */
@ObjectType('OverseasProject', { description: '企业海外重点项目' })
export class OverseasProjectObject {
  @Field(() => String, { nullable: true }) name!: string;
  @Field(() => String, { nullable: true }) countryOrRegion!: string;
  @Field(() => OverseasProjectType, { nullable: true }) type!: OverseasProjectType;
  @Field(() => OverseasProjectStatus, { nullable: true }) status!: OverseasProjectStatus;
  @Field(() => Int, { nullable: true }) chineseEngineersAbroad!: number;
  @Field(() => Int, { nullable: true }) foreignEngineersHired!: number;
  @Field(() => Int, { nullable: true, description: 'How many of the Chinese engineers abroad meet the PROFESSIONAL basics' }) meetingProfessionalBasics!: number;
}

/** A project planned for the next 3 years. */
@ObjectType('PlannedProject', { description: '未来三年计划外派参与工程项目' })
export class PlannedProjectObject {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) countryOrRegion?: string | null;
}

/** 推荐单位信息表. */
@ObjectType('RecommendingUnitForm', { description: '推荐单位信息表 (seed 004 附件 3)' })
export class RecommendingUnitFormObject {
  channelFacts!: EnterpriseChannelFacts;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => EnterpriseType, { nullable: true }) enterprise!: EnterpriseType;
  @Field(() => [String], { nullable: true, description: 'The societies the form was sent to (a society\'s staff see their own society only)' }) sentToSocietyCodes!: string[];
  @Field(() => String, { nullable: true }) contactName!: string;
  @Field(() => String, { nullable: true }) contactPhone!: string;
  @Field(() => Int, { nullable: true }) engineersPerBatch!: number;
  @Field(() => [OverseasProjectObject], { nullable: true }) overseasProjects!: OverseasProjectObject[];
  @Field(() => [PlannedProjectObject], { nullable: true }) plannedProjects!: PlannedProjectObject[];
  @Field(() => Date, { nullable: true }) submittedAt!: Date;
  @Field(() => Int, { nullable: true }) version!: number;
}

/** A society's recommendation right for an enterprise in one field. */
@ObjectType('RecommendationRight', { description: '推荐权限: a society opens it for an enterprise in one of its fields' })
export class RecommendationRightObject {
  channelFacts!: EnterpriseChannelFacts;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => String, { nullable: true }) societyCode!: string;
  @Field(() => String, { nullable: true }) fieldCode!: string;
  @Field(() => Date, { nullable: true }) openedAt!: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt?: Date | null;
  @Field(() => String, { nullable: true }) withdrawalReason?: string | null;
}

/** A recommendation code as its enterprise sees it; `code` only in the answer that assigned it. */
@ObjectType('RecommendationCode', { description: '推荐码: only its SHA-256 digest is stored; the code itself is shown once' })
export class RecommendationCodeObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => String, { nullable: true, description: 'The code, in the answer of assignRecommendationCodes only (never readable again)' }) code?: string | null;
  @Field(() => ID, { nullable: true }) batchId!: string;
  @Field(() => String, { nullable: true }) societyCode!: string;
  @Field(() => String, { nullable: true }) fieldCode!: string;
  @Field(() => String, { nullable: true }) gradeCode!: string;
  @Field(() => String, { nullable: true }) engineerName!: string;
  @Field(() => String, { nullable: true }) engineerContact!: string;
  @Field(() => String, { nullable: true }) currentLocation!: string;
  @Field(() => String, { nullable: true }) experienceSummary!: string;
  @Field(() => String, { nullable: true }) overseasProject!: string;
  @Field(() => Date, { nullable: true }) createdAt!: Date;
  @Field(() => Date, { nullable: true }) expiresAt!: Date;
  @Field(() => RecommendationCodeStatus, { nullable: true }) status!: RecommendationCodeStatus;
  @Field(() => Date, { nullable: true }) revokedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Why the society revoked it (its recommendation right was withdrawn); null when the enterprise revoked it' }) revocationReason?: string | null;
}

/** The answer of assignRecommendationCodes: the batch and its codes, in clear this once. */
@ObjectType('AssignRecommendationCodesPayload')
export class AssignRecommendationCodesPayload {
  @Field(() => ID, { nullable: true }) batchId!: string;
  @Field(() => [RecommendationCodeObject], { nullable: true }) codes!: RecommendationCodeObject[];
}

/** One code in a page. */
@ObjectType('RecommendationCodeEdge')
export class RecommendationCodeEdge {
  @Field(() => String, { nullable: true }) cursor!: string;
  @Field(() => RecommendationCodeObject, { nullable: true }) node!: RecommendationCodeObject;
}

/** A page of the enterprise's codes, newest first. */
@ObjectType('RecommendationCodeConnection')
export class RecommendationCodeConnection {
  @Field(() => [RecommendationCodeEdge], { nullable: true }) edges!: RecommendationCodeEdge[];
  @Field(() => PageInfo, { nullable: true }) pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: TOTAL_COUNT_DESCRIPTION }) totalCount?: number | Promise<number>;
}

/** An application round with its closing date. */
@ObjectType('ApplicationRound', { description: "A society's application round (seed 004: 4 月 20 日前)" })
export class ApplicationRoundObject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => LocalDate, { description: 'China date, inclusive' }) closesOn!: string;
}

/** 拟参加工程能力评价申请. */
@ObjectType('PreApplication', { description: '拟参加工程能力评价申请: through the enterprise channel (with a code) or a society channel' })
export class PreApplicationObject {
  channelFacts!: EnterpriseChannelFacts;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => ApplicationChannel, { nullable: true }) channel!: ApplicationChannel;
  @Field(() => PreApplicationStatus, { nullable: true }) status!: PreApplicationStatus;
  @Field(() => String, { nullable: true }) societyCode!: string;
  @Field(() => EnterpriseType, { nullable: true }) enterprise?: EnterpriseType | null;
  @Field(() => String, { nullable: true }) fieldCode!: string;
  @Field(() => String, { nullable: true }) gradeCode!: string;
  @Field(() => String, { nullable: true }) name!: string;
  @Field(() => String, { nullable: true }) contact!: string;
  @Field(() => String, { nullable: true }) currentLocation!: string;
  @Field(() => String, { nullable: true }) experienceSummary!: string;
  @Field(() => String, { nullable: true }) overseasProject?: string | null;
  @Field(() => ApplicationRoundObject, { nullable: true }) round?: ApplicationRoundObject | null;
  @Field(() => Date, { nullable: true }) createdAt!: Date;
  @Field(() => Date, { nullable: true }) screenedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'The refusal reasons (or the approval note)' }) screeningReason?: string | null;
  @Field(() => Boolean, { nullable: true }) screenedByFederation!: boolean;
  @Field(() => Date, { nullable: true }) consultationRequestedAt?: Date | null;
  @Field(() => LocalDate, { nullable: true }) consultationHeldOn?: string | null;
  @Field(() => String, { nullable: true }) consultationNote?: string | null;
  @Field(() => ID, { nullable: true, description: 'The formal application it opened, once started' }) applicationId?: string | null;
  @Field(() => Int, { nullable: true }) version!: number;
}

/** One pre-application in a page. */
@ObjectType('PreApplicationEdge')
export class PreApplicationEdge {
  @Field(() => String, { nullable: true }) cursor!: string;
  @Field(() => PreApplicationObject, { nullable: true }) node!: PreApplicationObject;
}

/** A page of pre-applications, newest first. */
@ObjectType('PreApplicationConnection')
export class PreApplicationConnection {
  @Field(() => [PreApplicationEdge], { nullable: true }) edges!: PreApplicationEdge[];
  @Field(() => PageInfo, { nullable: true }) pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: TOTAL_COUNT_DESCRIPTION }) totalCount?: number | Promise<number>;
}

/**
 * One of the enterprise's recommendees: what the enterprise itself entered with the code, the screening's outcome,
 * and the formal application, whose fields the visibility matrix decides (procedure and identity only).
 */
@ObjectType('Recommendee', { description: "A recommending enterprise's recommendee (推荐人员) and their progress" })
export class RecommendeeObject {
  @Field(() => ID, { nullable: true }) preApplicationId!: string;
  @Field(() => String, { nullable: true }) name!: string;
  @Field(() => String, { nullable: true }) societyCode!: string;
  @Field(() => String, { nullable: true }) fieldCode!: string;
  @Field(() => String, { nullable: true }) gradeCode!: string;
  @Field(() => PreApplicationStatus, { nullable: true }) preApplicationStatus!: PreApplicationStatus;
  @Field(() => Date, { nullable: true }) preApplicationSubmittedAt!: Date;
  @Field(() => Date, { nullable: true }) screenedAt?: Date | null;
  @Field(() => ApplicationRoundObject, { nullable: true }) round?: ApplicationRoundObject | null;
  @Field(() => ApplicationType, { nullable: true, description: 'The formal application: stage, dates, deadlines and outcome; never the dossier' })
  application?: ApplicationType | null;
}

/** One recommendee in a page. */
@ObjectType('RecommendeeEdge')
export class RecommendeeEdge {
  @Field(() => String, { nullable: true }) cursor!: string;
  @Field(() => RecommendeeObject, { nullable: true }) node!: RecommendeeObject;
}

/** A page of the enterprise's recommendees, newest first. */
@ObjectType('RecommendeeConnection')
export class RecommendeeConnection {
  @Field(() => [RecommendeeEdge], { nullable: true }) edges!: RecommendeeEdge[];
  @Field(() => PageInfo, { nullable: true }) pageInfo!: PageInfo;

  @Field(() => Int, { nullable: true, description: TOTAL_COUNT_DESCRIPTION }) totalCount?: number | Promise<number>;
}

/** The enterprise in scope with its form and its rights. */
@ObjectType('EnterpriseOverview')
export class EnterpriseOverviewObject {
  @Field(() => EnterpriseType, { nullable: true }) enterprise!: EnterpriseType;
  @Field(() => RecommendingUnitFormObject, { nullable: true }) form?: RecommendingUnitFormObject | null;
  @Field(() => [RecommendationRightObject], { nullable: true }) recommendationRights!: RecommendationRightObject[];
}

/** A society's settings of the enterprise channel. */
@ObjectType('EnterpriseChannelSettings')
export class EnterpriseChannelSettingsObject {
  @Field(() => String, { nullable: true }) societyCode!: string;
  @Field(() => Int, { nullable: true }) batchLimit!: number;
  @Field(() => Int, { nullable: true }) codeValidDays!: number;
}

/** The enterprise channel's 6-month target (seed 002: 总体评价周期不超过6个月) against the time taken. */
@ObjectType('EnterpriseChannelProgress')
export class EnterpriseChannelProgressObject {
  @Field(() => LocalDate, { nullable: true, description: 'China date the pre-application was submitted: the evaluation cycle starts' }) startedOn!: string;
  @Field(() => LocalDate, { nullable: true, description: 'startedOn + 6 months' }) targetOn!: string;
  @Field(() => Int, { nullable: true, description: 'Days from startedOn to today (or to the outcome, once final)' }) elapsedDays!: number;
  @Field(() => Boolean, { nullable: true }) withinTarget!: boolean;
}

// Inputs.

/** An overseas key project as filed. */
@InputType('OverseasProjectInput')
export class OverseasProjectInput {
  @Field() name!: string;
  @Field() countryOrRegion!: string;
  @Field(() => OverseasProjectType) type!: OverseasProjectType;
  @Field(() => OverseasProjectStatus) status!: OverseasProjectStatus;
  @Field(() => Int) chineseEngineersAbroad!: number;
  @Field(() => Int) foreignEngineersHired!: number;
  @Field(() => Int) meetingProfessionalBasics!: number;
}

/** A planned project as filed (both parts "如有"). */
@InputType('PlannedProjectInput')
export class PlannedProjectInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) countryOrRegion?: string | null;
}

/** The recommending-unit form. */
@InputType('RecommendingUnitFormInput')
export class RecommendingUnitFormInput {
  @Field() contactName!: string;
  @Field() contactPhone!: string;
  @Field(() => Int) engineersPerBatch!: number;
  @Field(() => [OverseasProjectInput]) overseasProjects!: OverseasProjectInput[];
  @Field(() => [PlannedProjectInput]) plannedProjects!: PlannedProjectInput[];
  @Field(() => [String], { nullable: true, description: 'Society codes the form is sent to (seed 004: the society opens rights); added to earlier ones. Only they (and societies holding rights with the enterprise) read the form' })
  sentToSocietyCodes?: string[] | null;
}

/** One named engineer to recommend. */
@InputType('RecommendedEngineerInput')
export class RecommendedEngineerInput {
  @Field() name!: string;
  @Field() contact!: string;
  @Field() fieldCode!: string;
  @Field() currentLocation!: string;
  @Field({ description: 'The intended grade (拟申请级别)' }) gradeCode!: string;
  @Field({ description: '≤ 300 characters' }) experienceSummary!: string;
  @Field({ description: 'The overseas (or planned) project of the form the engineer belongs to' }) overseasProject!: string;
}

/** A batch of codes for one society. */
@InputType('AssignRecommendationCodesInput')
export class AssignRecommendationCodesInput {
  @Field({ description: 'The society whose recommendation right the codes use' }) societyCode!: string;
  @Field(() => [RecommendedEngineerInput]) engineers!: RecommendedEngineerInput[];
}

/** A person to appoint. */
@InputType('EnterpriseAppointmentInput')
export class EnterpriseAppointmentInput {
  @Field(() => ID, { nullable: true, description: 'appointEnterpriseAdmin: the enterprise; appointEnterpriseRecommender: ignored (the admin\'s own)' })
  enterpriseId?: string | null;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field({ description: 'Used only if the person has no account yet' }) initialPassword!: string;
}

/** The society channel's pre-application. */
@InputType('SubmitPreApplicationInput')
export class SubmitPreApplicationInput {
  @Field() fieldCode!: string;
  @Field() gradeCode!: string;
  @Field() name!: string;
  @Field() contact!: string;
  @Field() currentLocation!: string;
  @Field() experienceSummary!: string;
}

/** A screening decision. */
@InputType('ScreenPreApplicationInput')
export class ScreenPreApplicationInput {
  @Field(() => ID) preApplicationId!: string;
  @Field() approve!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when refusing' }) reason?: string | null;
  @Field(() => String, { nullable: true, description: 'Federation committee: the society of the field it is allocated to' }) allocateToSocietyCode?: string | null;
}
