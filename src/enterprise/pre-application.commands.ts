import type { EntityManager } from '@mikro-orm/postgresql';
import { pluginForField } from '../categories/registry';
import { Account, Application, EngineeringField, Grade, PreApplication, RoleGrant, Society, SocietyField } from '../entities';
import { ApplicationChannel, GrantRole, PreApplicationStatus } from '../entities/enums';
import { checkCalendarDate } from '../common/input-ranges';
import { isUuid } from '../common/is-uuid';
import { AppError } from '../errors/app-error';
import { allowPlatformAction } from '../policies/platform.policy';
import { allowConsultationRecord, allowScreening } from '../policies/pre-application.policy';
import type { CommandContext } from '../workflow/command-context';
import { openRoundOf } from './application-rounds';
import { EXPERIENCE_SUMMARY_MAX } from './recommendation-codes.commands';

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** The pre-application of the society / local engineer society channel (全国学会/地方工程师学会渠道), without a code. */
export interface SubmitPreApplicationInput {
  fieldCode: string;
  gradeCode: string;
  name: string;
  contact: string;
  currentLocation: string;
  experienceSummary: string;
}

function textOf(value: string, field: string, zh: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed || [...trimmed].length > max) throw bad(field, `give ${field.split('.').pop()} (1–${max} characters)`, `请填写${zh}（1–${max} 个字符）`);
  return trimmed;
}

/** Submits a pre-application through the society channel of the society in scope. */
export async function submitPreApplicationCommand(ctx: CommandContext, input: SubmitPreApplicationInput): Promise<PreApplication> {
  if (!allowPlatformAction(ctx, 'submitPreApplication')) throw new AppError('FORBIDDEN');
  const { em } = ctx;
  const societyId = ctx.scope.society!.id;
  const field = await em.findOne(EngineeringField, { code: input.fieldCode.trim().toUpperCase() });
  if (!field || !(await em.count(SocietyField, { society: societyId, field }))) throw bad('input.fieldCode', 'the society does not evaluate this field', '本学会不评价该工程技术领域');
  const grade = await em.findOne(Grade, { ladder: pluginForField(field.code).ladder.code, code: input.gradeCode.trim().toUpperCase() });
  if (!grade) throw bad('input.gradeCode', 'the grade is not on the ladder of this field', '该级别不适用于所选领域');
  const now = ctx.clock();
  const preApplication = em.create(PreApplication, {
    society: em.getReference(Society, societyId), applicant: em.getReference(Account, ctx.principal!.accountId), channel: ApplicationChannel.INDIVIDUAL,
    field, grade,
    name: textOf(input.name, 'input.name', '姓名', 100), contact: textOf(input.contact, 'input.contact', '联系方式', 100),
    currentLocation: textOf(input.currentLocation, 'input.currentLocation', '当前所在地', 100),
    experienceSummary: textOf(input.experienceSummary, 'input.experienceSummary', '主要工程实践经历', EXPERIENCE_SUMMARY_MAX),
    round: (await openRoundOf(em, societyId, now)) ?? undefined, createdAt: now,
  });
  await em.flush();
  return preApplication;
}

async function loadPreApplication(em: EntityManager, id: string): Promise<PreApplication> {
  const found = isUuid(id) ? await em.findOne(PreApplication, { id }, { populate: ['field'] }) : null;
  if (!found) throw new AppError('NOT_FOUND', { field: 'input.preApplicationId' });
  return found;
}

/**
 * Screens a pre-application: approval opens the formal application in its society (the applicant gets the society's
 * APPLICANT role if they lack it: they asked for the evaluation there); refusal needs reasons. The federation
 * committee may allocate it to another society of its field first (seed 002: 按申请人领域分配至各有关全国学会).
 */
