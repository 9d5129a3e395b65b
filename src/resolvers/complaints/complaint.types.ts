import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ComplaintHandler, ComplaintKind, ComplaintOutcome, ComplaintStatus, ComplaintStepAction } from '../../entities/enums';
import type { ComplaintFacts } from '../../policies/complaint.policy';
import { LocalDate } from '../../graphql/scalars';
import { NodeInterface } from '../common/node.types';

registerEnumType(ComplaintKind, { name: 'ComplaintKind', description: '评价结果 RESULT (to the society) / 违反程序 PROCEDURE_BREACH / 管理不当 MISMANAGEMENT / 意见建议 OPINION (to the federation)' });
registerEnumType(ComplaintHandler, { name: 'ComplaintHandler', description: '获授权学会 SOCIETY / 联合体标准与质量监督委员会 QUALITY_SUPERVISION / 联合体秘书处 SECRETARIAT (escalation)' });
registerEnumType(ComplaintStatus, { name: 'ComplaintStatus' });
registerEnumType(ComplaintStepAction, { name: 'ComplaintStepAction' });
registerEnumType(ComplaintOutcome, { name: 'ComplaintOutcome' });

/** Who complained: the handlers only (and the complainant). */
@ObjectType('Complainant')
export class ComplainantType {
  complaintFacts!: ComplaintFacts;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => String, { nullable: true, description: 'null for an anonymous opinion' }) name!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) contact!: string | null;
}

/** One recorded step of the handling; its note and evidence are the handlers'. */
@ObjectType('ComplaintStep')
export class ComplaintStepType {
  complaintFacts!: ComplaintFacts;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => Int, { nullable: true }) round!: number;
  @Field(() => ComplaintHandler, { nullable: true }) handler!: ComplaintHandler;
  @Field(() => ComplaintStepAction, { nullable: true }) action!: ComplaintStepAction;
  @Field({ nullable: true }) at!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) evidence!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
}

/** A complaint, appeal or opinion and its handling. */
@ObjectType('Complaint', { implements: NodeInterface })
export class ComplaintType {
  complaintFacts!: ComplaintFacts;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => ComplaintKind, { nullable: true }) kind!: ComplaintKind;
  @Field(() => ComplaintHandler, { nullable: true }) handler!: ComplaintHandler;
  @Field(() => ComplaintStatus, { nullable: true }) status!: ComplaintStatus;
  @Field(() => Int, { nullable: true, description: '2 once escalated to the secretariat' }) round!: number;
  @Field(() => String, { nullable: true }) societyCode!: string | null;
  @Field(() => ID, { nullable: true }) applicationId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The decision contested (an event of the application history)' }) decisionEventId!: string | null;
  @Field(() => String, { nullable: true }) concernsRegistrationNumber!: string | null;
  @Field({ nullable: true }) subject!: string;
  @Field({ nullable: true }) content!: string;
  @Field(() => LocalDate, { nullable: true, description: 'China date the current handler received it' }) receivedOn!: string;
  @Field(() => Int, { nullable: true }) targetWorkingDays!: number;
  @Field(() => LocalDate, { nullable: true }) dueOn!: string;
  @Field(() => Int, { nullable: true, description: 'Working days from receipt to feedback (or to today while open)' }) workingDaysTaken!: number;
  @Field({ nullable: true, description: 'Feedback later than the due date, or none yet past it' }) overdue!: boolean;
  @Field(() => ComplaintOutcome, { nullable: true, description: 'The handlers; the complainant once given feedback' }) outcome!: ComplaintOutcome | null;
  @Field(() => String, { nullable: true }) feedback!: string | null;
  @Field(() => LocalDate, { nullable: true }) feedbackOn!: string | null;
  @Field(() => ComplainantType, { nullable: true }) complainant!: ComplainantType;
  @Field(() => [ComplaintStepType], { nullable: true }) steps!: ComplaintStepType[];
}

/** A handler's target in working days. */
@ObjectType('ComplaintTarget')
export class ComplaintTargetType {
  @Field(() => ComplaintHandler, { nullable: true }) handler!: ComplaintHandler;
  @Field(() => Int, { nullable: true }) workingDays!: number;
}

/** What is lodged. */
@InputType()
export class LodgeComplaintInput {
  @Field(() => ComplaintKind) kind!: ComplaintKind;
  @Field() subject!: string;
  @Field() content!: string;
  @Field(() => String, { nullable: true, description: 'How to reach you (an anonymous opinion that wants an answer)' }) contact?: string | null;
  @Field(() => ID, { nullable: true, description: 'RESULT: your application' }) applicationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'RESULT: the decision contested (an id from the application history)' }) decisionEventId?: string | null;
  @Field(() => String, { nullable: true, description: 'PROCEDURE_BREACH / MISMANAGEMENT: the society; OPINION: optional' }) societyCode?: string | null;
  @Field(() => String, { nullable: true, description: 'A member the complaint is about' }) concernsRegistrationNumber?: string | null;
}

/** A handler's step. */
@InputType()
export class HandleComplaintInput {
  @Field(() => ID) complaintId!: string;
  @Field(() => ComplaintStepAction, { description: 'ASSIGN, INVESTIGATE, DECIDE or FEEDBACK' }) action!: ComplaintStepAction;
  @Field({ description: 'What was done, found, decided or told' }) note!: string;
  @Field(() => String, { nullable: true, description: 'The evidence the step rests on' }) evidence?: string | null;
  @Field(() => ID, { nullable: true, description: 'ASSIGN: the handler account' }) assigneeId?: string | null;
  @Field(() => ComplaintOutcome, { nullable: true, description: 'DECIDE: the conclusion' }) outcome?: ComplaintOutcome | null;
}
