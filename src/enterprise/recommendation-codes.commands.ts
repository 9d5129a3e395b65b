import { randomUUID } from 'node:crypto';
import type { RequestRateLimits } from '../abuse/rate-limits';
import { rateLimitKey } from '../abuse/rate-limits';
import { pluginForField } from '../categories/registry';
import { Account, EngineeringField, Enterprise, Grade, PreApplication, RecommendationCode, RecommendationRight, RecommendingUnitForm, Society } from '../entities';
import { ApplicationChannel } from '../entities/enums';
import { isUuid } from '../common/is-uuid';
import { AppError } from '../errors/app-error';
import { allowPlatformAction } from '../policies/platform.policy';
import type { CommandContext } from '../workflow/command-context';
import { enterpriseInScope } from '../tenancy/enterprise-scope';
import { openRoundOf } from './application-rounds';
import type { FormIssue } from './recommending-unit-form';
import { generateRecommendationCode, normalizeRecommendationCode, recommendationCodeDigest, wellFormedRecommendationCode } from './recommendation-code-format';

/** One named engineer to recommend (seed 002 附件 3: 拟互认人员信息). */
export interface RecommendedEngineerInput {
  name: string;
  contact: string;
  fieldCode: string;
  currentLocation: string;
  gradeCode: string;
  experienceSummary: string;
  overseasProject: string;
}

/** A code as assigned: the plain code is in this answer only, never stored. */
export interface AssignedCode {
  code: RecommendationCode;
  plainCode: string;
}

/** The most characters of the experience summary (seed 002: 300字以内主要工程实践经历). */
export const EXPERIENCE_SUMMARY_MAX = 300;

const issue = (code: string, field: string, messageZh: string, messageEn: string): FormIssue => ({ code, field, messageZh, messageEn });

function required(value: string, field: string, zh: string, en: string, issues: FormIssue[], max = 100): string {
  const trimmed = value.trim();
  if (!trimmed) issues.push(issue('REQUIRED', field, `请填写${zh}`, `${en} is required`));
  else if ([...trimmed].length > max) issues.push(issue('TOO_LONG', field, `${zh}不得超过 ${max} 个字符`, `${en} must have at most ${max} characters`));
  return trimmed;
}

/**
 * Assigns recommendation codes to named engineers, in one batch within the society's limit, under the enterprise's
 * open rights of that society. Every problem of every engineer is refused at once; nothing is stored then.
 */
