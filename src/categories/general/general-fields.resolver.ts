import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { loadForDossierEdit } from '../../dossier/application-access';
import { checkCount, checkText } from '../../dossier/input-checks';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { ApplicationType } from '../../resolvers/applications/application.types';
import { toApplicationType } from '../../resolvers/applications/application.mappers';
import { flushWithVersionCheck } from '../../persistence/flush-with-version-check';
import { GeneralCategoryFieldsInput } from './general-fields.types';
import { GENERAL_CATEGORY } from './category-code';

/** Saves the general category's field set on an application of a general-category field. */
@Resolver()
export class GeneralCategoryFieldsResolver {
  /** Saves titles and qualifications (stored as the dossier's category JSON). */
  @Mutation(() => ApplicationType, { nullable: true })
  async saveGeneralCategoryFields(
    @Ctx() ctx: RequestContext,
    @Arg('applicationId', () => ID) applicationId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input') input: GeneralCategoryFieldsInput,
  ): Promise<ApplicationType> {
    checkCount(input.qualifications.length, 10, 'input.qualifications');
    const fields = {
      category: GENERAL_CATEGORY,
      professionalTitle: checkText(input.professionalTitle, 'input.professionalTitle', 50) ?? null,
      qualifications: input.qualifications.map((q, index) => checkText(q, `input.qualifications[${index}]`, 100, true)!),
    };
    const application = await loadForDossierEdit(ctx, applicationId, expectedVersion);
    if (application.categoryFields.category !== GENERAL_CATEGORY) {
      throw new AppError('BAD_USER_INPUT', { field: 'applicationId', params: { detail: 'the application belongs to another category', detailZh: '该申请属于其他工程类别' } });
    }
    application.categoryFields = fields;
    await flushWithVersionCheck(ctx);
    return toApplicationType(application);
  }
}
