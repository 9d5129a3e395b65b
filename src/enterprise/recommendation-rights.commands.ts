import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Account, ApplicationRound, EngineeringField, Enterprise, RecommendationRight, RecommendingUnitForm, Society, SocietyField } from '../entities';
import { checkCalendarDate, checkIntegerRange } from '../common/input-ranges';
import { isUuid } from '../common/is-uuid';
import { AppError } from '../errors/app-error';
import { allowPlatformAction } from '../policies/platform.policy';
import type { CommandContext } from '../workflow/command-context';

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** The society in scope, for an action its row marks inSociety (allowPlatformAction refuses without one). */
async function societyInScope(ctx: CommandContext): Promise<Society> {
  return ctx.em.findOneOrFail(Society, { id: ctx.scope.society!.id });
}

/**
 * The society reviews an enterprise's form and opens recommendation rights for some of its own fields
 * (seed 004: 学会将及时为推荐单位…开通相应推荐权限). A form whose batch exceeds the society's limit is refused.
 */
export async function openRecommendationRightsCommand(ctx: CommandContext, input: { enterpriseId: string; fieldCodes: string[] }): Promise<RecommendationRight[]> {
  if (!allowPlatformAction(ctx, 'openRecommendationRights')) throw new AppError('FORBIDDEN');
  const { em } = ctx;
  const society = await societyInScope(ctx);
  const enterprise = isUuid(input.enterpriseId) ? await em.findOne(Enterprise, { id: input.enterpriseId }) : null;
  if (!enterprise) throw new AppError('NOT_FOUND', { field: 'input.enterpriseId' });
  const form = await em.findOne(RecommendingUnitForm, { enterprise });
  if (!form) throw new AppError('RECOMMENDING_UNIT_FORM_MISSING', { field: 'input.enterpriseId' });
  if (form.engineersPerBatch > society.enterpriseBatchLimit) {
    throw new AppError('ENTERPRISE_BATCH_LIMIT_EXCEEDED', { field: 'input.enterpriseId', params: { limit: society.enterpriseBatchLimit, count: form.engineersPerBatch } });
  }
  const codes = [...new Set(input.fieldCodes.map((code) => code.trim().toUpperCase()))];
  const fields = codes.length ? await em.find(EngineeringField, { code: { $in: codes } }) : [];
  const societyFields = fields.length ? await em.find(SocietyField, { society, field: { $in: fields } }) : [];
  if (codes.length === 0 || societyFields.length !== codes.length) {
    throw bad('input.fieldCodes', `name one or more fields society ${society.code} evaluates`, `须指定学会 ${society.code} 评价的一个或多个领域`);
  }
  const open = await em.find(RecommendationRight, { society, enterprise, field: { $in: fields }, withdrawnAt: null });
  const now = ctx.clock();
  const opened = fields
    .filter((field) => !open.some((right) => right.field.id === field.id))
    .map((field) => em.create(RecommendationRight, { society, enterprise, field, openedAt: now, openedBy: em.getReference(Account, ctx.principal!.accountId) }));
  try {
    await em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new AppError('ALREADY_EXISTS', { field: 'input.fieldCodes', params: { what: 'An open recommendation right', whatZh: '已开通的推荐权限' } });
    throw error;
  }
  return [...open, ...opened];
}

/**
 * Withdraws a recommendation right of the society in scope: no new codes under it, and the enterprise's codes issued
 * under it (this society, this field) and not redeemed yet are revoked in the same transaction, each recording who,
 * when, why and which right. Redeemed codes stay bound to their pre-applications.
 */
export async function withdrawRecommendationRightCommand(ctx: CommandContext, input: { rightId: string; reason: string }): Promise<RecommendationRight> {
  if (!allowPlatformAction(ctx, 'withdrawRecommendationRight')) throw new AppError('FORBIDDEN');
  const { em } = ctx;
  const right = isUuid(input.rightId) ? await em.findOne(RecommendationRight, { id: input.rightId, society: ctx.scope.society!.id }) : null;
  if (!right) throw new AppError('NOT_FOUND', { field: 'input.rightId' });
  if (right.withdrawnAt) throw new AppError('ALREADY_EXISTS', { field: 'input.rightId', params: { what: 'The withdrawal', whatZh: '该撤回' } });
  const reason = input.reason.trim();
  if (!reason || reason.length > 500) throw bad('input.reason', 'give the reason (1–500 characters)', '请填写撤回理由（1–500 个字符）');
  const now = ctx.clock();
  const by = ctx.principal!.accountId;
  Object.assign(right, { withdrawnAt: now, withdrawnBy: em.getReference(Account, by), withdrawalReason: reason });
  await em.flush();
  // One statement, conditional on the row as it is when locked: a redemption committed meanwhile keeps its code.
  await em.execute(
    `update recommendation_code set revoked_at = ?, revoked_by_id = ?, revocation_reason = ?, revoked_with_right_id = ?
      where enterprise_id = ? and society_id = ? and field_id = ? and redeemed_at is null and revoked_at is null`,
    [now, by, reason, right.id, right.enterprise.id, right.society.id, right.field.id],
  );
  return right;
}

/** Sets the enterprise channel's settings of the society in scope: the batch limit and how long codes stay valid. */
export async function setEnterpriseChannelSettingsCommand(ctx: CommandContext, input: { batchLimit: number; codeValidDays: number }): Promise<Society> {
  if (!allowPlatformAction(ctx, 'setEnterpriseChannelSettings')) throw new AppError('FORBIDDEN');
  const society = await societyInScope(ctx);
  society.enterpriseBatchLimit = checkIntegerRange(input.batchLimit, 'input.batchLimit', { min: 1, max: 1000 });
  society.recommendationCodeValidDays = checkIntegerRange(input.codeValidDays, 'input.codeValidDays', { min: 1, max: 366 });
  await ctx.em.flush();
  return society;
}

/** Opens an application round of the society in scope with its closing date (seed 004: 4 月 20 日前). */
export async function openApplicationRoundCommand(ctx: CommandContext, input: { name: string; closesOn: string }): Promise<ApplicationRound> {
  if (!allowPlatformAction(ctx, 'openApplicationRound')) throw new AppError('FORBIDDEN');
  const name = input.name.trim();
  if (!name || name.length > 100) throw bad('input.name', 'the round needs a name of 1–100 characters', '批次名称须为 1–100 个字符');
  const closesOn = checkCalendarDate(input.closesOn, 'input.closesOn');
  const round = ctx.em.create(ApplicationRound, { society: ctx.em.getReference(Society, ctx.scope.society!.id), name, closesOn, createdAt: ctx.clock() });
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new AppError('ALREADY_EXISTS', { field: 'input.name', params: { what: 'A round of this name', whatZh: '同名批次' } });
    throw error;
  }
  return round;
}