export async function assignRecommendationCodesCommand(ctx: CommandContext, input: { societyCode: string; engineers: RecommendedEngineerInput[] }): Promise<{ batchId: string; codes: AssignedCode[] }> {
  if (!allowPlatformAction(ctx, 'assignRecommendationCodes')) throw new AppError('FORBIDDEN');
  const { em } = ctx;
  const enterpriseId = enterpriseInScope(ctx);
  // The society is what the codes recommend to (the enterprise scope spans societies): checked against the rights below.
  const society = await em.findOne(Society, { code: input.societyCode.trim().toUpperCase() });
  if (!society) throw new AppError('UNKNOWN_SOCIETY', { field: 'input.societyCode', params: { society: input.societyCode } });
  if (input.engineers.length === 0) throw new AppError('BAD_USER_INPUT', { field: 'input.engineers', params: { detail: 'name at least one engineer', detailZh: '请至少填写一名工程师' } });
  if (input.engineers.length > society.enterpriseBatchLimit) {
    throw new AppError('ENTERPRISE_BATCH_LIMIT_EXCEEDED', { field: 'input.engineers', params: { limit: society.enterpriseBatchLimit, count: input.engineers.length } });
  }
  const form = await em.findOne(RecommendingUnitForm, { enterprise: enterpriseId });
  if (!form) throw new AppError('RECOMMENDING_UNIT_FORM_MISSING');
  const rights = await em.find(RecommendationRight, { enterprise: enterpriseId, society, withdrawnAt: null }, { populate: ['field'] });
  const fieldCodes = [...new Set(input.engineers.map((engineer) => engineer.fieldCode.trim().toUpperCase()))];
  const missing = input.engineers.findIndex((engineer) => !rights.some((right) => right.field.code === engineer.fieldCode.trim().toUpperCase()));
  if (missing >= 0) throw new AppError('RECOMMENDATION_RIGHT_MISSING', { field: `input.engineers[${missing}].fieldCode` });
  const fields = await em.find(EngineeringField, { code: { $in: fieldCodes } });
  const grades = await em.find(Grade, { ladder: { $in: [...new Set(fields.map((field) => pluginForField(field.code).ladder.code))] } });
  const projects = new Set([...form.overseasProjects.map((project) => project.name), ...form.plannedProjects.map((project) => project.name ?? '').filter(Boolean)]);
  const issues: FormIssue[] = [];
  const rows = input.engineers.map((engineer, index) => {
    const at = `input.engineers[${index}]`;
    const field = fields.find((candidate) => candidate.code === engineer.fieldCode.trim().toUpperCase())!;
    const grade = grades.find((candidate) => candidate.ladder === pluginForField(field.code).ladder.code && candidate.code === engineer.gradeCode.trim().toUpperCase());
    if (!grade) issues.push(issue('GRADE_NOT_OF_FIELD', `${at}.gradeCode`, '拟申请级别不适用于该领域', 'The grade is not on the ladder of this field'));
    const summary = engineer.experienceSummary.trim();
    if (!summary) issues.push(issue('REQUIRED', `${at}.experienceSummary`, '请填写主要工程实践经历', 'The experience summary is required'));
    if ([...summary].length > EXPERIENCE_SUMMARY_MAX) {
      issues.push(issue('TOO_LONG', `${at}.experienceSummary`, `主要工程实践经历不得超过 ${EXPERIENCE_SUMMARY_MAX} 字`, `The experience summary must have at most ${EXPERIENCE_SUMMARY_MAX} characters`));
    }
    const project = engineer.overseasProject.trim();
    if (!projects.has(project)) issues.push(issue('UNKNOWN_PROJECT', `${at}.overseasProject`, '所属项目须为推荐单位信息表中的项目', "The project must be one of the enterprise's form"));
    return {
      field, grade, project, summary,
      name: required(engineer.name, `${at}.name`, '姓名', 'The name', issues),
      contact: required(engineer.contact, `${at}.contact`, '联系方式', 'The contact', issues),
      currentLocation: required(engineer.currentLocation, `${at}.currentLocation`, '当前所在地', 'The current location', issues),
    };
  });
  if (issues.length > 0) throw new AppError('BAD_USER_INPUT', { field: issues[0].field, params: { detail: issues[0].messageEn, detailZh: issues[0].messageZh }, issues });
  const now = ctx.clock();
  const expiresAt = new Date(now.getTime() + society.recommendationCodeValidDays * 86_400_000);
  const batchId = randomUUID();
  const codes = rows.map((row) => {
    const plainCode = generateRecommendationCode();
    const code = em.create(RecommendationCode, {
      enterprise: em.getReference(Enterprise, enterpriseId), society, field: row.field, grade: row.grade!, batchId,
      codeDigest: recommendationCodeDigest(normalizeRecommendationCode(plainCode)),
      engineerName: row.name, engineerContact: row.contact, currentLocation: row.currentLocation, experienceSummary: row.summary,
      overseasProject: row.project, createdAt: now, createdBy: em.getReference(Account, ctx.principal!.accountId), expiresAt,
    });
    return { code, plainCode };
  });
  await em.flush();
  return { batchId, codes };
}

/** Revokes one of the enterprise's own codes that is not used yet; another enterprise's code is not found. */
export async function revokeRecommendationCodeCommand(ctx: CommandContext, input: { codeId: string }): Promise<RecommendationCode> {
  if (!allowPlatformAction(ctx, 'revokeRecommendationCode')) throw new AppError('FORBIDDEN');
  const enterpriseId = enterpriseInScope(ctx);
  const code = isUuid(input.codeId) ? await ctx.em.findOne(RecommendationCode, { id: input.codeId, enterprise: enterpriseId }) : null;
  if (!code) throw new AppError('NOT_FOUND', { field: 'input.codeId' });
  if (code.redeemedAt) throw new AppError('RECOMMENDATION_CODE_USED', { field: 'input.codeId' });
  if (code.revokedAt) throw new AppError('RECOMMENDATION_CODE_REVOKED', { field: 'input.codeId' });
  Object.assign(code, { revokedAt: ctx.clock(), revokedBy: ctx.em.getReference(Account, ctx.principal!.accountId) });
  await ctx.em.flush();
  return code;
}

