import { Assignment, ConflictDeclaration, RoleGrant, type Application } from '../entities';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { loadApplicationFor } from '../policies/load-application';
import { endAssignments, loadExaminers } from './load-candidates';
import { examinerGrantIds } from '../auth/principal';

async function declare(ctx: CommandContext, application: Application, examiner: RoleGrant, reason: string): Promise<ConflictDeclaration> {
  if (await ctx.em.count(ConflictDeclaration, { application, examiner })) {
    throw new AppError('ALREADY_EXISTS', { field: 'applicationId', params: { what: 'This conflict of interest', whatZh: '该利益冲突申明' } });
  }
  const now = ctx.clock();
  const declaration = ctx.em.create(ConflictDeclaration, { society: application.society, application, examiner, reason, declaredAt: now });
  // A conflict ends every standing assignment of the examiner on this applicant, and with it their access.
  endAssignments(await ctx.em.find(Assignment, { application, examiner, removedAt: null }), 'CONFLICT_DECLARED', now);
  await ctx.em.flush();
  return declaration;
}

/** An assigned examiner declares a conflict of interest with the applicant: they are taken off at once. */
export async function declareConflictOfInterestCommand(ctx: CommandContext, applicationId: string, reason: string): Promise<ConflictDeclaration> {
  const text = checkText(reason, 'reason', 1000, true)!;
  const { application } = await loadApplicationFor(ctx, applicationId, 'declareConflictOfInterest');
  const [examiner] = await ctx.em.find(RoleGrant, { id: { $in: examinerGrantIds(ctx.principal, application.society.id) } });
  return declare(ctx, application, examiner, text);
}

/** Staff record an examiner's conflict of interest (declared to them): the examiner can no longer be assigned. */
export async function recordConflictOfInterestCommand(ctx: CommandContext, applicationId: string, examinerId: string, reason: string): Promise<ConflictDeclaration> {
  const text = checkText(reason, 'reason', 1000, true)!;
  const { application } = await loadApplicationFor(ctx, applicationId, 'recordConflictOfInterest');
  const [examiner] = await loadExaminers(ctx.em, application, [examinerId], 'examinerId');
  return declare(ctx, application, examiner, text);
}
