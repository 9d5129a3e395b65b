import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { throttledLogin } from '../../abuse/login-throttle';
import { loginCommand } from '../../auth/login.command';
import { requestPasswordResetCommand, resetPasswordCommand } from '../../auth/password-reset.command';
import { signUpCommand, verifyEmailCommand } from '../../auth/sign-up.command';
import type { RequestContext } from '../../http/request-context';
import { Account } from '../../entities';
import { AppError } from '../../errors/app-error';
import { Language } from '../common/enums';
import { toFieldType, toSocietyType, toSpecialtyType } from '../reference/reference.mappers';
import { EngineeringFieldType, SocietyType, SpecialtyType } from '../reference/reference.types';
import { toAccountType, toGrantType } from './account.mappers';
import { AccountType, CurrentScopeType, EnterpriseType, ExaminerProfileType, GrantType, LoginPayload, SignUpInput } from './account.types';

/** Login, sign-up and the viewer's own account. */
@Resolver(() => AccountType)
export class AccountResolver {
  /** Exchanges email and password for an access token (wrong passwords are rate-limited per email and per address). */
  @Mutation(() => LoginPayload)
  async login(@Ctx() ctx: RequestContext, @Arg('email') email: string, @Arg('password') password: string): Promise<LoginPayload> {
    const result = await throttledLogin(ctx.rateLimits, email, () => loginCommand(ctx.em, ctx.config, email, password));
    ctx.authenticatedAccountId = result.account.id;
    return { token: result.token, expiresAt: result.expiresAt, account: toAccountType(result.account) };
  }

  /**
   * Signs up on the request's society portal (rate-limited per address). Always answers true — "check your mailbox" —
   * whether or not the email has an account: the mail says what happens next (verifyEmail completes the sign-up).
   */
  @Mutation(() => Boolean)
  async signUp(@Ctx() ctx: RequestContext, @Arg('input') input: SignUpInput): Promise<boolean> {
    await ctx.rateLimits.consume('signUpPerAddress');
    return signUpCommand(ctx.em, ctx.config, ctx.scope, input, ctx.clock());
  }

  /** Completes a sign-up with the mailed single-use token: the account (or its new society) is ready, and logged in. */
  @Mutation(() => LoginPayload)
  async verifyEmail(@Ctx() ctx: RequestContext, @Arg('token') token: string): Promise<LoginPayload> {
    const result = await verifyEmailCommand(ctx.em, ctx.config, token, ctx.clock());
    ctx.authenticatedAccountId = result.account.id;
    return { token: result.token, expiresAt: result.expiresAt, account: toAccountType(result.account) };
  }

  /** Mails a password-reset link to the account of this email, if there is one; always answers true (rate-limited per address). */
  @Mutation(() => Boolean)
  async requestPasswordReset(@Ctx() ctx: RequestContext, @Arg('email') email: string): Promise<boolean> {
    await ctx.rateLimits.consume('passwordResetPerAddress');
    return requestPasswordResetCommand(ctx.em, ctx.config, email, ctx.clock());
  }

  /** Sets a new password (the password policy applies) with the mailed single-use token. */
  @Mutation(() => Boolean)
  async resetPassword(@Ctx() ctx: RequestContext, @Arg('token') token: string, @Arg('newPassword') newPassword: string): Promise<boolean> {
    return resetPasswordCommand(ctx.em, token, newPassword, ctx.clock());
  }

  /** The language the viewer's notifications and mails are written in from now on; answers it. */
  @Mutation(() => Language, { nullable: true })
  async setMyLanguage(@Ctx() ctx: RequestContext, @Arg('language', () => Language) language: Language): Promise<Language> {
    if (!ctx.principal) throw new AppError('UNAUTHENTICATED');
    // Row-level security lets an account update only its own row.
    await ctx.em.nativeUpdate(Account, { id: ctx.principal.accountId }, { language });
    return language;
  }

  /** The logged-in account, or null when anonymous. */
  @Query(() => AccountType, { nullable: true })
  me(@Ctx() { principal }: RequestContext): AccountType | null {
    return principal ? toAccountType({ id: principal.accountId, email: principal.email, displayName: principal.displayName }) : null;
  }

  /** The request's scope: society, the viewer's roles there, federation reach. */
  @Query(() => CurrentScopeType)
  currentScope(@Ctx() { scope }: RequestContext): CurrentScopeType {
    return { society: null, roles: [...scope.roles].sort(), federation: scope.federation };
  }

  /** The account's active grants (the principal's, loaded at authentication: no extra statement). */
  @FieldResolver(() => [GrantType], { nullable: true })
  grants(@Root() account: AccountType, @Ctx() { principal }: RequestContext): GrantType[] {
    if (principal?.accountId !== account.id) return [];
    return principal.grants.map((grant) => toGrantType(account.id, grant));
  }
}

/** CurrentScope → society. */
@Resolver(() => CurrentScopeType)
export class CurrentScopeResolver {
  /** The society the request is scoped to, or null. */
  @FieldResolver(() => SocietyType, { nullable: true })
  async society(@Ctx() { scope, loaders }: RequestContext): Promise<SocietyType | null> {
    if (!scope.society) return null;
    const society = await loaders.societyById.load(scope.society.id);
    return society ? toSocietyType(society) : null;
  }
}

/** Grant → its society and enterprise. */
@Resolver(() => GrantType)
export class GrantRelationsResolver {
  /** The society of a society-scoped grant. */
  @FieldResolver(() => SocietyType, { nullable: true })
  async society(@Root() grant: GrantType, @Ctx() { loaders }: RequestContext): Promise<SocietyType | null> {
    if (!grant.societyId) return null;
    const society = await loaders.societyById.load(grant.societyId);
    return society ? toSocietyType(society) : null;
  }

  /** The enterprise of an ENTERPRISE_RECOMMENDER grant. */
  @FieldResolver(() => EnterpriseType, { nullable: true })
  async enterprise(@Root() grant: GrantType, @Ctx() { loaders }: RequestContext): Promise<EnterpriseType | null> {
    if (!grant.enterpriseId) return null;
    const enterprise = await loaders.enterpriseById.load(grant.enterpriseId);
    return enterprise ? Object.assign(new EnterpriseType(), { id: enterprise.id, name: enterprise.name }) : null;
  }
}

/** ExaminerProfile → field and specialties. */
@Resolver(() => ExaminerProfileType)
export class ExaminerProfileResolver {
  /** The examiner's engineering field. */
  @FieldResolver(() => EngineeringFieldType, { nullable: true })
  async field(@Root() profile: ExaminerProfileType, @Ctx() { loaders }: RequestContext): Promise<EngineeringFieldType> {
    const field = await loaders.fieldById.load(profile.fieldId);
    if (!field) throw new Error(`engineering field ${profile.fieldId} is missing`);
    return toFieldType(field);
  }

  /** The examiner's specialties, in catalogue order. */
  @FieldResolver(() => [SpecialtyType], { nullable: true })
  async specialties(@Root() profile: ExaminerProfileType, @Ctx() { loaders }: RequestContext): Promise<SpecialtyType[]> {
    const all = await loaders.specialtiesByFieldId.load(profile.fieldId);
    return all.filter((specialty) => profile.specialtyCodes.includes(specialty.code)).map(toSpecialtyType);
  }
}
