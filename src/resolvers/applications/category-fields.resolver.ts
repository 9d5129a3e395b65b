import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { pluginForField } from '../../categories/registry';
import { ApplicationStage } from '../../entities/enums';
import { CategoryFieldsInput } from '../../categories/category-fields-input';
import { saveCategoryFieldsCommand } from '../../categories/save-category-fields.command';
import type { RequestContext } from '../../http/request-context';
import { factsOfType, toApplicationType } from './application.mappers';
import { DossierPartObject } from './dossier-part-object';
import { ApplicationType } from './application.types';

/** Saves any category's dossier fields through one typed mutation (replaces saveGeneralCategoryFields). */
@Resolver()
export class CategoryFieldsResolver {
  /** Saves the category fields given under the application's category code (stored as the dossier's category JSON). */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveCategoryFields(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => CategoryFieldsInput) input: CategoryFieldsInput,
  ): Promise<ApplicationType> {
    return toApplicationType(await saveCategoryFieldsCommand(ctx, applicationId, expectedVersion, input));
  }
}

/** A step the registered person may take next, as the category plug-in words it. */
@ObjectType('NextStep', { description: 'What the registered person may do next (e.g. voluntary federation membership, seed 003 clause 9)' })
export class NextStepType extends DossierPartObject {
  @Field(() => String, { nullable: true }) code!: string;
  @Field(() => String, { nullable: true }) label!: string;
  @Field(() => String, { nullable: true }) labelEn!: string;
  @Field(() => Boolean, { nullable: true }) voluntary!: boolean;
}

/** Application → what its category offers after registration. */
@Resolver(() => ApplicationType)
export class CategoryNextStepsResolver {
  /** The category's next steps once the application is registered (none before). */
  @FieldResolver(() => [NextStepType], { nullable: true, description: "The steps the category offers after registration (empty before it)" })
  async nextSteps(@Root() application: ApplicationType, @Ctx() { loaders }: RequestContext): Promise<NextStepType[]> {
    if (application.stage !== ApplicationStage.REGISTERED) return [];
    const field = await loaders.fieldById.load(application.fieldId);
    return pluginForField(field!.code).nextStepsAfterRegistration.map((step) => Object.assign(new NextStepType(), {
      code: step.code, label: step.labelZh, labelEn: step.labelEn, voluntary: step.voluntary, applicationFacts: factsOfType(application),
    }));
  }
}
