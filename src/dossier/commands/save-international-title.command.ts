import type { Application } from '../../entities';
import type { InternationalTitleKind } from '../../entities/enums';
import type { CommandContext } from '../../workflow/command-context';
import { flushWithVersionCheck } from '../../persistence/flush-with-version-check';
import { loadForDossierEdit } from '../application-access';
import { checkText } from '../input-checks';

/** An international engineer title (simplified path); its proof is a TITLE_PROOF file. */
export interface InternationalTitleInput {
  kind: InternationalTitleKind;
  name?: string | null;
  number: string;
}

/** Sets or (with null) clears the international title. */
export async function saveInternationalTitleCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, title: InternationalTitleInput | null): Promise<Application> {
  const checked = title && {
    kind: title.kind,
    name: checkText(title.name, 'title.name', 100, title.kind === 'OTHER'),
    number: checkText(title.number, 'title.number', 100, true),
  };
  const application = await loadForDossierEdit(ctx, applicationId, expectedVersion, 'saveInternationalTitle');
  application.internationalTitleKind = checked ? checked.kind : undefined;
  application.internationalTitleName = checked ? checked.name : undefined;
  application.internationalTitleNumber = checked ? checked.number : undefined;
  await flushWithVersionCheck(ctx);
  return application;
}
