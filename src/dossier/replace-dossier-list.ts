import type { EntityName, RequiredEntityData } from '@mikro-orm/core';
import type { Application } from '../entities';
import type { DossierPart } from '../entities/dossier-part.entity';
import type { DossierEdit } from '../policies/application.actions';
import type { CommandContext } from '../workflow/command-context';
import { flushWithVersionCheck } from '../persistence/flush-with-version-check';
import { loadForDossierEdit } from './application-access';

/**
 * Replaces one list section of a dossier (education, work history, claims, achievements) with checked rows,
 * at the expected version, in the request's transaction: all rows or none.
 */
export async function replaceDossierList<T extends DossierPart>(
  ctx: CommandContext,
  applicationId: string,
  expectedVersion: number,
  edit: DossierEdit,
  entity: EntityName<T>,
  rows: ReadonlyArray<Omit<RequiredEntityData<T>, 'application' | 'society'>>,
): Promise<Application> {
  const application = await loadForDossierEdit(ctx, applicationId, expectedVersion, edit);
  await ctx.em.nativeDelete(entity, { application } as never);
  for (const row of rows) ctx.em.create(entity, { ...row, application, society: application.society } as RequiredEntityData<T>);
  await flushWithVersionCheck(ctx);
  return application;
}
