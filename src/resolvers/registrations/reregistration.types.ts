import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RegistrationReasonKind, RegistrationStatus, ReregistrationCondition, ReregistrationStatus } from '../../entities/enums';
import { LocalDate } from '../../graphql/scalars';

registerEnumType(ReregistrationStatus, { name: 'ReregistrationStatus' });
registerEnumType(ReregistrationCondition, { name: 'ReregistrationCondition', description: 'The conditions of re-registration (seed 000)' });

/** The facts every object of a registration carries for its policy (not a GraphQL field). */
export interface RegistrationFacts {
  registrationFacts: { societyId: string; memberId: string };
}

/** One condition of a re-registration request: met, not met, or not checked yet (null). */
@ObjectType('ReregistrationConditionCheck')
export class ConditionCheckType implements RegistrationFacts {
  registrationFacts!: { societyId: string; memberId: string };
  @Field(() => ReregistrationCondition, { nullable: true }) condition!: ReregistrationCondition;
  @Field(() => Boolean, { nullable: true, description: 'null while staff have not checked it' }) met!: boolean | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

/** A request to re-register and where it stands. */
@ObjectType('ReregistrationRequest')
export class ReregistrationRequestType implements RegistrationFacts {
  registrationFacts!: { societyId: string; memberId: string };
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => String, { nullable: true }) registrationNumber!: string;
  @Field(() => ReregistrationStatus, { nullable: true }) status!: ReregistrationStatus;
  @Field(() => Date, { nullable: true }) requestedAt!: Date;
  @Field(() => String, { nullable: true }) statement!: string;
  @Field(() => String, { nullable: true, description: 'The validity it renews ends on this day' }) expiring!: string;
  @Field(() => LocalDate, { nullable: true }) windowOpensOn!: string;
  @Field(() => LocalDate, { nullable: true }) windowClosesOn!: string;
  @Field(() => [ConditionCheckType], { nullable: true, description: 'Every condition, in the order of seed 000' }) conditions!: ConditionCheckType[];
  @Field(() => String, { nullable: true, description: 'Why it was refused (or a note on the grant)' }) reasons!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) newValidFrom!: string | null;
  @Field(() => LocalDate, { nullable: true }) newValidUntil!: string | null;
}

/** One certificate issue of a registration. */
@ObjectType('CertificateIssue')
export class CertificateIssueType implements RegistrationFacts {
  registrationFacts!: { societyId: string; memberId: string };
  @Field(() => Int, { nullable: true }) issue!: number;
  @Field(() => String, { nullable: true }) validFrom!: string;
  @Field(() => LocalDate, { nullable: true }) validUntil!: string;
  @Field(() => Date, { nullable: true }) issuedAt!: Date;
  @Field(() => Date, { nullable: true }) supersededAt!: Date | null;
}

/** A member's own registration: status, certificates, the re-registration window and requests. */
@ObjectType('MemberRegistration')
export class MemberRegistrationType implements RegistrationFacts {
  registrationFacts!: { societyId: string; memberId: string };
  @Field(() => String, { nullable: true }) registrationNumber!: string;
  @Field(() => String, { nullable: true }) societyCode!: string;
  @Field(() => RegistrationStatus, { nullable: true }) status!: RegistrationStatus;
  @Field(() => Date, { nullable: true }) statusChangedAt!: Date | null;
  @Field(() => RegistrationReasonKind, { nullable: true }) statusReasonKind!: RegistrationReasonKind | null;
  @Field(() => Date, { nullable: true, description: 'When the suspended member applied to be restored' }) restorationRequestedAt!: Date | null;
  @Field(() => String, { nullable: true }) validFrom!: string;
  @Field(() => LocalDate, { nullable: true }) validUntil!: string;
  @Field(() => LocalDate, { nullable: true, description: 'First day a re-registration may be requested' }) reregistrationOpensOn!: string;
  @Field(() => LocalDate, { nullable: true, description: 'Last day; after it the registration is cancelled' }) reregistrationClosesOn!: string;
  @Field(() => [String], { nullable: true, description: 'What the viewer may do now (registration policy)' }) viewerCan!: string[];
  @Field(() => [CertificateIssueType], { nullable: true }) certificates!: CertificateIssueType[];
  @Field(() => [ReregistrationRequestType], { nullable: true, description: 'Latest first' }) reregistrations!: ReregistrationRequestType[];
}

/** The member's request. */
@InputType()
export class RequestReregistrationInput {
  @Field() registrationNumber!: string;
  @Field({ description: 'What the member states for the conditions (conduct, CPD, current work…)' }) statement!: string;
}

/** One condition as staff checked it. */
@InputType()
export class ConditionCheckInput {
  @Field(() => ReregistrationCondition) condition!: ReregistrationCondition;
  @Field() met!: boolean;
  @Field(() => String, { nullable: true }) note?: string | null;
}

/** Staff's check of some or all conditions. */
@InputType()
export class CheckReregistrationConditionsInput {
  @Field(() => ID) requestId!: string;
  @Field(() => [ConditionCheckInput]) conditions!: ConditionCheckInput[];
}

/** Staff's decision. */
@InputType()
export class DecideReregistrationInput {
  @Field(() => ID) requestId!: string;
  @Field() grant!: boolean;
  @Field(() => String, { nullable: true, description: 'Required when refused: the member is told why' }) reasons?: string | null;
}
