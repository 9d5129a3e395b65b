import { createUnionType, Ctx, FieldResolver, registerEnumType, Resolver, Root } from 'type-graphql';
import { CATEGORY_PLUGINS, pluginByCode, pluginForField } from '../../categories/registry';
import type { ApplicationFacts } from '../../policies/relations';
import type { Dossier } from '../../dossier/dossier';
import { DOSSIER_LIMITS } from '../../dossier/dossier-limits';
import { withDossierText } from '../../dossier/dossier-text';
import { countCharacters, validateDossier } from '../../dossier/validate-dossier';
import type { RequestContext } from '../../http/request-context';
import { OFFERED_APPLICATION_ACTIONS } from '../../policies/application.actions';
import { viewerCan, type ApplicationAction } from '../../policies/application.policy';
import { guardFactsFor } from '../../assessment/guard-facts';
import { partOfFile } from '../../policies/file.policy';
import { historyEntryVisibility } from '../../policies/history.policy';
import { isPromiseLike, mapMaybe, type MaybePromise } from '../../policies/maybe-promise';
import { relationsOf, type ApplicationRelation } from '../../policies/relations';
import type { StoredFile } from '../../entities';
import { readPartsOf } from './application-read';
import { canSee } from '../../policies/visibility-matrix';
import { guardViolationsNow, type GuardInput } from '../../workflow/guards';
import { guardInputOf } from '../../workflow/run-decision';
import { chinaToday } from '../../workflow/working-day-calendar';
import { toFieldType, toGradeType, toSocietyType, toSpecialtyType } from '../reference/reference.mappers';
import { EngineeringFieldType, GradeType, SocietyType, SpecialtyType } from '../reference/reference.types';
import {
  entityOf, factsOfType, toAchievementType, toClaimType, toEducationType, toEventType, toFileType, toSupplementType, toWorkHistoryType,
} from './application.mappers';
import {
  AchievementType, ApplicationEventType, ApplicationType, BasicInformationType, CompetencyClaimType, DossierFileType, DossierValidationType,
  EducationEntryType, EligibilityType, InternationalTitleType, SelfStatementType, SupplementType, WorkHistoryEntryType,
} from './application.types';

/** The category plug-ins' field sets, one GraphQL type per category. */
export const CategoryFieldsUnion = createUnionType({
  name: 'CategoryFields',
  description: "The dossier fields of the application's engineering category",
  types: () => CATEGORY_PLUGINS.map((plugin) => plugin.fields.objectType) as unknown as [new () => object],
});

/** The actions of viewerCan, as a GraphQL enum. */
export const ApplicationActionEnum = Object.fromEntries(OFFERED_APPLICATION_ACTIONS.map((action) => [action, action])) as Record<ApplicationAction, ApplicationAction>;
registerEnumType(ApplicationActionEnum, { name: 'ApplicationAction', description: 'What one can do with an application (viewerCan)' });

/** Gives an object and every object nested in it (arrays included) the application's facts, for the field policies. */
function withFacts<T>(value: T, applicationFacts: ApplicationFacts): T {
  if (Array.isArray(value)) value.forEach((item) => withFacts(item, applicationFacts));
  else if (value && typeof value === 'object') {
    for (const child of Object.values(value)) withFacts(child, applicationFacts);
    Object.assign(value, { applicationFacts });
  }
  return value;
}

async function dossierOf(application: ApplicationType, { loaders }: RequestContext): Promise<Dossier> {
  // Every check of the dossier reads its texts: filled here when the page read them deferred.
  const entity = await withDossierText(loaders, entityOf(application));
  const grade = await loaders.gradeById.load(application.gradeId);
  const field = await loaders.fieldById.load(application.fieldId);
  return {
    application: entity,
    grade: grade!,
    fieldCode: field!.code,
    education: await loaders.educationByApplicationId.load(application.id),
    workHistory: await loaders.workHistoryByApplicationId.load(application.id),
    claims: await loaders.claimsByApplicationId.load(application.id),
    achievements: await loaders.achievementsByApplicationId.load(application.id),
    files: await loaders.filesByApplicationId.load(application.id),
  };
}

