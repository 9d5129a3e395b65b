import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { CategoryFieldsInput } from '../../categories/category-fields-input';
import { saveCategoryFieldsCommand } from '../../categories/save-category-fields.command';
import type { RequestContext } from '../../http/request-context';
import { toApplicationType } from './application.mappers';
import { ApplicationType } from './application.types';

/** Saves any category's dossier fields through one typed mutation (replaces saveGeneralCategoryFields). */
@Resolver()
export class CategoryFieldsResolver {
  /** Saves the category fields given under the application's category code (stored as the dossier's category JSON). */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveCategoryFields(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId') applicationId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => CategoryFieldsInput) input: CategoryFieldsInput,
  ): Promise<ApplicationType> {
    return toApplicationType(await saveCategoryFieldsCommand(ctx, applicationId, expectedVersion, input));
  }
}
