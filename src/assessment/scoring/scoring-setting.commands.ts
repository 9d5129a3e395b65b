import { Account, ScoringSetting, Society } from '../../entities';
import { AppError } from '../../errors/app-error';
import { allowPlatformAction } from '../../policies/platform.policy';
import type { CommandContext } from '../../workflow/command-context';
import { itemMaximum } from './score-sheet-engine';
import { CATEGORY_PLUGINS } from '../../categories/registry';
import { scoreSheetsOfCategory } from './scoring-route';

/** What society staff set for one category's scored result. */
export interface ScoringSettingInput {
  categoryCode: string;
  quantitativeWeight: number;
  competencyWeight: number;
  passMark: number;
}

function bad(field: string, detail: string, detailZh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail, detailZh } });
}

/** The highest weighted score the category's sheets allow (a pass mark above it could never be met). */
function highestScore(categoryCode: string): number {
  const sheets = scoreSheetsOfCategory(categoryCode);
  return Math.max(...sheets.map((sheet) => sheet.maximum), ...sheets.flatMap((sheet) => sheet.sections.flatMap((section) => section.groups.flatMap((group) => group.items.map(itemMaximum)))));
}

/** Checks a setting: a category with sheets, whole-percent weights making 100, a pass mark in 0…the sheets' maximum (two decimals). */
export function checkScoringSetting(input: ScoringSettingInput): ScoringSettingInput {
  const categoryCode = input.categoryCode.trim().toLowerCase();
  if (scoreSheetsOfCategory(categoryCode).length === 0) {
    const scored = CATEGORY_PLUGINS.filter((plugin) => (plugin.scoreSheets ?? []).length > 0).map((plugin) => plugin.code);
    throw bad('input.categoryCode', `one of the categories with score sheets: ${scored.join(', ')}`, `须为有评分表的类别：${scored.join('、')}`);
  }
  for (const key of ['quantitativeWeight', 'competencyWeight'] as const) {
    const weight = input[key];
    if (!Number.isInteger(weight) || weight < 0 || weight > 100) throw bad(`input.${key}`, 'a whole percentage from 0 to 100', '须为 0–100 的整数百分比');
  }
  if (input.quantitativeWeight + input.competencyWeight !== 100) {
    throw bad('input.competencyWeight', 'the two weights make 100 (percent)', '两项权重之和须为 100（%）');
  }
  const maximum = highestScore(categoryCode);
  if (!Number.isFinite(input.passMark) || input.passMark < 0 || input.passMark > maximum || Math.round(input.passMark * 100) !== input.passMark * 100) {
    throw bad('input.passMark', `a score from 0 to ${maximum}, at most two decimals`, `须为 0–${maximum} 之间的分数，至多两位小数`);
  }
  return { ...input, categoryCode };
}

/** Society staff (or a federation admin in the society) set the weights and the pass mark of a category's scored result. */
export async function setScoringWeightsCommand(ctx: CommandContext, input: ScoringSettingInput): Promise<ScoringSetting> {
  const societyId = ctx.scope.society?.id;
  if (!societyId) throw new AppError('SOCIETY_REQUIRED');
  if (!allowPlatformAction(ctx, 'setScoringWeights')) throw new AppError('FORBIDDEN');
  const checked = checkScoringSetting(input);
  const updatedBy = ctx.em.getReference(Account, ctx.principal!.accountId);
  const values = { quantitativeWeight: checked.quantitativeWeight, competencyWeight: checked.competencyWeight, passMark: checked.passMark, updatedBy, updatedAt: ctx.clock() };
  const setting = (await ctx.em.findOne(ScoringSetting, { society: societyId, categoryCode: checked.categoryCode }))
    ?? ctx.em.create(ScoringSetting, { society: ctx.em.getReference(Society, societyId), categoryCode: checked.categoryCode, ...values });
  Object.assign(setting, values);
  await ctx.em.flush();
  return setting;
}
