import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Enterprise, PreApplication, RecommendationRight, RecommendingUnitForm } from '../../entities';
import { PreApplicationStatus } from '../../entities/enums';
import { enterpriseChannelProgress } from '../../enterprise/enterprise-channel-progress';
import { appointEnterpriseAdminCommand, appointEnterpriseRecommenderCommand, registerEnterpriseCommand } from '../../enterprise/enterprise-accounts.commands';
import { ownPreApplications, preApplicationRow, recommendationCodesCount, recommendationCodesPage, recommendeesCount, recommendeesPage, screeningQueueCount, screeningQueuePage } from '../../enterprise/enterprise-reads';
import { enterpriseInScope } from '../../tenancy/enterprise-scope';
import {
  recordExpertConsultationCommand, requestExpertConsultationCommand, screenPreApplicationCommand, submitPreApplicationCommand,
} from '../../enterprise/pre-application.commands';
import { assignRecommendationCodesCommand, redeemRecommendationCodeCommand, revokeRecommendationCodeCommand } from '../../enterprise/recommendation-codes.commands';
import {
  openApplicationRoundCommand, openRecommendationRightsCommand, setEnterpriseChannelSettingsCommand, withdrawRecommendationRightCommand,
} from '../../enterprise/recommendation-rights.commands';
import { formReviewingSocieties, submitRecommendingUnitFormCommand } from '../../enterprise/recommending-unit-form';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { isUuid } from '../../common/is-uuid';
import { EnterpriseType } from '../accounts/account.types';
import { toInvitationType } from '../accounts/invitation.mappers';
import { InvitationType } from '../accounts/invitation.types';
import { includesOf, readApplicationsById } from '../applications/application-read';
import { toApplicationType } from '../applications/application.mappers';
import { ApplicationType } from '../applications/application.types';
import { ConnectionArgs, encodeCursor, pageRequest, toPage, withTotalCount } from '../common/connection';
import { LocalDate } from '../../graphql/scalars';
import {
  toAssignedCodeObject, toCodeObject, toEnterpriseObject, toFormObject, toPreApplicationObject, toRecommendeeObject, toRightObject,
} from './enterprise.mappers';
import {
  ApplicationRoundObject, AssignRecommendationCodesInput, AssignRecommendationCodesPayload, EnterpriseAppointmentInput,
  EnterpriseChannelProgressObject, EnterpriseChannelSettingsObject, EnterpriseOverviewObject, PreApplicationConnection, PreApplicationObject,
  RecommendationCodeConnection, RecommendationCodeObject, RecommendationRightObject, RecommendeeConnection, RecommendingUnitFormInput,
  RecommendingUnitFormObject, ScreenPreApplicationInput, SubmitPreApplicationInput,
} from './enterprise.types';

const positionOf = (row: { cursorAt: string; id: string }) => ({ sortValue: row.cursorAt, id: row.id });

async function preApplicationObject(ctx: RequestContext, id: string): Promise<PreApplicationObject> {
  const row = await preApplicationRow(ctx.em, id);
  if (!row) throw new AppError('NOT_FOUND');
  return toPreApplicationObject(row);
}

/** The enterprise channel: enterprises, their forms, rights and codes, pre-applications and their screening. */
@Resolver()
export class EnterpriseResolver {
  /** Registers a recommending enterprise (society staff or a federation admin). */
  @Mutation(() => EnterpriseType, { nullable: true })
  async registerEnterprise(@Ctx() ctx: RequestContext, @Arg('name') name: string, @Arg('creditCode', () => String, { nullable: true }) creditCode?: string | null): Promise<EnterpriseType> {
    return toEnterpriseObject(await registerEnterpriseCommand(ctx, { name, creditCode }));
  }

  /** Invites a person to be an enterprise's admin (society staff or a federation admin); they accept it (acceptInvitation). */
  @Mutation(() => InvitationType, { nullable: true })
  async appointEnterpriseAdmin(@Ctx() ctx: RequestContext, @Arg('input') input: EnterpriseAppointmentInput): Promise<InvitationType> {
    return toInvitationType(await appointEnterpriseAdminCommand(ctx, { ...input, enterpriseId: input.enterpriseId ?? '' }), ctx.clock());
  }

