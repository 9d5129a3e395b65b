import { Account, AccountStatusChange } from '../entities';
import { AccountStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { checkText } from '../dossier/input-checks';
import { SYSTEM_ACCOUNT_ID } from '../jobs/system-actor';
import { allowPlatformAction } from '../policies/platform.policy';
import type { CommandContext } from '../workflow/command-context';
import { normalizeEmail } from './login.command';

/**
 * A federation admin disables an account (ACTIVE → DISABLED) or enables it again, with the reason; each change is a
 * row of account_status_change (who, when, why). A disabled account cannot log in (the same INVALID_CREDENTIALS as
 * a wrong password), its tokens are refused from the next request in every process (app_request_principal reads
 * the status afresh each request: ACCOUNT_DISABLED), and its live subscriptions end at their next event.
 * Its grants stay: enabling the account gives back exactly what it held.
 */
export async function setAccountStatusCommand(ctx: CommandContext, input: { email: string; reason: string }, status: AccountStatus): Promise<void> {
  const action = status === AccountStatus.DISABLED ? 'disableAccount' : 'enableAccount';
  if (!allowPlatformAction(ctx, action)) throw new AppError('FORBIDDEN');
  const reason = checkText(input.reason, 'reason', 1000, true)!;
  // Federation admins read every account (row-level security: app_is_federation); the system actor is no person.
  const account = await ctx.em.findOne(Account, { email: normalizeEmail(input.email), id: { $ne: SYSTEM_ACCOUNT_ID } });
  if (!account) throw new AppError('NOT_FOUND', { field: 'email' });
  // Locking oneself out (or back in) is no administration: another admin does it.
  if (account.id === ctx.principal!.accountId) throw new AppError('OWN_ACCOUNT', { field: 'email' });
  // Only from the other status: of two concurrent changes the second is refused and writes no history row.
  const changed = await ctx.em.nativeUpdate(Account, { id: account.id, status: { $ne: status } }, { status });
  if (changed !== 1) throw new AppError('INVALID_TRANSITION', { field: 'email', params: { stage: account.status, action } });
  ctx.em.create(AccountStatusChange, { account, status, reason, changedBy: ctx.em.getReference(Account, ctx.principal!.accountId), changedAt: ctx.clock() });
  await ctx.em.flush();
}
