import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ExceptionalGround, InternBasis, LearningKind, ProjectLevel, ProjectRole, ResearchOutputKind, SkillLevel } from './automotive-enums';
import { LocalDate } from '../../graphql/scalars';

/** A vocational skill certificate (职业资格或职业技能等级证书) and when it was obtained. */
@ObjectType('AutomotiveSkillCertificate')
export class SkillCertificate {
  @Field(() => SkillLevel, { nullable: true }) level!: SkillLevel;
  @Field(() => LocalDate, { nullable: true }) obtainedOn!: string;
}

/** A period in a skill post (技能岗位): counted at 50% as technical-post years after a certificate (§7.2.1). */
@ObjectType('AutomotiveSkillPostPeriod')
export class SkillPostPeriod {
  @Field(() => LocalDate, { nullable: true }) fromDate!: string;
  @Field(() => LocalDate, { nullable: true, description: 'null: still in the post' }) toDate?: string | null;
}

/** An award or title claimed for an exceptional route (§5.3, §7.3). */
@ObjectType('AutomotiveExceptionalClaim')
export class ExceptionalClaim {
  @Field(() => ExceptionalGround, { nullable: true }) ground!: ExceptionalGround;
  @Field(() => Int, { nullable: true, description: "The applicant's rank among the certificate holders (null for a personal title)" }) rank?: number | null;
  @Field(() => String, { nullable: true }) title!: string;
}

/** Training attended or teaching given (§5.4): its length in minutes makes its class hours (one per 45 minutes). */
@ObjectType('AutomotiveLearningActivity')
export class LearningActivity {
  @Field(() => LearningKind, { nullable: true }) kind!: LearningKind;
  @Field(() => LocalDate, { nullable: true }) date!: string;
  @Field(() => String, { nullable: true }) title!: string;
  @Field(() => Int, { nullable: true }) minutes!: number;
}

/** A completed project (§5.5.2). */
@ObjectType('AutomotiveProject')
export class Project {
  @Field(() => String, { nullable: true }) title!: string;
  @Field(() => ProjectLevel, { nullable: true }) level!: ProjectLevel;
  @Field(() => ProjectRole, { nullable: true }) role!: ProjectRole;
  @Field(() => LocalDate, { nullable: true }) completedOn!: string;
}

/** A research output (§5.6). */
@ObjectType('AutomotiveResearchOutput')
export class ResearchOutput {
  @Field(() => ResearchOutputKind, { nullable: true }) kind!: ResearchOutputKind;
  @Field(() => String, { nullable: true }) title!: string;
  @Field(() => LocalDate, { nullable: true }) date!: string;
}

/** The automotive category's own dossier fields (seed 003 §5, §7). */
@ObjectType('AutomotiveCategoryFields', { description: 'Dossier fields of the automotive category (CSAE, seed 003)' })
export class AutomotiveCategoryFields {
  @Field(() => Boolean, { nullable: true, description: '本科三年级及以上在读 (§5.2.1 b)' }) studentInYear3OrAbove!: boolean;
  @Field(() => [SkillCertificate], { nullable: true }) skillCertificates!: SkillCertificate[];
  @Field(() => [SkillPostPeriod], { nullable: true }) skillPostPeriods!: SkillPostPeriod[];
  @Field(() => [ExceptionalClaim], { nullable: true }) exceptionalClaims!: ExceptionalClaim[];
  @Field(() => [LearningActivity], { nullable: true }) learningActivities!: LearningActivity[];
  @Field(() => [Project], { nullable: true }) projects!: Project[];
  @Field(() => [ResearchOutput], { nullable: true }) researchOutputs!: ResearchOutput[];
  @Field(() => InternBasis, { nullable: true }) internBasis?: InternBasis | null;
  @Field(() => String, { nullable: true, description: '学习或实习总结 (interns, §5.5.3)' }) studySummary?: string | null;
  @Field(() => String, { nullable: true, description: '技术工作总结 (§5.5.4; ≥ 2000 characters for assistant and engineer, ≥ 3000 for senior and principal)' }) technicalWorkSummary?: string | null;
  @Field(() => Int, { nullable: true, description: 'Characters of the technical work summary (whitespace not counted)' }) technicalWorkSummaryLength!: number;
}

@InputType('AutomotiveSkillCertificateInput')
export class SkillCertificateInput {
  @Field(() => SkillLevel) level!: SkillLevel;
  @Field(() => LocalDate) obtainedOn!: string;
}

@InputType('AutomotiveSkillPostPeriodInput')
export class SkillPostPeriodInput {
  @Field(() => LocalDate) fromDate!: string;
  @Field(() => LocalDate, { nullable: true }) toDate?: string | null;
}

@InputType('AutomotiveExceptionalClaimInput')
export class ExceptionalClaimInput {
  @Field(() => ExceptionalGround) ground!: ExceptionalGround;
  @Field(() => Int, { nullable: true }) rank?: number | null;
  @Field() title!: string;
}

@InputType('AutomotiveLearningActivityInput')
export class LearningActivityInput {
  @Field(() => LearningKind) kind!: LearningKind;
  @Field(() => LocalDate) date!: string;
  @Field() title!: string;
  @Field(() => Int) minutes!: number;
}

@InputType('AutomotiveProjectInput')
export class ProjectInput {
  @Field() title!: string;
  @Field(() => ProjectLevel) level!: ProjectLevel;
  @Field(() => ProjectRole) role!: ProjectRole;
  @Field(() => LocalDate) completedOn!: string;
}

@InputType('AutomotiveResearchOutputInput')
export class ResearchOutputInput {
  @Field(() => ResearchOutputKind) kind!: ResearchOutputKind;
  @Field() title!: string;
  @Field(() => LocalDate) date!: string;
}

/** Input of the automotive category's fields (the whole field set, replaced on every save). */
@InputType('AutomotiveCategoryFieldsInput')
export class AutomotiveCategoryFieldsInput {
  @Field(() => Boolean, { nullable: true }) studentInYear3OrAbove?: boolean | null;
  @Field(() => [SkillCertificateInput], { nullable: true }) skillCertificates?: SkillCertificateInput[] | null;
  @Field(() => [SkillPostPeriodInput], { nullable: true }) skillPostPeriods?: SkillPostPeriodInput[] | null;
  @Field(() => [ExceptionalClaimInput], { nullable: true }) exceptionalClaims?: ExceptionalClaimInput[] | null;
  @Field(() => [LearningActivityInput], { nullable: true }) learningActivities?: LearningActivityInput[] | null;
  @Field(() => [ProjectInput], { nullable: true }) projects?: ProjectInput[] | null;
  @Field(() => [ResearchOutputInput], { nullable: true }) researchOutputs?: ResearchOutputInput[] | null;
  @Field(() => InternBasis, { nullable: true }) internBasis?: InternBasis | null;
  @Field(() => String, { nullable: true }) studySummary?: string | null;
  @Field(() => String, { nullable: true }) technicalWorkSummary?: string | null;
}