  /** The enterprise's admin invites one of its recommenders; they accept it (acceptInvitation). */
  @Mutation(() => InvitationType, { nullable: true })
  async appointEnterpriseRecommender(@Ctx() ctx: RequestContext, @Arg('input') input: EnterpriseAppointmentInput): Promise<InvitationType> {
    return toInvitationType(await appointEnterpriseRecommenderCommand(ctx, input), ctx.clock());
  }

  /** Sets the society's batch limit and code validity (a federation admin, in the society). */
  @Mutation(() => EnterpriseChannelSettingsObject, { nullable: true })
  async setEnterpriseChannelSettings(
    @Ctx() ctx: RequestContext, @Arg('batchLimit', () => Int) batchLimit: number, @Arg('codeValidDays', () => Int) codeValidDays: number,
  ): Promise<EnterpriseChannelSettingsObject> {
    const society = await setEnterpriseChannelSettingsCommand(ctx, { batchLimit, codeValidDays });
    return Object.assign(new EnterpriseChannelSettingsObject(), { societyCode: society.code, batchLimit: society.enterpriseBatchLimit, codeValidDays: society.recommendationCodeValidDays });
  }

  /** Files the enterprise's recommending-unit form (every problem at once). */
  @Mutation(() => RecommendingUnitFormObject, { nullable: true })
  async submitRecommendingUnitForm(@Ctx() ctx: RequestContext, @Arg('input') input: RecommendingUnitFormInput): Promise<RecommendingUnitFormObject> {
    const form = await submitRecommendingUnitFormCommand(ctx, input);
    return toFormObject(form, await ctx.em.findOneOrFail(Enterprise, { id: form.enterprise.id }), await formReviewingSocieties(ctx.em, form.enterprise.id));
  }

  /** The society in scope reviews an enterprise's form and opens rights for some of its fields. */
  @Mutation(() => [RecommendationRightObject], { nullable: true })
  async openRecommendationRights(
    @Ctx() ctx: RequestContext, @Arg('enterpriseId', () => ID) enterpriseId: string, @Arg('fieldCodes', () => [String]) fieldCodes: string[],
  ): Promise<RecommendationRightObject[]> {
    const rights = await openRecommendationRightsCommand(ctx, { enterpriseId, fieldCodes });
    await ctx.em.populate(rights, ['field', 'society']);
    return rights.map(toRightObject);
  }

  /** Withdraws a recommendation right of the society in scope. */
  @Mutation(() => RecommendationRightObject, { nullable: true })
  async withdrawRecommendationRight(@Ctx() ctx: RequestContext, @Arg('rightId', () => ID) rightId: string, @Arg('reason') reason: string): Promise<RecommendationRightObject> {
    const right = await withdrawRecommendationRightCommand(ctx, { rightId, reason });
    await ctx.em.populate(right, ['field', 'society']);
    return toRightObject(right);
  }

  /** Opens an application round of the society in scope. */
  @Mutation(() => ApplicationRoundObject, { nullable: true })
  async openApplicationRound(@Ctx() ctx: RequestContext, @Arg('name') name: string, @Arg('closesOn', () => LocalDate) closesOn: string): Promise<ApplicationRoundObject> {
    const round = await openApplicationRoundCommand(ctx, { name, closesOn });
    return { id: round.id, name: round.name, closesOn: round.closesOn };
  }

  /** Assigns codes to named engineers: the codes are in this answer only. */
  @Mutation(() => AssignRecommendationCodesPayload, { nullable: true })
  async assignRecommendationCodes(@Ctx() ctx: RequestContext, @Arg('input') input: AssignRecommendationCodesInput): Promise<AssignRecommendationCodesPayload> {
    const { batchId, codes } = await assignRecommendationCodesCommand(ctx, input);
    const now = ctx.clock();
    return { batchId, codes: codes.map(({ code, plainCode }) => toAssignedCodeObject(code, plainCode, now)) };
  }

  /** Revokes one of the enterprise's unused codes. */
  @Mutation(() => RecommendationCodeObject, { nullable: true })
  async revokeRecommendationCode(@Ctx() ctx: RequestContext, @Arg('codeId', () => ID) codeId: string): Promise<RecommendationCodeObject> {
    const code = await revokeRecommendationCodeCommand(ctx, { codeId });
    await ctx.em.populate(code, ['field', 'grade', 'society']);
    return Object.assign(toAssignedCodeObject(code, '', ctx.clock()), { code: null });
  }

