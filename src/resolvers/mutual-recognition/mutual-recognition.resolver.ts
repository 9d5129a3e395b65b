import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { PartnerBody, RecognitionReferral } from '../../entities';
import { ReferralStatus } from '../../entities/enums';
import type { RequestContext } from '../../http/request-context';
import { loadRegistrationFor, memberFacts } from '../../cpd/member-registration';
import { recognitionCandidates, recordReferralAnswerCommand, referForMutualRecognitionCommand } from '../../mutual-recognition/referral.commands';
import { LocalDate } from '../../graphql/scalars';

registerEnumType(ReferralStatus, { name: 'ReferralStatus', description: '已推荐 REFERRED / 已认可 RECOGNISED / 未认可 DECLINED / 已撤回 WITHDRAWN' });

/** A partner body abroad (seed 002). */
@ObjectType('PartnerBody')
export class PartnerBodyType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() nameEn!: string;
  @Field() jurisdiction!: string;
  @Field() jurisdictionEn!: string;
}

/** A referral of a member to a partner body. */
@ObjectType('RecognitionReferral')
export class RecognitionReferralType {
  societyId!: string;
  memberId!: string;
  @Field(() => ID, { nullable: true }) id!: string;
  @Field(() => ID, { nullable: true }) registrationId!: string;
  @Field(() => PartnerBodyType, { nullable: true }) partnerBody!: PartnerBodyType;
  @Field(() => ReferralStatus, { nullable: true }) status!: ReferralStatus;
  @Field(() => LocalDate, { nullable: true }) referredOn!: string;
  @Field(() => LocalDate, { nullable: true }) answeredOn!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

/** A member who asked for mutual recognition, and the bodies referred to so far. */
@ObjectType('RecognitionCandidate')
export class RecognitionCandidateType {
  @Field(() => ID, { nullable: true }) registrationId!: string;
  @Field({ nullable: true }) registrationNumber!: string;
  @Field({ nullable: true }) name!: string;
  @Field(() => String, { nullable: true }) namePinyin!: string | null;
  @Field({ nullable: true }) societyCode!: string;
  @Field({ nullable: true }) fieldNameEn!: string;
  @Field({ nullable: true }) gradeNameEn!: string;
  @Field(() => [String], { nullable: true, description: 'Codes of the partner bodies already referred to' }) referredTo!: string[];
}

function toBody(body: PartnerBody): PartnerBodyType {
  return { code: body.code, name: body.nameZh, nameEn: body.nameEn, jurisdiction: body.jurisdictionZh, jurisdictionEn: body.jurisdictionEn };
}

function toReferral(referral: RecognitionReferral): RecognitionReferralType {
  return {
    ...memberFacts(referral.registration), id: referral.id, registrationId: referral.registration.id, partnerBody: toBody(referral.partnerBody),
    status: referral.status, referredOn: referral.referredOn, answeredOn: referral.answeredOn ?? null, note: referral.note ?? null,
  };
}

/** Mutual recognition (seed 002): the partner bodies, the secretariat's referrals, the member's view of them. */
@Resolver()
export class MutualRecognitionResolver {
  /** The partner bodies the federation has agreements with. */
  @Query(() => [PartnerBodyType])
  async partnerBodies(@Ctx() { em }: RequestContext): Promise<PartnerBodyType[]> {
    return (await em.find(PartnerBody, {}, { orderBy: { sortOrder: 'asc' } })).map(toBody);
  }

  /** Members who asked for recognition, with the bodies already referred to (the federation). */
  @Query(() => [RecognitionCandidateType], { nullable: true })
  async recognitionCandidates(@Ctx() { em }: RequestContext, @Arg('first', () => Int, { nullable: true }) first?: number): Promise<RecognitionCandidateType[]> {
    return recognitionCandidates(em, first ?? 50);
  }

  /** A member's referrals (the member, their society's staff, the federation). */
  @Query(() => [RecognitionReferralType], { nullable: true })
  async recognitionReferrals(@Ctx() ctx: RequestContext, @Arg('registrationId', () => ID) registrationId: string): Promise<RecognitionReferralType[]> {
    const registration = await loadRegistrationFor(ctx, registrationId, 'readMemberRecord');
    const referrals = await ctx.em.find(RecognitionReferral, { registration }, { populate: ['partnerBody', 'registration'], orderBy: { referredOn: 'asc', id: 'asc' }, filters: false });
    return referrals.map(toReferral);
  }

  /** The secretariat refers a member who asked for it to a partner body. */
  @Mutation(() => RecognitionReferralType, { nullable: true })
  async referForMutualRecognition(
    @Ctx() ctx: RequestContext, @Arg('registrationId', () => ID) registrationId: string, @Arg('partnerBodyCode') partnerBodyCode: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<RecognitionReferralType> {
    const referral = await referForMutualRecognitionCommand(ctx, registrationId, partnerBodyCode, note);
    return toReferral(referral);
  }

  /** The secretariat records the partner body's answer, or the member's withdrawal. */
  @Mutation(() => RecognitionReferralType, { nullable: true })
  async recordReferralAnswer(
    @Ctx() ctx: RequestContext, @Arg('referralId', () => ID) referralId: string, @Arg('status', () => ReferralStatus) status: ReferralStatus,
    @Arg('answeredOn', () => LocalDate) answeredOn: string, @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<RecognitionReferralType> {
    return toReferral(await recordReferralAnswerCommand(ctx, referralId, status, answeredOn, note));
  }
}
