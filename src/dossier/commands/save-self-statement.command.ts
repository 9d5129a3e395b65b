import { CompetencyClaim, CompetencyItem, type Application } from '../../entities';
import { AppError } from '../../errors/app-error';
import type { CommandContext } from '../../workflow/command-context';
import { flushWithVersionCheck } from '../../persistence/flush-with-version-check';
import { loadForDossierEdit } from '../application-access';
import { replaceDossierList } from '../replace-dossier-list';
import { DOSSIER_LIMITS } from '../dossier-limits';
import { checkCount, checkText } from '../input-checks';

/** Saves the competency self-statement as pasted (whitespace kept); its length is checked, not judged (warnings come from validation). */
export async function saveSelfStatementCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, text: string): Promise<Application> {
  if ([...text].length > DOSSIER_LIMITS.selfStatementMax) {
    throw new AppError('BAD_USER_INPUT', {
      field: 'text',
      params: { detail: `at most ${DOSSIER_LIMITS.selfStatementMax} characters`, detailZh: `最多 ${DOSSIER_LIMITS.selfStatementMax} 个字符` },
    });
  }
  const application = await loadForDossierEdit(ctx, applicationId, expectedVersion, 'saveSelfStatement');
  application.selfStatement = text.trim() === '' ? undefined : text;
  await flushWithVersionCheck(ctx);
  return application;
}

/** The self-statement's career plan by horizon (seed 000: 短期 1–3 年、中期 3–7 年、长期 7–10 年); an empty horizon is not written yet. */
export interface CareerPlanInput {
  careerPlanShortTerm?: string | null;
  careerPlanMidTerm?: string | null;
  careerPlanLongTerm?: string | null;
}

/**
 * Saves the career plan as given, every horizon at once (a draft may leave some empty); it is stored apart from
 * the statement's text, so saving either never loses the other.
 */
export async function saveCareerPlanCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, plan: CareerPlanInput): Promise<Application> {
  const max = DOSSIER_LIMITS.careerPlanMax;
  const shortTerm = checkText(plan.careerPlanShortTerm, 'input.careerPlanShortTerm', max);
  const midTerm = checkText(plan.careerPlanMidTerm, 'input.careerPlanMidTerm', max);
  const longTerm = checkText(plan.careerPlanLongTerm, 'input.careerPlanLongTerm', max);
  const application = await loadForDossierEdit(ctx, applicationId, expectedVersion, 'saveCareerPlan');
  application.careerPlanShortTerm = shortTerm;
  application.careerPlanMidTerm = midTerm;
  application.careerPlanLongTerm = longTerm;
  await flushWithVersionCheck(ctx);
  return application;
}

/** One passage and the items it evidences. */
export interface CompetencyClaimInput {
  passage: string;
  itemCodes: string[];
}

/** Replaces the competency claims; every item code must be one of A1–E4. */
export async function saveCompetencyClaimsCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, claims: CompetencyClaimInput[]): Promise<Application> {
  checkCount(claims.length, DOSSIER_LIMITS.competencyClaims, 'claims');
  const known = new Set((await ctx.em.find(CompetencyItem, {})).map((item) => item.code));
  const checked = claims.map((claim, index) => {
    const codes = [...new Set(claim.itemCodes.map((code) => code.trim().toUpperCase()))];
    const unknown = codes.filter((code) => !known.has(code));
    if (codes.length === 0 || unknown.length > 0) {
      throw new AppError('BAD_USER_INPUT', {
        field: `claims[${index}].itemCodes`,
        params: { detail: `name competency items A1–E4${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`, detailZh: `请填写素质能力要求代码（A1–E4）${unknown.length ? `；无效代码：${unknown.join('、')}` : ''}` },
      });
    }
    return { position: index, passage: checkText(claim.passage, `claims[${index}].passage`, 5000, true)!, itemCodes: codes };
  });
  return replaceDossierList(ctx, applicationId, expectedVersion, 'saveCompetencyClaims', CompetencyClaim, checked);
}