/** The dossier parts and computed views of an application, each batched per request. */
@Resolver(() => ApplicationType)
export class ApplicationFieldsResolver {
  /** The society the application was made to. */
  @FieldResolver(() => SocietyType, { nullable: true })
  async society(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<SocietyType | null> {
    const society = await loaders.societyById.load(application.societyId);
    return society ? toSocietyType(society) : null;
  }

  /** The engineering field. */
  @FieldResolver(() => EngineeringFieldType, { nullable: true })
  async field(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<EngineeringFieldType | null> {
    const field = await loaders.fieldById.load(application.fieldId);
    return field ? toFieldType(field) : null;
  }

  /** The specialty. */
  @FieldResolver(() => SpecialtyType, { nullable: true })
  specialty(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): MaybePromise<SpecialtyType | null> {
    const read = readPartsOf(entityOf(application))?.specialty;
    const specialty = read !== undefined ? read : loaders.specialtyById.load(application.specialtyId);
    return mapMaybe(specialty, (found) => (found ? toSpecialtyType(found) : null));
  }

  /** The grade applied for. */
  @FieldResolver(() => GradeType, { nullable: true })
  grade(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): MaybePromise<GradeType | null> {
    const read = readPartsOf(entityOf(application))?.grade;
    const grade = read !== undefined ? read : loaders.gradeById.load(application.gradeId);
    return mapMaybe(grade, (found) => (found ? toGradeType(found) : null));
  }

  /** 基本信息. */
  @FieldResolver(() => BasicInformationType, { nullable: true })
  basicInformation(@Root() application: ApplicationType): BasicInformationType {
    const e = entityOf(application);
    return {
      applicationFacts: factsOfType(application),
      name: e.name ?? null, namePinyin: e.namePinyin ?? null, idNumber: e.idNumber ?? null, birthDate: e.birthDate ?? null,
      membershipNumber: e.membershipNumber ?? null, mailingAddress: e.mailingAddress ?? null, mobile: e.mobile ?? null, email: e.email ?? null,
      employer: e.employer ?? null, employerEn: e.employerEn ?? null, accreditedProgramme: e.accreditedProgramme ?? null,
      wantsMutualRecognition: e.wantsMutualRecognition ?? null,
    };
  }

  /** Education, oldest first. */
  @FieldResolver(() => [EducationEntryType], { nullable: true })
  education(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): MaybePromise<EducationEntryType[]> {
    const facts = factsOfType(application);
    const entries = readPartsOf(entityOf(application))?.education ?? loaders.educationByApplicationId.load(application.id);
    return mapMaybe(entries, (found) => found.map((entry) => toEducationType(entry, facts)));
  }

  /** Work history, oldest first. */
  @FieldResolver(() => [WorkHistoryEntryType], { nullable: true })
  workHistory(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): MaybePromise<WorkHistoryEntryType[]> {
    const facts = factsOfType(application);
    const entries = readPartsOf(entityOf(application))?.workHistory ?? loaders.workHistoryByApplicationId.load(application.id);
    return mapMaybe(entries, (found) => found.map((entry) => toWorkHistoryType(entry, facts)));
  }

  /** The self-statement with its character count against the recommendation. */
  @FieldResolver(() => SelfStatementType, { nullable: true })
  selfStatement(@Root() application: ApplicationType): SelfStatementType {
    const entity = entityOf(application);
    const text = entity.selfStatement ?? null;
    const characterCount = countCharacters(text);
    const { min, max } = DOSSIER_LIMITS.selfStatementRecommended;
    return {
      applicationFacts: factsOfType(application),
      text, characterCount, recommendedMin: min, recommendedMax: max, withinRecommendation: characterCount >= min && characterCount <= max,
      careerPlanShortTerm: entity.careerPlanShortTerm ?? null, careerPlanMidTerm: entity.careerPlanMidTerm ?? null, careerPlanLongTerm: entity.careerPlanLongTerm ?? null,
    };
  }

  /** Passages and the competency items they evidence. */
  @FieldResolver(() => [CompetencyClaimType], { nullable: true })
  async competencyClaims(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<CompetencyClaimType[]> {
    const facts = factsOfType(application);
    return (await loaders.claimsByApplicationId.load(application.id)).map((claim) => toClaimType(claim, facts));
  }

  /** Professional achievements (at most 6). */
  @FieldResolver(() => [AchievementType], { nullable: true })
  async achievements(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<AchievementType[]> {
    const facts = factsOfType(application);
    return (await loaders.achievementsByApplicationId.load(application.id)).map((achievement) => toAchievementType(achievement, facts));
  }

  /** The international title, if any (simplified path). */
  @FieldResolver(() => InternationalTitleType, { nullable: true })
  internationalTitle(@Root() application: ApplicationType): InternationalTitleType | null {
    const e = entityOf(application);
    return e.internationalTitleKind ? { applicationFacts: factsOfType(application), kind: e.internationalTitleKind, name: e.internationalTitleName ?? null, number: e.internationalTitleNumber ?? null } : null;
  }

  /** Files attached to the dossier (metadata; bytes at downloadPath). */
  @FieldResolver(() => [DossierFileType], { nullable: true })
  files(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): MaybePromise<DossierFileType[]> {
    const facts = factsOfType(application);
    const shown = (relations: ReadonlySet<ApplicationRelation>, files: StoredFile[]) =>
      files.filter((file) => file.purpose !== 'SUPPLEMENT' && canSee(relations, partOfFile(file.purpose), application.stage!)).map((file) => toFileType(file, facts));
    const read = readPartsOf(entityOf(application))?.files;
    const relations = relationsOf(ctx, facts);
    if (read && !isPromiseLike(relations)) return shown(relations, read);
    return Promise.all([relations, read ?? ctx.loaders.filesByApplicationId.load(application.id)]).then(([known, files]) => shown(known, files));
  }

  /** Additions made after acceptance, oldest first. */
  @FieldResolver(() => [SupplementType], { nullable: true })
  async supplements(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<SupplementType[]> {
    const [supplements, files] = [await loaders.supplementsByApplicationId.load(application.id), await loaders.filesByApplicationId.load(application.id)];
    const facts = factsOfType(application);
    return supplements.map((supplement) => toSupplementType(supplement, facts, files.find((file) => file.id === supplement.file?.id)));
  }

  /** Every step so far: who, when, from, to, why. */
  @FieldResolver(() => [ApplicationEventType], { nullable: true })
  async history(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): Promise<ApplicationEventType[]> {
    const facts = factsOfType(application);
    const [events, relations] = [await ctx.loaders.eventsByApplicationId.load(application.id), await relationsOf(ctx, facts)];
    // Entries are dossier parts too: each reason and actor name follows the part of the matrix it reveals.
    return events.map((event) => {
      const { reasonPart, actorPart } = historyEntryVisibility(relations, facts.stage, event);
      const reason = reasonPart !== undefined && (event.reason != null || Array.isArray(event.details?.items));
      if (reason) ctx.dossierReads.record(facts, reasonPart);
      if (actorPart) ctx.dossierReads.record(facts, actorPart);
      return toEventType(event, facts, { reason, actor: actorPart !== undefined });
    });
  }

  /** What still blocks submission, with codes and field paths. */
  @FieldResolver(() => DossierValidationType, { nullable: true })
  async validation(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): Promise<DossierValidationType> {
    const applicationFacts = factsOfType(application);
    const issues = validateDossier(await dossierOf(application, ctx)).map((issue) => ({ ...issue, applicationFacts }));
    return { applicationFacts, ready: !issues.some((issue) => issue.severity === 'BLOCKING'), issues };
  }

  /** Basic conditions computed from the dossier (education, years of relevant and major work). */
  @FieldResolver(() => EligibilityType, { nullable: true })
  async eligibility(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): Promise<EligibilityType> {
    const dossier = await dossierOf(application, ctx);
    const asOf = chinaToday(application.submittedAt ?? ctx.clock());
    const applicationFacts = factsOfType(application);
    const eligibility = pluginForField(dossier.fieldCode).eligibility(dossier, asOf);
    return { ...eligibility, applicationFacts, conditions: eligibility.conditions.map((condition) => ({ ...condition, applicationFacts })) };
  }

  /** The category plug-in's own fields. */
  @FieldResolver(() => CategoryFieldsUnion, { nullable: true })
  categoryFields(@Root() application: ApplicationType): object | null {
    const stored = entityOf(application).categoryFields;
    const plugin = pluginByCode(String(stored.category ?? ''));
    // The plug-in's objects carry the facts too, nested ones included: their fields are dossier content like any other.
    return plugin ? withFacts(plugin.fields.toObject(stored), factsOfType(application)) : null;
  }

  /** The actions the viewer may take now (at once when its guards can tell from the application's own columns). */
  @FieldResolver(() => [ApplicationActionEnum], { nullable: true })
  viewerCan(@Root() application: ApplicationType, @Ctx() ctx: RequestContext): MaybePromise<ApplicationAction[]> {
    const offered = (relations: ReadonlySet<ApplicationRelation>): MaybePromise<ApplicationAction[]> => {
      // The same guards the commands run: a step is offered only if nothing known now would refuse it. Their input
      // is put together when a guard is first asked (many rows offered to a viewer run none).
      let input: GuardInput | undefined;
      const inputOf = () => {
        const entity = entityOf(application);
        // The dossier this request already loaded for the other fields serves the dossier guard too.
        const facts = { ...guardFactsFor(ctx, entity), blockingDossierIssues: async () => validateDossier(await dossierOf(application, ctx)).filter((issue) => issue.severity === 'BLOCKING') };
        return guardInputOf(ctx, entity, facts);
      };
      return viewerCan(relations, application.stage!, (names) => mapMaybe(guardViolationsNow(names, (input ??= inputOf())), (violations) => violations.length === 0));
    };
    const relations = relationsOf(ctx, factsOfType(application));
    return isPromiseLike(relations) ? relations.then(offered) : offered(relations);
  }

}
