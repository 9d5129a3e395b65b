import { Account, CpdActivity, CpdEvidence, CpdSetting, CpdSummary, Society, StoredFile } from '../entities';
import { CPD_DEFAULTS } from '../entities/cpd-setting.entity';
import { FilePurpose, type CpdActivityKind } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkDate, checkText } from '../dossier/input-checks';
import { CPD_EVIDENCE_PER_ACTIVITY, FILE_RULES } from '../dossier/dossier-limits';
import { isUuid } from '../common/is-uuid';
import { chinaToday } from '../workflow/working-day-calendar';
import { allowMemberRecordAction, allowSocietyCpdAction } from '../policies/member-record.policy';
import { loadRegistrationFor, memberFacts, requireRecordKept } from './member-registration';

/** One activity as the member reports it. */
export interface CpdActivityInput {
  registrationId: string;
  kind: CpdActivityKind;
  title: string;
  provider?: string | null;
  startedOn: string;
  endedOn: string;
  hours: number;
}

/** A member records a CPD activity; it counts in the year it ended, which must lie within the registration. */
export async function recordCpdActivityCommand(ctx: CommandContext, input: CpdActivityInput): Promise<CpdActivity> {
  const title = checkText(input.title, 'input.title', 200, true)!;
  const provider = checkText(input.provider, 'input.provider', 200);
  const startedOn = checkDate(input.startedOn, 'input.startedOn');
  const endedOn = checkDate(input.endedOn, 'input.endedOn');
  if (endedOn < startedOn) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.endedOn', params: { detail: 'the end is before the start', detailZh: '结束日期早于开始日期' } });
  }
  const registration = await loadRegistrationFor(ctx, input.registrationId, 'keepCpdRecord', 'input.registrationId');
  requireRecordKept(registration);
  if (endedOn < registration.validFrom || endedOn > chinaToday(ctx.clock())) {
    throw new AppError('CPD_OUTSIDE_REGISTRATION', { field: 'input.endedOn', params: { validFrom: registration.validFrom } });
  }
  const activity = ctx.em.create(CpdActivity, {
    society: registration.society, registration, kind: input.kind, title, provider, startedOn, endedOn, hours: input.hours, createdAt: ctx.clock(),
  });
  await ctx.em.flush();
  return activity;
}

/** The activity by id, for its member to change (others: NOT_FOUND or FORBIDDEN as for the registration). */
async function loadActivityFor(ctx: CommandContext, activityId: string): Promise<CpdActivity> {
  const activity = isUuid(activityId) ? await ctx.em.findOne(CpdActivity, { id: activityId }, { populate: ['registration'] }) : null;
  if (!activity || !allowMemberRecordAction(ctx, 'readMemberRecord', memberFacts(activity.registration))) throw new AppError('NOT_FOUND', { field: 'activityId' });
  if (!allowMemberRecordAction(ctx, 'keepCpdRecord', memberFacts(activity.registration))) throw new AppError('FORBIDDEN', { field: 'activityId' });
  requireRecordKept(activity.registration);
  return activity;
}

/** The member attaches one of their uploaded, unattached files (the ordinary upload route) as evidence of an activity. */
export async function attachCpdEvidenceCommand(ctx: CommandContext, activityId: string, fileId: string): Promise<CpdActivity> {
  const activity = await loadActivityFor(ctx, activityId);
  const file = isUuid(fileId) ? await ctx.em.findOne(StoredFile, { id: fileId, owner: ctx.principal!.accountId, society: activity.society }) : null;
  if (!file) throw new AppError('NOT_FOUND', { field: 'fileId' });
  if (file.application || file.attachedAt) {
    throw new AppError('BAD_USER_INPUT', { field: 'fileId', params: { detail: 'the file is already attached', detailZh: '该文件已被使用' } });
  }
  const allowed = FILE_RULES[FilePurpose.EVIDENCE].contentTypes;
  if (!allowed.includes(file.contentType)) throw new AppError('UNSUPPORTED_FILE_TYPE', { field: 'fileId', params: { allowed: allowed.join(', ') } });
  if ((await ctx.em.count(CpdEvidence, { activity })) >= CPD_EVIDENCE_PER_ACTIVITY) {
    throw new AppError('BAD_USER_INPUT', {
      field: 'activityId',
      params: { detail: `at most ${CPD_EVIDENCE_PER_ACTIVITY} files per activity; remove one first`, detailZh: `每项活动最多 ${CPD_EVIDENCE_PER_ACTIVITY} 个文件，请先移除` },
    });
  }
  file.purpose = FilePurpose.CPD_EVIDENCE;
  file.attachedAt = ctx.clock();
  ctx.em.create(CpdEvidence, { society: activity.society, activity, file });
  await ctx.em.flush();
  return activity;
}

