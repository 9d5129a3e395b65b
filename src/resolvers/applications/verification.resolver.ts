import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { recordVerificationResultCommand, requestVerificationCommand } from '../../assessment/verification.commands';
import { VerificationRequest } from '../../entities';
import { VerificationAnswer } from '../../entities/enums';
import type { RequestContext } from '../../http/request-context';
import { applicationFacts } from '../../policies/load-application';
import type { ApplicationFacts } from '../../policies/relations';
import { factsOfType } from './application.mappers';
import { ApplicationType } from './application.types';
import { DossierPartObject } from './dossier-part-object';
import { LocalDate } from '../../graphql/scalars';

registerEnumType(VerificationAnswer, { name: 'VerificationAnswer', description: 'What the body or person asked answered: 已核实 CONFIRMED / 未能证实 NOT_CONFIRMED / 无答复 NO_ANSWER' });

/** An examiner's request to verify part of a dossier, and the society's record of the enquiry once made. */
@ObjectType('VerificationRequest')
export class VerificationRequestType extends DossierPartObject {
  @Field(() => ID, { nullable: true }) id!: string;
  @Field({ nullable: true, description: 'What the examiner doubts and wants checked' }) concerns!: string;
  @Field({ nullable: true }) createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'The organisation or person the society asked' }) askedWhom?: string | null;
  @Field(() => String, { nullable: true, description: 'How they were reached' }) askedContact?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'China date of the enquiry' }) askedOn?: string | null;
  @Field(() => VerificationAnswer, { nullable: true, description: 'null until staff record the result' }) answer?: VerificationAnswer | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Date, { nullable: true }) recordedAt?: Date | null;
}

/** Staff: whom they asked, when, and the answer. */
@InputType()
export class RecordVerificationResultInput {
  @Field({ description: 'The organisation or person asked (employer, referee…)' }) askedWhom!: string;
  @Field(() => String, { nullable: true, description: 'How they were reached' }) askedContact?: string | null;
  @Field(() => LocalDate, { description: 'China date, YYYY-MM-DD' }) askedOn!: string;
  @Field(() => VerificationAnswer) answer!: VerificationAnswer;
  @Field(() => String, { nullable: true, description: 'Required unless CONFIRMED' }) note?: string | null;
}

function toVerificationType(request: VerificationRequest, facts: ApplicationFacts): VerificationRequestType {
  return {
    applicationFacts: facts, id: request.id, concerns: request.concerns, createdAt: request.createdAt,
    askedWhom: request.askedWhom ?? null, askedContact: request.askedContact ?? null, askedOn: request.askedOn ?? null,
    answer: request.answer ?? null, note: request.answerNote ?? null, recordedAt: request.recordedAt ?? null,
  };
}

/** Verification of authenticity (seed 000): examiners ask, staff record, the assessors read. */
@Resolver(() => ApplicationType)
export class VerificationResolver {
  /** The application's verification requests, oldest first. */
  @FieldResolver(() => [VerificationRequestType], { nullable: true })
  async verificationRequests(@Root() application: ApplicationType, @Ctx() { em }: RequestContext): Promise<VerificationRequestType[]> {
    const requests = await em.find(VerificationRequest, { application: application.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const facts = factsOfType(application);
    return requests.map((request) => toVerificationType(request, facts));
  }

  /** An examiner assessing the applicant asks the society to verify part of the dossier. */
  @Mutation(() => VerificationRequestType, { nullable: true })
  async requestVerification(@Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('concerns') concerns: string): Promise<VerificationRequestType> {
    const request = await requestVerificationCommand(ctx, applicationId, concerns);
    return toVerificationType(request, applicationFacts(request.application));
  }

  /** Staff record, once, whom they asked, when, and the answer. */
  @Mutation(() => VerificationRequestType, { nullable: true })
  async recordVerificationResult(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input') input: RecordVerificationResultInput): Promise<VerificationRequestType> {
    const request = await recordVerificationResultCommand(ctx, id, input);
    return toVerificationType(request, applicationFacts(request.application));
  }
}
