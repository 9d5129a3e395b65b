import { StoredFile, type Application } from '../../entities';
import { FilePurpose, type DegreeEvidenceKind } from '../../entities/enums';
import { AppError } from '../../errors/app-error';
import type { CommandContext } from '../../workflow/command-context';
import { flushWithVersionCheck } from '../../persistence/flush-with-version-check';
import { loadForDossierEdit } from '../application-access';
import { FILE_RULES } from '../dossier-limits';
import { checkText } from '../input-checks';
import { isUuid } from '../../common/is-uuid';

/** Attaches an uploaded, unattached file of the applicant's to a dossier part, within the part's count and type rules. */
export async function attachFileCommand(
  ctx: CommandContext,
  input: { applicationId: string; expectedVersion: number; fileId: string; purpose: FilePurpose; degreeEvidenceKind?: DegreeEvidenceKind | null; caption?: string | null },
): Promise<Application> {
  const caption = checkText(input.caption, 'input.caption', 200);
  // Only degree evidence is verified by the CHSI record or the overseas certification (seed 000).
  if (input.degreeEvidenceKind && input.purpose !== FilePurpose.DEGREE_EVIDENCE) {
    throw new AppError('DEGREE_EVIDENCE_KIND_NOT_APPLICABLE', { field: 'input.degreeEvidenceKind' });
  }
  const application = await loadForDossierEdit(ctx, input.applicationId, input.expectedVersion, 'attachFile');
  const file = isUuid(input.fileId) ? await ctx.em.findOne(StoredFile, { id: input.fileId, owner: ctx.principal!.accountId }) : null;
  if (!file) throw new AppError('NOT_FOUND', { field: 'input.fileId' });
  // A file attached anywhere (a dossier, a CPD activity) is taken.
  if (file.application || file.attachedAt) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.fileId', params: { detail: 'the file is already attached', detailZh: '该文件已附加到申请材料中' } });
  }
  const rule = FILE_RULES[input.purpose];
  if (!rule.contentTypes.includes(file.contentType)) {
    throw new AppError('UNSUPPORTED_FILE_TYPE', { field: 'input.fileId', params: { allowed: rule.contentTypes.join(', ') } });
  }
  const attached = await ctx.em.count(StoredFile, { application, purpose: input.purpose });
  if (attached >= rule.max) {
    throw new AppError('BAD_USER_INPUT', {
      field: 'input.purpose',
      params: { detail: `at most ${rule.max} file(s) of this kind; remove one first`, detailZh: `此类文件最多 ${rule.max} 个，请先移除` },
    });
  }
  file.application = application;
  file.purpose = input.purpose;
  file.caption = caption;
  file.degreeEvidenceKind = input.degreeEvidenceKind ?? undefined;
  file.attachedAt = ctx.clock();
  await flushWithVersionCheck(ctx);
  return application;
}

/** Detaches a file from the dossier (it stays the applicant's, unattached). */
export async function detachFileCommand(ctx: CommandContext, input: { applicationId: string; expectedVersion: number; fileId: string }): Promise<Application> {
  const application = await loadForDossierEdit(ctx, input.applicationId, input.expectedVersion, 'detachFile');
  const file = isUuid(input.fileId) ? await ctx.em.findOne(StoredFile, { id: input.fileId, application }) : null;
  if (!file) throw new AppError('NOT_FOUND', { field: 'input.fileId' });
  file.application = undefined;
  file.purpose = undefined;
  file.degreeEvidenceKind = undefined;
  file.attachedAt = undefined;
  await flushWithVersionCheck(ctx);
  return application;
}