  /** The engineer redeems a code: the pre-application of the enterprise channel. */
  @Mutation(() => PreApplicationObject, { nullable: true })
  async redeemRecommendationCode(
    @Ctx() ctx: RequestContext, @Arg('code') code: string, @Arg('enterpriseId', () => ID, { nullable: true }) enterpriseId?: string | null,
  ): Promise<PreApplicationObject> {
    const preApplication = await redeemRecommendationCodeCommand(ctx, { code, enterpriseId });
    return preApplicationObject(ctx, preApplication.id);
  }

  /** A pre-application through the society channel of the society in scope. */
  @Mutation(() => PreApplicationObject, { nullable: true })
  async submitPreApplication(@Ctx() ctx: RequestContext, @Arg('input') input: SubmitPreApplicationInput): Promise<PreApplicationObject> {
    const preApplication = await submitPreApplicationCommand(ctx, input);
    return preApplicationObject(ctx, preApplication.id);
  }

  /** Approves (opening the formal application) or refuses (with reasons) a pre-application; the committee may allocate it. */
  @Mutation(() => PreApplicationObject, { nullable: true })
  async screenPreApplication(@Ctx() ctx: RequestContext, @Arg('input') input: ScreenPreApplicationInput): Promise<PreApplicationObject> {
    const preApplication = await screenPreApplicationCommand(ctx, input);
    return preApplicationObject(ctx, preApplication.id);
  }

  /** The applicant asks for expert consultation. */
  @Mutation(() => PreApplicationObject, { nullable: true })
  async requestExpertConsultation(@Ctx() ctx: RequestContext, @Arg('preApplicationId', () => ID) preApplicationId: string): Promise<PreApplicationObject> {
    const preApplication = await requestExpertConsultationCommand(ctx, { preApplicationId });
    return preApplicationObject(ctx, preApplication.id);
  }