export async function screenPreApplicationCommand(
  ctx: CommandContext, input: { preApplicationId: string; approve: boolean; reason?: string | null; allocateToSocietyCode?: string | null },
): Promise<PreApplication> {
  if (!allowPlatformAction(ctx, 'screenPreApplication')) throw new AppError('FORBIDDEN');
  const { em } = ctx;
  const preApplication = await loadPreApplication(em, input.preApplicationId);
  const target = input.allocateToSocietyCode ? await em.findOne(Society, { code: input.allocateToSocietyCode.trim().toUpperCase() }) : null;
  if (input.allocateToSocietyCode && !target) throw new AppError('UNKNOWN_SOCIETY', { field: 'input.allocateToSocietyCode', params: { society: input.allocateToSocietyCode } });
  if (!allowScreening(ctx, { societyId: preApplication.society.id, allocateToSocietyId: target?.id })) throw new AppError('FORBIDDEN');
  if (preApplication.status !== PreApplicationStatus.SUBMITTED) throw new AppError('PRE_APPLICATION_SCREENED', { field: 'input.preApplicationId' });
  const reason = input.reason?.trim() || undefined;
  if (!input.approve && !reason) throw bad('input.reason', 'a refusal gives its reasons', '不予通过须说明理由');
  if (reason && reason.length > 2000) throw bad('input.reason', 'at most 2000 characters', '理由不得超过 2000 个字符');
  if (target && target.id !== preApplication.society.id) {
    if (!(await em.count(SocietyField, { society: target, field: preApplication.field }))) {
      throw bad('input.allocateToSocietyCode', 'the society does not evaluate the field of the pre-application', '该学会不评价此申请的工程技术领域');
    }
    preApplication.allocatedFrom = preApplication.society;
    preApplication.society = target;
  }
  Object.assign(preApplication, {
    status: input.approve ? PreApplicationStatus.APPROVED : PreApplicationStatus.REFUSED,
    screenedAt: ctx.clock(), screenedBy: em.getReference(Account, ctx.principal!.accountId), screeningReason: reason,
    screenedByFederation: actsForFederation(ctx),
  });
  if (input.approve) {
    const societyId = preApplication.society.id;
    const holds = await em.count(RoleGrant, { account: preApplication.applicant, role: GrantRole.APPLICANT, society: societyId, revokedAt: null }, { filters: false });
    if (!holds) em.create(RoleGrant, { account: preApplication.applicant, role: GrantRole.APPLICANT, society: em.getReference(Society, societyId), specialtyCodes: [], createdAt: ctx.clock() });
  }
  await em.flush();
  return preApplication;
}

/** Whether the screener acts for the federation (no society in scope), as the record of who screened says. */
function actsForFederation(ctx: CommandContext): boolean {
  return ctx.scope.federation && !ctx.scope.society;
}

/** The applicant asks for expert consultation on their pre-application (根据申请人意愿安排专家咨询). */
export async function requestExpertConsultationCommand(ctx: CommandContext, input: { preApplicationId: string }): Promise<PreApplication> {
  if (!allowPlatformAction(ctx, 'requestExpertConsultation')) throw new AppError('FORBIDDEN');
  const preApplication = await loadPreApplication(ctx.em, input.preApplicationId);
  // Only the applicant's own: anyone else's is not revealed.
  if (preApplication.applicant.id !== ctx.principal!.accountId) throw new AppError('NOT_FOUND', { field: 'input.preApplicationId' });
  if (preApplication.consultationRequestedAt) throw new AppError('ALREADY_EXISTS', { field: 'input.preApplicationId', params: { what: 'The request for consultation', whatZh: '专家咨询申请' } });
  preApplication.consultationRequestedAt = ctx.clock();
  await ctx.em.flush();
  return preApplication;
}

/** Staff record that the consultation was held, on which date, with a note. */
export async function recordExpertConsultationCommand(ctx: CommandContext, input: { preApplicationId: string; heldOn: string; note?: string | null }): Promise<PreApplication> {
  if (!allowPlatformAction(ctx, 'recordExpertConsultation')) throw new AppError('FORBIDDEN');
  const preApplication = await loadPreApplication(ctx.em, input.preApplicationId);
  if (!allowConsultationRecord(ctx, { societyId: preApplication.society.id })) throw new AppError('FORBIDDEN');
  if (!preApplication.consultationRequestedAt) throw bad('input.preApplicationId', 'the applicant has not asked for a consultation', '申请人未申请专家咨询');
  Object.assign(preApplication, {
    consultationHeldOn: checkCalendarDate(input.heldOn, 'input.heldOn'), consultationNote: input.note?.trim() || undefined,
    consultationRecordedBy: ctx.em.getReference(Account, ctx.principal!.accountId),
  });
  await ctx.em.flush();
  return preApplication;
}

/**
 * The approved, unused pre-application that opens a formal application of this channel in this society, or null.
 * The enterprise channel needs one (startApplication); the society channel links one when there is one.
 */
export async function approvedPreApplicationFor(em: EntityManager, accountId: string, societyId: string, channel: ApplicationChannel): Promise<PreApplication | null> {
  const candidates = await em.find(
    PreApplication,
    { applicant: accountId, society: societyId, channel, status: PreApplicationStatus.APPROVED },
    { populate: ['field', 'grade'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  if (candidates.length === 0) return null;
  const used = await em.find(Application, { preApplication: { $in: candidates.map((candidate) => candidate.id) } }, { fields: ['id', 'preApplication'] });
  return candidates.find((candidate) => !used.some((application) => application.preApplication?.id === candidate.id)) ?? null;
}
