import type { Application } from '../entities';
import type { CommandContext } from '../workflow/command-context';
import type { DossierEdit } from '../policies/application.actions';
import { checkVersion, loadApplicationFor } from '../policies/load-application';

/**
 * Loads for a full dossier edit by one mutation (its row: the stage must allow it) at the expected version, and
 * marks the dossier as changed.
 */
export async function loadForDossierEdit(ctx: CommandContext, id: string, expectedVersion: number, edit: DossierEdit): Promise<Application> {
  const { application } = await loadApplicationFor(ctx, id, edit);
  checkVersion(application, expectedVersion);
  // Every section save moves the version, so two editors of one dossier cannot overwrite each other.
  application.updatedAt = new Date();
  return application;
}
