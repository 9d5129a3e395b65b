import { Arg, Ctx, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../http/request-context';
import { authorizeSociety, reinstateSociety, setClarificationPeriod, setWrittenExamPassMark, suspendSociety } from '../../tenancy/society-onboarding';
import { toSocietyType } from '../reference/reference.mappers';
import { SocietyType } from '../reference/reference.types';

/** A society the federation authorizes. */
@InputType()
export class AuthorizeSocietyInput {
  @Field({ description: 'Short code, e.g. CSEE: 2–20 capital letters, digits or _' })
  code!: string;

  @Field({ description: 'Chinese name' })
  nameZh!: string;

  @Field({ description: 'English name' })
  nameEn!: string;

  @Field(() => [String], { description: 'Codes of the engineering fields it evaluates' })
  fieldCodes!: string[];
}

/** Tenant onboarding by federation administrators. */
@Resolver()
export class SocietyAdminResolver {
  /** Authorizes a new society (a new tenant). */
  @Mutation(() => SocietyType, { nullable: true })
  async authorizeSociety(@Ctx() ctx: RequestContext, @Arg('input') input: AuthorizeSocietyInput): Promise<SocietyType> {
    return toSocietyType(await authorizeSociety(ctx.em, ctx, input));
  }

  /** Suspends a society, with the reason. */
  @Mutation(() => SocietyType, { nullable: true })
  async suspendSociety(@Ctx() ctx: RequestContext, @Arg('code') code: string, @Arg('reason') reason: string): Promise<SocietyType> {
    return toSocietyType(await suspendSociety(ctx.em, ctx, code, reason));
  }

  /** Lifts a society's suspension. */
  @Mutation(() => SocietyType, { nullable: true })
  async reinstateSociety(@Ctx() ctx: RequestContext, @Arg('code') code: string): Promise<SocietyType> {
    return toSocietyType(await reinstateSociety(ctx.em, ctx, code));
  }

  /** Sets the society's period for answering a basic-conditions return (the guide leaves it open). */
  @Mutation(() => SocietyType, { nullable: true })
  async setClarificationPeriod(@Ctx() ctx: RequestContext, @Arg('code') code: string, @Arg('workingDays', () => Int) workingDays: number): Promise<SocietyType> {
    return toSocietyType(await setClarificationPeriod(ctx.em, ctx, code, workingDays));
  }

  /** Sets the society's written-exam pass mark (its own pass condition). */
  @Mutation(() => SocietyType, { nullable: true })
  async setWrittenExamPassMark(@Ctx() ctx: RequestContext, @Arg('code') code: string, @Arg('passMark', () => Int) passMark: number): Promise<SocietyType> {
    return toSocietyType(await setWrittenExamPassMark(ctx.em, ctx, code, passMark));
  }
}
