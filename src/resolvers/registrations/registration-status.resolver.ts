import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { RegistrationReasonKind } from '../../entities/enums';
import type { RequestContext } from '../../http/request-context';
import {
  applyForRestorationCommand, barApplicantCommand, cancelRegistrationCommand, restoreRegistrationCommand, revokeRegistrationCommand, suspendRegistrationCommand,
} from '../../registration/status-change.commands';
import { RegisteredMemberType, toMember } from '../applications/registration.resolver';

/** A decision on a member's standing, with its reasons (kept in the history). */
@InputType()
export class RegistrationDecisionInput {
  @Field() registrationNumber!: string;
  @Field({ description: 'Why: kept in the history, told to the member' }) reason!: string;
}

/** A suspended member's application to be restored. */
@InputType()
export class RestorationApplicationInput {
  @Field() registrationNumber!: string;
  @Field({ description: 'How the requirements are met again' }) statement!: string;
}

/** A revocation: its ground (published) and reasons (kept in the history). */
@InputType()
export class RevocationInput {
  @Field() registrationNumber!: string;
  @Field(() => RegistrationReasonKind, { description: 'FALSE_EVIDENCE, BREACH_OF_LAW, BREACH_OF_CODE_OF_CONDUCT or BREACH_OF_ETHICS' }) reasonKind!: RegistrationReasonKind;
  @Field() reason!: string;
}

/** Barring an applicant whose dossier was found false before registration. */
@InputType()
export class BarApplicantInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => RegistrationReasonKind, { description: 'FALSE_EVIDENCE, BREACH_OF_LAW, BREACH_OF_CODE_OF_CONDUCT or BREACH_OF_ETHICS' }) reasonKind!: RegistrationReasonKind;
  @Field() reason!: string;
}

/** Status changes of registered members (seed 000 "证书暂停、恢复、注销、撤销"), each published in the register at once. */
@Resolver()
export class RegistrationStatusResolver {
  /** Staff or the secretariat suspend an active member who no longer meets the registration requirements. */
  @Mutation(() => RegisteredMemberType, { nullable: true })
  async suspendRegistration(@Ctx() ctx: RequestContext, @Arg('input') input: RegistrationDecisionInput): Promise<RegisteredMemberType> {
    return toMember(await suspendRegistrationCommand(ctx, input));
  }

  /** The suspended member applies to be restored. */
  @Mutation(() => RegisteredMemberType, { nullable: true })
  async applyForRestoration(@Ctx() ctx: RequestContext, @Arg('input') input: RestorationApplicationInput): Promise<RegisteredMemberType> {
    return toMember(await applyForRestorationCommand(ctx, input));
  }

  /** Staff or the secretariat restore a suspended member who applied for it. */
  @Mutation(() => RegisteredMemberType, { nullable: true })
  async restoreRegistration(@Ctx() ctx: RequestContext, @Arg('input') input: RegistrationDecisionInput): Promise<RegisteredMemberType> {
    return toMember(await restoreRegistrationCommand(ctx, input));
  }

  /** Staff or the secretariat cancel (注销) a registration not renewed in time. */
  @Mutation(() => RegisteredMemberType, { nullable: true })
  async cancelRegistration(@Ctx() ctx: RequestContext, @Arg('input') input: RegistrationDecisionInput): Promise<RegisteredMemberType> {
    return toMember(await cancelRegistrationCommand(ctx, input));
  }

  /** Staff or the secretariat revoke (撤销) a registration: the person is barred for life from applying. */
  @Mutation(() => RegisteredMemberType, { nullable: true })
  async revokeRegistration(@Ctx() ctx: RequestContext, @Arg('input') input: RevocationInput): Promise<RegisteredMemberType> {
    return toMember(await revokeRegistrationCommand(ctx, input));
  }

  /** Staff or the secretariat bar an applicant whose dossier was found false: answers when the bar took effect. */
  @Mutation(() => Date, { nullable: true })
  async barApplicant(@Ctx() ctx: RequestContext, @Arg('input') input: BarApplicantInput): Promise<Date> {
    return barApplicantCommand(ctx, input);
  }
}