/** The member takes a file off an activity; it is theirs again, unattached. */
export async function detachCpdEvidenceCommand(ctx: CommandContext, activityId: string, fileId: string): Promise<CpdActivity> {
  const activity = await loadActivityFor(ctx, activityId);
  const evidence = isUuid(fileId) ? await ctx.em.findOne(CpdEvidence, { activity, file: fileId }, { populate: ['file'] }) : null;
  if (!evidence) throw new AppError('NOT_FOUND', { field: 'fileId' });
  Object.assign(evidence.file, { purpose: undefined, attachedAt: undefined });
  ctx.em.remove(evidence);
  await ctx.em.flush();
  return activity;
}

/** The member writes (or rewrites) the year's development summary (seed 000: 做好职业发展总结). */
export async function saveCpdSummaryCommand(ctx: CommandContext, registrationId: string, year: number, text: string): Promise<CpdSummary> {
  const summary = checkText(text, 'summary', 5000, true)!;
  const registration = await loadRegistrationFor(ctx, registrationId, 'keepCpdRecord');
  requireRecordKept(registration);
  if (year < Number(registration.validFrom.slice(0, 4)) || year > Number(chinaToday(ctx.clock()).slice(0, 4))) {
    throw new AppError('CPD_OUTSIDE_REGISTRATION', { field: 'year', params: { validFrom: registration.validFrom } });
  }
  const existing = await ctx.em.findOne(CpdSummary, { registration, year });
  const row = existing ?? ctx.em.create(CpdSummary, { society: registration.society, registration, year, summary, updatedAt: ctx.clock() });
  Object.assign(row, { summary, updatedAt: ctx.clock() });
  await ctx.em.flush();
  return row;
}

/** The CPD requirements of a society: its own row, else the defaults. */
export async function cpdRequirementsOf(ctx: CommandContext, societyId: string): Promise<{ minimumHours: number; auditRatePercent: number; updatedAt: Date | null }> {
  const setting = await ctx.em.findOne(CpdSetting, { society: societyId });
  return setting ? { minimumHours: setting.minimumHours, auditRatePercent: setting.auditRatePercent, updatedAt: setting.updatedAt } : { ...CPD_DEFAULTS, updatedAt: null };
}

/** Sets the yearly CPD minimum and audit rate of the society in scope (its staff, or a federation admin acting in it). */
export async function setCpdRequirementsCommand(ctx: CommandContext, minimumHours: number, auditRatePercent: number): Promise<CpdSetting> {
  const societyId = ctx.scope.society?.id;
  if (!societyId) throw new AppError('SOCIETY_REQUIRED');
  if (!allowSocietyCpdAction(ctx, 'configureCpd', societyId)) throw new AppError('FORBIDDEN');
  const setting = (await ctx.em.findOne(CpdSetting, { society: societyId }))
    ?? ctx.em.create(CpdSetting, { society: ctx.em.getReference(Society, societyId), minimumHours, auditRatePercent, updatedBy: ctx.em.getReference(Account, ctx.principal!.accountId) });
  Object.assign(setting, { minimumHours, auditRatePercent, updatedBy: ctx.em.getReference(Account, ctx.principal!.accountId), updatedAt: ctx.clock() });
  await ctx.em.flush();
  return setting;
}