  /** Staff record the consultation held. */
  @Mutation(() => PreApplicationObject, { nullable: true })
  async recordExpertConsultation(
    @Ctx() ctx: RequestContext, @Arg('preApplicationId', () => ID) preApplicationId: string, @Arg('heldOn') heldOn: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<PreApplicationObject> {
    const preApplication = await recordExpertConsultationCommand(ctx, { preApplicationId, heldOn, note });
    return preApplicationObject(ctx, preApplication.id);
  }

  /** The enterprise in scope, its form and its rights. */
  @Query(() => EnterpriseOverviewObject, { nullable: true })
  async myEnterprise(@Ctx() ctx: RequestContext): Promise<EnterpriseOverviewObject> {
    const enterprise = await ctx.em.findOneOrFail(Enterprise, { id: enterpriseInScope(ctx) });
    const form = await ctx.em.findOne(RecommendingUnitForm, { enterprise });
    const rights = await ctx.em.find(RecommendationRight, { enterprise }, { populate: ['field', 'society'], orderBy: { openedAt: 'asc', id: 'asc' } });
    const reviewing = form ? await formReviewingSocieties(ctx.em, enterprise.id) : [];
    return { enterprise: toEnterpriseObject(enterprise), form: form ? toFormObject(form, enterprise, reviewing) : null, recommendationRights: rights.map(toRightObject) };
  }

  /**
   * An enterprise's form, for the staff of the societies that review it (sent to, or holding rights) and the
   * federation. Another society's staff learn nothing of it: NOT_FOUND, as for a form not filed (row-level security
   * hides it; the form's read policy denies it too).
   */
  @Query(() => RecommendingUnitFormObject, { nullable: true })
  async recommendingUnitForm(@Ctx() ctx: RequestContext, @Arg('enterpriseId', () => ID) enterpriseId: string): Promise<RecommendingUnitFormObject | null> {
    const enterprise = isUuid(enterpriseId) ? await ctx.em.findOne(Enterprise, { id: enterpriseId }) : null;
    const form = enterprise ? await ctx.em.findOne(RecommendingUnitForm, { enterprise }) : null;
    if (!form || !enterprise) throw new AppError('NOT_FOUND', { field: 'enterpriseId' });
    return toFormObject(form, enterprise, await formReviewingSocieties(ctx.em, enterprise.id));
  }

  /**
   * The enterprise's recommendees with their progress: two statements a page (pre-applications, then their
   * applications as read models with the parts the selection shows, as the work queue reads them).
   */
  @Query(() => RecommendeeConnection, { nullable: true })
  async enterpriseRecommendees(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Args() args: ConnectionArgs): Promise<RecommendeeConnection> {
    const request = pageRequest(args);
    const enterpriseId = enterpriseInScope(ctx);
    const rows = await recommendeesPage(ctx.em, enterpriseId, request);
    const page = toPage(rows, request, positionOf);
    const ids = page.nodes.map((row) => row.applicationId).filter((id): id is string => id !== null);
    const read = await readApplicationsById(ctx, ids, includesOf(info, ['edges', 'node', 'application']));
    const applications = new Map(read.map((application) => [application.id, application]));
    return withTotalCount({
      edges: page.nodes.map((row) => {
        const application = row.applicationId ? applications.get(row.applicationId) : undefined;
        const node = Object.assign(toRecommendeeObject(row), { application: application ? toApplicationType(application) : null });
        return { cursor: encodeCursor(positionOf(row)), node };
      }),
      pageInfo: page.pageInfo,
    }, () => recommendeesCount(ctx.em, enterpriseId));
  }

  /** The enterprise's codes (never the codes themselves). */
  @Query(() => RecommendationCodeConnection, { nullable: true })
  async recommendationCodes(@Ctx() ctx: RequestContext, @Args() args: ConnectionArgs): Promise<RecommendationCodeConnection> {
    const request = pageRequest(args);
    const enterpriseId = enterpriseInScope(ctx);
    const rows = await recommendationCodesPage(ctx.em, enterpriseId, request);
    const page = toPage(rows, request, positionOf);
    const now = ctx.clock();
    return withTotalCount(
      { edges: page.nodes.map((row) => ({ cursor: encodeCursor(positionOf(row)), node: toCodeObject(row, now) })), pageInfo: page.pageInfo },
      () => recommendationCodesCount(ctx.em, enterpriseId),
    );
  }

  /** The screening queue of the society in scope (or every society's, for the federation). */
  @Query(() => PreApplicationConnection, { nullable: true })
  async preApplications(
    @Ctx() ctx: RequestContext, @Args() args: ConnectionArgs,
    @Arg('status', () => PreApplicationStatus, { nullable: true }) status?: PreApplicationStatus | null,
  ): Promise<PreApplicationConnection> {
    const request = pageRequest(args);
    const rows = await screeningQueuePage(ctx.em, ctx.scope, status ?? null, request);
    const page = toPage(rows, request, positionOf);
    return withTotalCount(
      { edges: page.nodes.map((row) => ({ cursor: encodeCursor(positionOf(row)), node: toPreApplicationObject(row) })), pageInfo: page.pageInfo },
      () => screeningQueueCount(ctx.em, ctx.scope, status ?? null),
    );
  }

  /** The signed-in person's own pre-applications. */
  @Query(() => [PreApplicationObject], { nullable: true })
  async myPreApplications(@Ctx() ctx: RequestContext): Promise<PreApplicationObject[]> {
    if (!ctx.principal) throw new AppError('UNAUTHENTICATED');
    return (await ownPreApplications(ctx.em, ctx.principal.accountId)).map(toPreApplicationObject);
  }
}

/** The enterprise channel's fields of an application. */
@Resolver(() => ApplicationType)
export class ApplicationEnterpriseFieldsResolver {
  /** Enterprise channel only: the elapsed time against the 6-month target. */
  @FieldResolver(() => EnterpriseChannelProgressObject, { nullable: true })
  async enterpriseChannelProgress(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): Promise<EnterpriseChannelProgressObject | null> {
    const preApplicationId = application.preApplicationId;
    if (application.channel !== 'ENTERPRISE' || !preApplicationId) return null;
    const preApplication: PreApplication | undefined = await ctx.loaders.preApplicationById.load(preApplicationId);
    if (!preApplication) return null;
    return enterpriseChannelProgress(preApplication.createdAt, application.stage!, application.updatedAt!, ctx.clock());
  }
}
