import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { addSupplementCommand } from '../../dossier/commands/add-supplement.command';
import { attachFileCommand, detachFileCommand } from '../../dossier/commands/dossier-files.command';
import { saveAchievementsCommand } from '../../dossier/commands/save-achievements.command';
import { saveBasicInformationCommand } from '../../dossier/commands/save-basic-information.command';
import { saveEducationCommand } from '../../dossier/commands/save-education.command';
import { saveInternationalTitleCommand } from '../../dossier/commands/save-international-title.command';
import { saveCareerPlanCommand, saveCompetencyClaimsCommand, saveSelfStatementCommand } from '../../dossier/commands/save-self-statement.command';
import { saveWorkHistoryCommand } from '../../dossier/commands/save-work-history.command';
import { startApplicationCommand } from '../../dossier/commands/start-application.command';
import type { RequestContext } from '../../http/request-context';
import {
  AchievementInput, AddSupplementInput, AttachFileInput, BasicInformationInput, CareerPlanInput, CompetencyClaimInput, DetachFileInput, EducationInput,
  InternationalTitleInput, StartApplicationInput, WorkHistoryInput,
} from './application.inputs';
import { toApplicationType, toSupplementType } from './application.mappers';
import { ApplicationType, SupplementType } from './application.types';
import { applicationFacts } from '../../policies/load-application';

/** The applicant's dossier, section by section; every save is persisted at once and returns the new version. */
@Resolver()
export class DossierCommandsResolver {
  /** Opens a draft application in the request's society. */
  @Mutation(() => ApplicationType, { nullable: true })
  async startApplication(@Ctx() ctx: RequestContext, @Arg('input') input: StartApplicationInput): Promise<ApplicationType> {
    return toApplicationType(await startApplicationCommand(ctx, input));
  }

  /** Saves basic information (partial saves allowed). */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveBasicInformation(
    @Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input') input: BasicInformationInput,
  ): Promise<ApplicationType> {
    return toApplicationType(await saveBasicInformationCommand(ctx, applicationId, expectedVersion, input));
  }

  /** Replaces the education section. */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveEducation(
    @Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('entries', () => [EducationInput]) entries: EducationInput[],
  ): Promise<ApplicationType> {
    return toApplicationType(await saveEducationCommand(ctx, applicationId, expectedVersion, entries));
  }

  /** Replaces the work history. */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveWorkHistory(
    @Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('entries', () => [WorkHistoryInput]) entries: WorkHistoryInput[],
  ): Promise<ApplicationType> {
    return toApplicationType(await saveWorkHistoryCommand(ctx, applicationId, expectedVersion, entries));
  }

  /** Saves the competency self-statement as pasted. */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveSelfStatement(
    @Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('text') text: string,
  ): Promise<ApplicationType> {
    return toApplicationType(await saveSelfStatementCommand(ctx, applicationId, expectedVersion, text));
  }

  /** Saves the self-statement's career plan (1–3, 3–7, 7–10 years), apart from its text. */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveCareerPlan(
    @Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input') input: CareerPlanInput,
  ): Promise<ApplicationType> {
    return toApplicationType(await saveCareerPlanCommand(ctx, applicationId, expectedVersion, input));
  }

  /** Replaces the competency claims. */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveCompetencyClaims(
    @Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('claims', () => [CompetencyClaimInput]) claims: CompetencyClaimInput[],
  ): Promise<ApplicationType> {
    return toApplicationType(await saveCompetencyClaimsCommand(ctx, applicationId, expectedVersion, claims));
  }

  /** Replaces the achievements (at most 6). */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveAchievements(
    @Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('achievements', () => [AchievementInput]) achievements: AchievementInput[],
  ): Promise<ApplicationType> {
    return toApplicationType(await saveAchievementsCommand(ctx, applicationId, expectedVersion, achievements));
  }

  /** Sets or clears (null) the international title. */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveInternationalTitle(
    @Ctx() ctx: RequestContext, @Arg('applicationId', () => ID) applicationId: string, @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('title', () => InternationalTitleInput, { nullable: true }) title: InternationalTitleInput | null,
  ): Promise<ApplicationType> {
    return toApplicationType(await saveInternationalTitleCommand(ctx, applicationId, expectedVersion, title ?? null));
  }

  /** Attaches an uploaded file to a dossier part. */
  @Mutation(() => ApplicationType, { nullable: true })
  async attachFile(@Ctx() ctx: RequestContext, @Arg('input') input: AttachFileInput): Promise<ApplicationType> {
    return toApplicationType(await attachFileCommand(ctx, input));
  }

  /** Detaches a file from the dossier. */
  @Mutation(() => ApplicationType, { nullable: true })
  async detachFile(@Ctx() ctx: RequestContext, @Arg('input') input: DetachFileInput): Promise<ApplicationType> {
    return toApplicationType(await detachFileCommand(ctx, input));
  }

  /** Adds a supplement to a frozen dossier. */
  @Mutation(() => SupplementType, { nullable: true })
  async addSupplement(@Ctx() ctx: RequestContext, @Arg('input') input: AddSupplementInput): Promise<SupplementType> {
    const supplement = await addSupplementCommand(ctx, input);
    return toSupplementType(supplement, applicationFacts(supplement.application), supplement.file);
  }
}
