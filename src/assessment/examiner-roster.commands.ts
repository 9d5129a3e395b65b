import { Assignment, RoleGrant } from '../entities';
import { GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { examinerAttributes, type ExaminerInput } from '../auth/grant-society-role.command';
import { checkText } from '../dossier/input-checks';
import { allowPlatformAction } from '../policies/platform.policy';
import { recusalReason } from '../workflow/composition-rules';
import { assessedApplication, endAssignments, toCandidate } from './load-candidates';
import { isUuid } from '../common/is-uuid';
import { revokeGrant } from '../auth/revoke-role.command';

/** An examiner on the roster of the request's society; anything else is NOT_FOUND. */
async function rosterExaminer(ctx: CommandContext, id: string, action: 'updateExaminer' | 'revokeExaminer'): Promise<RoleGrant> {
  if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowPlatformAction(ctx, action)) throw new AppError('FORBIDDEN');
  const grant = isUuid(id)
    ? await ctx.em.findOne(RoleGrant, { id, role: GrantRole.EXAMINER, revokedAt: null, society: ctx.scope.society.id }, { populate: ['account'] })
    : null;
  if (!grant) throw new AppError('NOT_FOUND', { field: 'id' });
  return grant;
}

/**
 * Staff update an examiner's grade, field, specialties or employer. A standing assignment the change makes
 * improper (another field; now the applicant's employer) ends at once, and with it the examiner's access.
 */
export async function updateExaminerCommand(ctx: CommandContext, id: string, input: ExaminerInput): Promise<RoleGrant> {
  const grant = await rosterExaminer(ctx, id, 'updateExaminer');
  Object.assign(grant, await examinerAttributes(ctx.em, ctx.scope.society!.id, input, 'input'));
  const now = ctx.clock();
  for (const assignment of await ctx.em.find(Assignment, { examiner: grant, removedAt: null }, { populate: ['application'] })) {
    const application = assignment.application;
    const recusal = recusalReason(toCandidate(grant), await assessedApplication(ctx.em, application));
    const reason = application.field.id !== grant.field!.id ? 'EXAMINER_OTHER_FIELD' : recusal ? `RECUSED_${recusal}` : undefined;
    if (reason) endAssignments([assignment], reason, now);
  }
  await ctx.em.flush();
  return grant;
}

/**
 * Staff take an examiner off the roster by grant id (with the reason): every standing assignment ends, and so does
 * access. The same revocation as revokeSocietyRole(EXAMINER), which names the examiner by email (revokeGrant).
 */
export async function revokeExaminerCommand(ctx: CommandContext, id: string, reason: string): Promise<void> {
  const text = checkText(reason, 'reason', 1000, true)!;
  const grant = await rosterExaminer(ctx, id, 'revokeExaminer');
  await revokeGrant(ctx, grant, text, 'id');
}
