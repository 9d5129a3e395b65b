import { loadForDossierEdit } from '../dossier/application-access';
import type { Application } from '../entities';
import { AppError } from '../errors/app-error';
import { flushWithVersionCheck } from '../persistence/flush-with-version-check';
import type { CommandContext } from '../workflow/command-context';
import type { CategoryFieldsInput } from './category-fields-input';
import { pluginByCode } from './registry';

/** Saves the category fields of an application (exactly one category given: the one its field's plug-in stored). */
export async function saveCategoryFieldsCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, input: CategoryFieldsInput): Promise<Application> {
  const given = Object.entries(input).filter(([, value]) => value !== undefined && value !== null);
  // The schema's @oneOf refuses anything else before this runs; a direct caller gets the same answer.
  if (given.length !== 1) {
    throw new AppError('BAD_USER_INPUT', { field: 'input', params: { detail: "give exactly one category's fields", detailZh: '须且只能填写一个工程类别的字段' } });
  }
  const [[code, fields]] = given;
  const plugin = pluginByCode(code);
  if (!plugin) throw new AppError('BAD_USER_INPUT', { field: 'input', params: { detail: 'unknown category', detailZh: '未知的工程类别' } });
  const stored = { category: plugin.code, ...plugin.fields.toStored(fields as object, `input.${code}`) };
  const application = await loadForDossierEdit(ctx, applicationId, expectedVersion, 'saveCategoryFields');
  if (application.categoryFields.category !== plugin.code) {
    throw new AppError('BAD_USER_INPUT', { field: `input.${code}`, params: { detail: 'the application belongs to another category', detailZh: '该申请属于其他工程类别' } });
  }
  application.categoryFields = stored;
  await flushWithVersionCheck(ctx);
  return application;
}
