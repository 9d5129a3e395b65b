import { Account, ApplicationSupplement, StoredFile } from '../../entities';
import { FilePurpose } from '../../entities/enums';
import { AppError } from '../../errors/app-error';
import type { CommandContext } from '../../workflow/command-context';
import { loadApplicationFor } from '../../policies/load-application';
import { checkText } from '../input-checks';
import { isUuid } from '../../common/is-uuid';

/** Adds to a frozen dossier: recorded as a supplement beside what was accepted, never overwriting it. */
export async function addSupplementCommand(
  ctx: CommandContext,
  input: { applicationId: string; concerns: string; content: string; fileId?: string | null },
): Promise<ApplicationSupplement> {
  const concerns = checkText(input.concerns, 'input.concerns', 100, true)!;
  const content = checkText(input.content, 'input.content', 10000, true)!;
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'addSupplement');
  let file: StoredFile | undefined;
  if (input.fileId) {
    file = (isUuid(input.fileId) ? await ctx.em.findOne(StoredFile, { id: input.fileId, owner: ctx.principal!.accountId, application: null, attachedAt: null }) : null) ?? undefined;
    if (!file) throw new AppError('NOT_FOUND', { field: 'input.fileId' });
    file.application = application;
    file.purpose = FilePurpose.SUPPLEMENT;
    file.attachedAt = ctx.clock();
  }
  const supplement = ctx.em.create(ApplicationSupplement, {
    society: application.society,
    application,
    author: ctx.em.getReference(Account, ctx.principal!.accountId),
    concerns,
    content,
    file,
    createdAt: ctx.clock(),
  });
  await ctx.em.flush();
  return supplement;
}