/** What app_recommendation_code_by_digest answers. */
interface CodeRow {
  id: string; enterprise_id: string; society_id: string; field_id: string; grade_id: string; engineer_name: string; engineer_contact: string;
  current_location: string; experience_summary: string; overseas_project: string; expires_at: Date; revoked_at: Date | null; redeemed_at: Date | null;
}

/**
 * One open enterprise-channel pre-application per person at a time (seed 002/004: an engineer is recommended by
 * one enterprise, screened and allocated to one society): awaiting screening, or approved with its formal
 * application not started or not ended. Refused with PRE_APPLICATION_OPEN and the second code stays unused. The
 * person's own lock makes two codes redeemed at once wait for each other, so both cannot pass the count.
 */
async function refuseSecondOpenPreApplication(ctx: CommandContext, accountId: string): Promise<void> {
  await ctx.em.execute(`select pg_advisory_xact_lock(hashtextextended('enterprise-pre-application:' || ?, 0))`, [accountId]);
  const [open] = await ctx.em.execute<Array<{ n: number }>>('select app_open_enterprise_pre_applications(?) as n', [accountId]);
  if (Number(open.n) > 0) throw new AppError('PRE_APPLICATION_OPEN', { field: 'input.code' });
}

/**
 * Redeems a recommendation code: the engineer's pre-application through the enterprise channel, bound to the
 * enterprise. Every refusal has its own code and leaves nothing behind; failed attempts count against the account
 * and the address (guessing), a success gives its attempt back.
 */
export async function redeemRecommendationCodeCommand(
  ctx: CommandContext & { rateLimits: RequestRateLimits }, input: { code: string; enterpriseId?: string | null },
): Promise<PreApplication> {
  if (!allowPlatformAction(ctx, 'redeemRecommendationCode')) throw new AppError('FORBIDDEN');
  const { em } = ctx;
  const accountId = ctx.principal!.accountId;
  // Counted before the look-up, so that parallel guesses are counted too.
  await ctx.rateLimits.consume('redeemCodePerAccount', rateLimitKey(accountId));
  await ctx.rateLimits.consume('redeemCodePerAddress');
  const normalized = normalizeRecommendationCode(input.code);
  const [row] = wellFormedRecommendationCode(normalized)
    ? await em.execute<CodeRow[]>('select * from app_recommendation_code_by_digest(?)', [recommendationCodeDigest(normalized)])
    : [];
  const now = ctx.clock();
  if (!row) throw new AppError('RECOMMENDATION_CODE_UNKNOWN', { field: 'input.code' });
  if (input.enterpriseId && input.enterpriseId !== row.enterprise_id) throw new AppError('RECOMMENDATION_CODE_OTHER_ENTERPRISE', { field: 'input.enterpriseId' });
  if (row.redeemed_at) throw new AppError('RECOMMENDATION_CODE_USED', { field: 'input.code' });
  if (row.revoked_at) throw new AppError('RECOMMENDATION_CODE_REVOKED', { field: 'input.code' });
  if (new Date(row.expires_at) <= now) throw new AppError('RECOMMENDATION_CODE_EXPIRED', { field: 'input.code' });
  await refuseSecondOpenPreApplication(ctx, accountId);
  const preApplication = em.create(PreApplication, {
    society: em.getReference(Society, row.society_id), applicant: em.getReference(Account, accountId), channel: ApplicationChannel.ENTERPRISE,
    enterprise: em.getReference(Enterprise, row.enterprise_id), recommendationCode: em.getReference(RecommendationCode, row.id),
    field: em.getReference(EngineeringField, row.field_id), grade: em.getReference(Grade, row.grade_id),
    name: row.engineer_name, contact: row.engineer_contact, currentLocation: row.current_location, experienceSummary: row.experience_summary,
    overseasProject: row.overseas_project, round: (await openRoundOf(em, row.society_id, now)) ?? undefined, createdAt: now,
  });
  await em.flush();
  // Single use, atomically: a second redemption racing this one finds the code used and rolls back.
  const [used] = await em.execute<Array<{ ok: boolean }>>('select app_redeem_recommendation_code(?, ?) as ok', [row.id, now]);
  if (!used.ok) throw new AppError('RECOMMENDATION_CODE_USED', { field: 'input.code' });
  await ctx.rateLimits.reward('redeemCodePerAccount', rateLimitKey(accountId));
  await ctx.rateLimits.reward('redeemCodePerAddress');
  return preApplication;
}
