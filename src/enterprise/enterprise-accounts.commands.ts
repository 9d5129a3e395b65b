import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Enterprise, type SocietyInvitation } from '../entities';
import { GrantRole } from '../entities/enums';
import { offerRole } from '../auth/offer-role';
import { isUuid } from '../common/is-uuid';
import { AppError } from '../errors/app-error';
import { allowPlatformAction } from '../policies/platform.policy';
import type { CommandContext } from '../workflow/command-context';
import { enterpriseInScope } from '../tenancy/enterprise-scope';

/** A person to appoint: an existing account keeps its password; a new one is created with the initial password. */
export interface AppointmentInput {
  email: string;
  displayName: string;
  initialPassword: string;
}

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** Registers a recommending enterprise (推荐单位): a society's staff or a federation admin. */
export async function registerEnterpriseCommand(ctx: CommandContext, input: { name: string; creditCode?: string | null }): Promise<Enterprise> {
  if (!allowPlatformAction(ctx, 'registerEnterprise')) throw new AppError('FORBIDDEN');
  const name = input.name.trim();
  if (name.length < 2 || name.length > 200) throw bad('input.name', 'the name must have 2–200 characters', '单位名称须为 2–200 个字符');
  const creditCode = input.creditCode?.trim().toUpperCase() || undefined;
  // 统一社会信用代码: 18 characters of digits and upper-case letters (GB 32100).
  if (creditCode !== undefined && !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(creditCode)) {
    throw bad('input.creditCode', 'the unified social credit code has 18 digits or letters', '统一社会信用代码须为 18 位数字或字母');
  }
  const enterprise = ctx.em.create(Enterprise, { name, creditCode, createdAt: ctx.clock() });
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new AppError('ALREADY_EXISTS', { field: 'input.creditCode', params: { what: 'An enterprise with this credit code', whatZh: '该统一社会信用代码的单位' } });
    throw error;
  }
  return enterprise;
}

/**
 * Appoints the admin of a recommending enterprise: the path that replaces grantSocietyRole(ENTERPRISE_RECOMMENDER),
 * which stays refused (an enterprise is no society role). Society staff or a federation admin. Like
 * grantSocietyRole, the appointment is an invitation the person accepts (acceptInvitation), and its answer and
 * work are the same whether or not the email has an account (offerRole).
 */
export async function appointEnterpriseAdminCommand(ctx: CommandContext, input: AppointmentInput & { enterpriseId: string }): Promise<SocietyInvitation> {
  if (!allowPlatformAction(ctx, 'appointEnterpriseAdmin')) throw new AppError('FORBIDDEN');
  const enterprise = isUuid(input.enterpriseId) ? await ctx.em.findOne(Enterprise, { id: input.enterpriseId }) : null;
  if (!enterprise) throw new AppError('NOT_FOUND', { field: 'input.enterpriseId' });
  return offerRole(ctx, { scope: { enterpriseId: enterprise.id, enterpriseName: enterprise.name }, role: GrantRole.ENTERPRISE_ADMIN, ...input });
}

/** The enterprise's admin appoints one of its recommenders (安排专人), in its own enterprise only: an invitation too. */
export async function appointEnterpriseRecommenderCommand(ctx: CommandContext, input: AppointmentInput): Promise<SocietyInvitation> {
  if (!allowPlatformAction(ctx, 'appointEnterpriseRecommender')) throw new AppError('FORBIDDEN');
  const enterprise = await ctx.em.findOneOrFail(Enterprise, { id: enterpriseInScope(ctx, { admin: true }) });
  return offerRole(ctx, { scope: { enterpriseId: enterprise.id, enterpriseName: enterprise.name }, role: GrantRole.ENTERPRISE_RECOMMENDER, ...input });
}
