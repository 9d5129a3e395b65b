import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CpdActivityKind, CpdAuditStatus } from '../../entities/enums';
import { LocalDate } from '../../graphql/scalars';

registerEnumType(CpdActivityKind, {
  name: 'CpdActivityKind',
  description: '在线学习 ONLINE_LEARNING / 培训进修 TRAINING / 学术会议 CONFERENCE / 授课讲座 TEACHING / 论文著作标准 PUBLICATION / 自学 SELF_STUDY / 其他 OTHER',
});
registerEnumType(CpdAuditStatus, { name: 'CpdAuditStatus', description: 'A drawn member: asked for evidence, answered, accepted or rejected' });

/** Policy facts every member-record object carries (not in the schema). */
interface MemberRecordObject {
  societyId: string;
  memberId: string;
}

/** An evidence file of a CPD activity (download it at GET /files/{id}). */
@ObjectType('CpdEvidenceFile')
export class CpdEvidenceFileType implements MemberRecordObject {
  societyId!: string;
  memberId!: string;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field({ nullable: true }) filename!: string;
  @Field({ nullable: true }) contentType!: string;
  @Field(() => Int, { nullable: true }) size!: number;
}

/** One CPD activity a member recorded. */
@ObjectType('CpdActivity')
export class CpdActivityType implements MemberRecordObject {
  societyId!: string;
  memberId!: string;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => ID, { nullable: true }) registrationId!: string;
  @Field(() => CpdActivityKind, { nullable: true }) kind!: CpdActivityKind;
  @Field({ nullable: true }) title!: string;
  @Field(() => String, { nullable: true }) provider!: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'China date' }) startedOn!: string;
  @Field(() => LocalDate, { nullable: true, description: 'China date; the activity counts in this year' }) endedOn!: string;
  @Field(() => Int, { nullable: true, description: '学时' }) hours!: number;
  @Field(() => [CpdEvidenceFileType], { nullable: true }) evidence!: CpdEvidenceFileType[];
}

/** A member's development summary of one year. */
@ObjectType('CpdSummary')
export class CpdSummaryType implements MemberRecordObject {
  societyId!: string;
  memberId!: string;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => Int, { nullable: true }) year!: number;
  @Field({ nullable: true }) summary!: string;
  @Field({ nullable: true }) updatedAt!: Date;
}

/** A member drawn for a year's CPD audit. */
@ObjectType('CpdAudit')
export class CpdAuditType implements MemberRecordObject {
  societyId!: string;
  memberId!: string;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => ID, { nullable: true }) registrationId!: string;
  @Field({ nullable: true }) registrationNumber!: string;
  @Field({ nullable: true }) name!: string;
  @Field(() => Int, { nullable: true }) year!: number;
  @Field(() => CpdAuditStatus, { nullable: true }) status!: CpdAuditStatus;
  @Field({ nullable: true }) requestedAt!: Date;
  @Field(() => String, { nullable: true }) evidenceNote!: string | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Required for a rejection' }) reasons!: string | null;
}

/** One year's CPD compliance of one registration: hours against the (prorated) minimum, and the audit outcome. */
@ObjectType('CpdYearCompliance')
export class CpdYearComplianceType implements MemberRecordObject {
  societyId!: string;
  memberId!: string;
  @Field(() => ID, { nullable: true }) registrationId!: string;
  @Field({ nullable: true }) registrationNumber!: string;
  @Field({ nullable: true }) name!: string;
  @Field({ nullable: true }) societyCode!: string;
  @Field(() => Int, { nullable: true }) year!: number;
  @Field(() => Int, { nullable: true, description: "The society's yearly minimum" }) minimumHours!: number;
  @Field(() => Int, { nullable: true, description: 'The minimum prorated to the days of the year the registration was valid' }) requiredHours!: number;
  @Field(() => Int, { nullable: true }) hours!: number;
  @Field(() => CpdAuditStatus, { nullable: true, description: 'null when the member was not drawn' }) auditStatus!: CpdAuditStatus | null;
  @Field(() => String, { nullable: true }) auditReasons!: string | null;
  @Field({ nullable: true }) summaryRecorded!: boolean;
  @Field({ nullable: true, description: 'Hours reached and no rejected audit' }) met!: boolean;
}

/** A member's CPD year: compliance, activities, summary and audit. */
@ObjectType('CpdYearRecord')
export class CpdYearRecordType implements MemberRecordObject {
  societyId!: string;
  memberId!: string;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => CpdYearComplianceType, { nullable: true }) compliance!: CpdYearComplianceType | null;
  @Field(() => [CpdActivityType], { nullable: true }) activities!: CpdActivityType[];
  @Field(() => CpdSummaryType, { nullable: true }) summary!: CpdSummaryType | null;
  @Field(() => CpdAuditType, { nullable: true }) audit!: CpdAuditType | null;
}

/** A society's audit draw of a year: how it was drawn, and whom. */
@ObjectType('CpdAuditDraw')
export class CpdAuditDrawType {
  societyId!: string;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => Int, { nullable: true }) year!: number;
  @Field(() => Int, { nullable: true }) ratePercent!: number;
  @Field({ nullable: true, description: 'With the population, re-derives the sample: order by md5(seed || registration id)' }) seed!: string;
  @Field(() => [ID], { nullable: true, description: 'The registrations drawn from (ACTIVE and valid during the year)' }) population!: string[];
  @Field({ nullable: true }) drawnAt!: Date;
  @Field(() => [CpdAuditType], { nullable: true }) audits!: CpdAuditType[];
}

/** One society's CPD figures of a year. */
@ObjectType('SocietyCpdFigures')
export class SocietyCpdFiguresType {
  societyId!: string;
  @Field({ nullable: true }) societyCode!: string;
  @Field(() => Int, { nullable: true }) year!: number;
  @Field(() => Int, { nullable: true }) members!: number;
  @Field(() => Int, { nullable: true }) met!: number;
  @Field(() => Int, { nullable: true }) audited!: number;
  @Field(() => Int, { nullable: true }) auditsAccepted!: number;
  @Field(() => Int, { nullable: true }) auditsRejected!: number;
  @Field(() => Int, { nullable: true }) auditsPending!: number;
}

/** A society's CPD requirements (the defaults until it sets its own). */
@ObjectType('CpdRequirements')
export class CpdRequirementsType {
  @Field({ nullable: true }) societyCode!: string;
  @Field(() => Int, { nullable: true, description: 'Hours a member owes each year (seed 000: 50, T/CAS 919)' }) minimumHours!: number;
  @Field(() => Int, { nullable: true, description: "Percentage of the society's members drawn each year for the audit" }) auditRatePercent!: number;
  @Field(() => Date, { nullable: true, description: 'null while the defaults apply' }) updatedAt!: Date | null;
}

/** A CPD activity as the member records it. */
@InputType()
export class CpdActivityInput {
  @Field(() => ID) registrationId!: string;
  @Field(() => CpdActivityKind) kind!: CpdActivityKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) provider?: string | null;
  @Field(() => LocalDate, { description: 'China date, YYYY-MM-DD' }) startedOn!: string;
  @Field(() => LocalDate, { description: 'China date, YYYY-MM-DD; within the registration, not after today' }) endedOn!: string;
  @Field(() => Int, { description: '学时, whole hours' }) hours!: number;
}
