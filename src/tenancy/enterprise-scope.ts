import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';

/**
 * The enterprise a request acts for: its only enterprise grant's, or the one the X-Enterprise header names among
 * them (the enterprise scope comes from the principal's grants, never from a command's arguments).
 */
export function enterpriseInScope(ctx: CommandContext, options: { admin?: boolean } = {}): string {
  const ids = options.admin ? ctx.scope.enterpriseAdminIds ?? [] : ctx.scope.enterpriseIds ?? [];
  const named = ctx.scope.enterpriseId;
  if (named !== undefined) {
    if (!ids.includes(named)) throw new AppError('ENTERPRISE_REQUIRED');
    return named;
  }
  if (ids.length === 0) throw new AppError('ENTERPRISE_REQUIRED');
  if (ids.length > 1) throw new AppError('ENTERPRISE_SCOPE_AMBIGUOUS');
  return ids[0];
}
