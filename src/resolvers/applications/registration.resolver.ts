import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { FederationReviewEntry, Registration } from '../../entities';
import { FederationDecision, RegistrationReasonKind, RegistrationStatus } from '../../entities/enums';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { decideAtFederationCommand, registerMemberCommand } from '../../notice/federation-and-registration.commands';
import { MAX_PAGE_SIZE } from '../common/connection';
import { readRegister } from '../../registration/register.read';
import { toApplicationType } from './application.mappers';
import { ApplicationType } from './application.types';
import { LocalDate } from '../../graphql/scalars';
import { NodeInterface } from '../common/node.types';

registerEnumType(FederationDecision, { name: 'FederationDecision' });
registerEnumType(RegistrationStatus, { name: 'RegistrationStatus' });
registerEnumType(RegistrationReasonKind, { name: 'RegistrationReasonKind', description: 'The kind of reason of a registration\'s last status change, as the register publishes it' });

/** A member as the public register shows them: nothing else. */
@ObjectType('RegisteredMember', { implements: NodeInterface })
export class RegisteredMemberType {
  @Field() registrationNumber!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true, description: 'The name in pinyin (the English register)' }) namePinyin?: string | null;
  @Field(() => String, { nullable: true }) employer?: string | null;
  @Field() societyCode!: string;
  @Field() field!: string;
  @Field({ description: 'The field\'s English name' }) fieldEn!: string;
  @Field() grade!: string;
  @Field({ description: 'The grade\'s English name' }) gradeEn!: string;
  @Field() validFrom!: string;
  @Field(() => LocalDate) validUntil!: string;
  @Field(() => RegistrationStatus) status!: RegistrationStatus;
  @Field(() => Date, { nullable: true, description: 'When the status last changed (published at once)' }) statusChangedAt?: Date | null;
  @Field(() => RegistrationReasonKind, { nullable: true, description: 'The kind of reason of the last status change' }) statusReasonKind?: RegistrationReasonKind | null;
}

/** An application submitted to the federation. */
@ObjectType('FederationReviewItem')
export class FederationReviewItemType {
  @Field(() => ID, { nullable: true }) applicationId!: string;
  @Field({ nullable: true, description: 'Drawn for in-depth review' }) sampled!: boolean;
  @Field(() => FederationDecision, { nullable: true }) decision!: FederationDecision;
  @Field({ nullable: true }) submittedAt!: Date;
}

/** The committee's decision. */
@InputType()
export class FederationDecisionInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
  @Field(() => FederationDecision, { description: 'APPROVED or RETURNED' }) decision!: FederationDecision;
  @Field(() => String, { nullable: true, description: 'Required when RETURNED' }) reasons?: string | null;
}

/** The step to register. */
@InputType()
export class RegisterMemberInput {
  @Field(() => ID) applicationId!: string;
  @Field(() => Int) expectedVersion!: number;
}

/** A registration as the public register shows it. */
export function toMember(registration: Registration): RegisteredMemberType {
  return {
    registrationNumber: registration.registrationNumber, name: registration.name, employer: registration.employer ?? null,
    namePinyin: registration.namePinyin ?? null, societyCode: registration.society.code,
    field: registration.fieldNameZh, fieldEn: registration.fieldNameEn, grade: registration.gradeNameZh, gradeEn: registration.gradeNameEn,
    validFrom: registration.validFrom, validUntil: registration.validUntil, status: registration.status,
    statusChangedAt: registration.statusChangedAt ?? null, statusReasonKind: registration.statusReasonKind ?? null,
  };
}

/** Federation review, registration and the public register. */
@Resolver()
export class RegistrationResolver {
  /** The federation committee's queue: submitted applications still to decide, sampled ones first. */
  @Query(() => [FederationReviewItemType], { nullable: true })
  async federationReviewQueue(@Ctx() { em }: RequestContext): Promise<FederationReviewItemType[]> {
    const entries = await em.find(FederationReviewEntry, { decision: FederationDecision.PENDING }, { orderBy: { sampled: 'desc', submittedAt: 'asc' }, limit: MAX_PAGE_SIZE });
    return entries.map((entry) => ({ applicationId: entry.application.id, sampled: entry.sampled, decision: entry.decision, submittedAt: entry.submittedAt }));
  }

  /** The federation committee approves, or returns to the society with reasons. */
  @Mutation(() => ApplicationType, { nullable: true })
  async decideAtFederation(@Ctx() ctx: RequestContext, @Arg('input') input: FederationDecisionInput): Promise<ApplicationType> {
    return toApplicationType(await decideAtFederationCommand(ctx, input));
  }

  /** The secretariat or the society, as the grade's route says, registers the member. */
  @Mutation(() => RegisteredMemberType, { nullable: true })
  async registerMember(@Ctx() ctx: RequestContext, @Arg('input') input: RegisterMemberInput): Promise<RegisteredMemberType> {
    const registration = await registerMemberCommand(ctx, input);
    await ctx.em.populate(registration, ['society']);
    return toMember(registration);
  }

  /** The public register: one member by unified registration number. */
  @Query(() => RegisteredMemberType, { nullable: true })
  async registeredMember(@Ctx() ctx: RequestContext, @Arg('registrationNumber') registrationNumber: string): Promise<RegisteredMemberType | null> {
    const [registration] = await readRegister(ctx, 'r.registration_number = ?', [registrationNumber.trim()], 'limit 1');
    return registration ? toMember(registration) : null;
  }

  /** The public register: search by name (exact) and optionally society. */
  @Query(() => [RegisteredMemberType])
  async searchRegister(
    @Ctx() ctx: RequestContext,
    @Arg('name') name: string,
    @Arg('societyCode', () => String, { nullable: true }) societyCode?: string | null,
  ): Promise<RegisteredMemberType[]> {
    const trimmed = name.trim();
    if (trimmed.length === 0) throw new AppError('BAD_USER_INPUT', { field: 'name', params: { detail: 'name a person', detailZh: '请输入姓名' } });
    // The Chinese name, or its pinyin for the English register (case and spacing as typed do not matter).
    const pinyin = trimmed.replace(/\s+/g, ' ').replace(/[\\%_]/g, (character) => `\\${character}`);
    // Read models with their society in one statement (issue 14).
    const society = societyCode ? { sql: ' and s.code = ?', params: [societyCode.trim().toUpperCase()] } : { sql: '', params: [] };
    const rows = await readRegister(ctx, `(r.name = ? or r.name_pinyin ilike ?)${society.sql}`, [trimmed, pinyin, ...society.params], `order by r.registered_at desc limit ${MAX_PAGE_SIZE}`);
    return rows.map(toMember);
  }
}
