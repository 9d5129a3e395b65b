import { notifyObjectionDecided } from '../notifications/objection-messages';
import { loadGradeRoute } from '../categories/application-route';
import { Account, Application, Objection, PublicNotice, PublicNoticeEntry, Society } from '../entities';
import { ApplicationStage, ObjectionStatus } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { CommandContext } from '../workflow/command-context';
import { checkDate, checkText } from '../dossier/input-checks';
import { allowPlatformAction } from '../policies/platform.policy';
import { loadCalendar } from '../workflow/calendar';
import { noticeLastDay } from '../workflow/deadlines';
import type { DecisionName } from '../workflow/procedure';
import { decide } from '../assessment/guard-facts';
import { chinaToday } from '../workflow/working-day-calendar';
import { submitToFederation } from './federation-and-registration.commands';
import { isUuid } from '../common/is-uuid';

/** Seed 000: "公示期不少于 5 个工作日". */
export const MIN_NOTICE_WORKING_DAYS = 5;
/** A generous ceiling: a notice is a matter of days, and an absurd count must not walk the calendar for ever. */
export const MAX_NOTICE_WORKING_DAYS = 60;

function requireStaff(ctx: CommandContext, action: 'publishNotice' | 'closeNotice' | 'resolveObjection'): Society {
  if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
  if (!allowPlatformAction(ctx, action)) throw new AppError('FORBIDDEN');
  return ctx.em.getReference(Society, ctx.scope.society.id);
}

async function findNotice(ctx: CommandContext, noticeId: string, field: string): Promise<PublicNotice> {
  const notice = isUuid(noticeId) ? await ctx.em.findOne(PublicNotice, { id: noticeId, society: ctx.scope.society?.id ?? '' }) : null;
  if (!notice) throw new AppError('NOT_FOUND', { field });
  return notice;
}

/** Staff publish a batch of applications the review group decided to register, for at least 5 working days. */
export async function publishNoticeCommand(
  ctx: CommandContext,
  input: { title: string; startsOn: string; workingDays: number; applications: Array<{ applicationId: string; expectedVersion: number }> },
): Promise<PublicNotice> {
  const society = requireStaff(ctx, 'publishNotice');
  const title = checkText(input.title, 'input.title', 200, true)!;
  const startsOn = checkDate(input.startsOn, 'input.startsOn');
  if (startsOn < chinaToday(ctx.clock())) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.startsOn', params: { detail: 'a notice cannot start in the past', detailZh: '公示开始日期不能早于今天' } });
  }
  if (!Number.isInteger(input.workingDays) || input.workingDays < MIN_NOTICE_WORKING_DAYS) throw new AppError('NOTICE_TOO_SHORT', { field: 'input.workingDays' });
  if (input.applications.length === 0) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.applications', params: { detail: 'name at least one application', detailZh: '至少须列入一项申请' } });
  }
  if (input.workingDays > MAX_NOTICE_WORKING_DAYS) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.workingDays', params: { detail: `at most ${MAX_NOTICE_WORKING_DAYS} working days`, detailZh: `公示期不得超过 ${MAX_NOTICE_WORKING_DAYS} 个工作日` } });
  }
  const calendar = await loadCalendar(ctx.em);
  // The start day counts when it is a working day: "5 working days" are 5 days the public can object on.
  const endsOn = noticeLastDay(calendar, startsOn, input.workingDays).date;
  const notice = ctx.em.create(PublicNotice, {
    society, title, startsOn, endsOn, workingDays: input.workingDays, publishedBy: ctx.em.getReference(Account, ctx.principal!.accountId), publishedAt: ctx.clock(),
  });
  for (const item of input.applications) {
    const application = await decide(ctx, { applicationId: item.applicationId, decision: 'publishInNotice', expectedVersion: item.expectedVersion });
    ctx.em.create(PublicNoticeEntry, { society, application, notice });
  }
  await ctx.em.flush();
  return notice;
}

/** Anyone lodges an objection against a listed applicant while the notice is open. */
export async function lodgeObjectionCommand(ctx: CommandContext, input: { noticeId: string; applicationId: string; content: string; contact?: string | null }): Promise<Objection> {
  const content = checkText(input.content, 'input.content', 5000, true)!;
  const contact = checkText(input.contact, 'input.contact', 200);
  if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
  const notice = await findNotice(ctx, input.noticeId, 'input.noticeId');
  const today = chinaToday(ctx.clock());
  if (notice.closedAt || today < notice.startsOn || today > notice.endsOn) throw new AppError('NOTICE_NOT_OPEN', { field: 'input.noticeId' });
  const entry = isUuid(input.applicationId) ? await ctx.em.findOne(PublicNoticeEntry, { notice, application: { id: input.applicationId, stage: ApplicationStage.PUBLIC_NOTICE } }) : null;
  if (!entry) throw new AppError('NOT_FOUND', { field: 'input.applicationId' });
  const objection = ctx.em.create(Objection, { society: notice.society, application: entry.application, notice, content, contact, lodgedAt: ctx.clock() });
  await ctx.em.flush();
  return objection;
}

const UPHELD_STEPS: Partial<Record<ObjectionStatus, DecisionName>> = {
  [ObjectionStatus.UPHELD_NOT_REGISTERED]: 'upholdObjectionNotRegistered',
  [ObjectionStatus.UPHELD_REREVIEW]: 'upholdObjectionRereview',
};

/** Staff resolve an objection: dismissed, or upheld (not registered, or back to the comprehensive review). */
export async function resolveObjectionCommand(
  ctx: CommandContext,
  input: { objectionId: string; outcome: ObjectionStatus; resolution: string; expectedVersion: number },
): Promise<Objection> {
  requireStaff(ctx, 'resolveObjection');
  const resolution = checkText(input.resolution, 'input.resolution', 5000, true)!;
  if (input.outcome === ObjectionStatus.OPEN) {
    throw new AppError('BAD_USER_INPUT', { field: 'input.outcome', params: { detail: 'an outcome other than OPEN', detailZh: '须给出处理结果' } });
  }
  const objection = isUuid(input.objectionId) ? await ctx.em.findOne(Objection, { id: input.objectionId, society: ctx.scope.society!.id }) : null;
  if (!objection) throw new AppError('NOT_FOUND', { field: 'input.objectionId' });
  if (objection.status !== ObjectionStatus.OPEN) {
    throw new AppError('INVALID_TRANSITION', { field: 'input.objectionId', params: { stage: objection.status, action: 'resolveObjection' } });
  }
  const step = UPHELD_STEPS[input.outcome];
  if (step) await decide(ctx, { applicationId: objection.application.id, decision: step, expectedVersion: input.expectedVersion, reason: resolution });
  Object.assign(objection, { status: input.outcome, resolution, resolvedBy: ctx.em.getReference(Account, ctx.principal!.accountId), resolvedAt: ctx.clock() });
  await ctx.em.flush();
  await notifyObjectionDecided(ctx.em, objection, ctx.clock());
  return objection;
}

/** Staff close a notice after its last day with no objection open; each listed applicant moves on by its grade's route. */
export async function closeNoticeCommand(ctx: CommandContext, noticeId: string): Promise<PublicNotice> {
  requireStaff(ctx, 'closeNotice');
  const notice = await findNotice(ctx, noticeId, 'noticeId');
  if (notice.closedAt) throw new AppError('INVALID_TRANSITION', { field: 'noticeId', params: { stage: 'CLOSED', action: 'closeNotice' } });
  if (chinaToday(ctx.clock()) <= notice.endsOn) throw new AppError('DEADLINE_NOT_PASSED', { field: 'noticeId', params: { deadline: notice.endsOn } });
  const open = await ctx.em.count(Objection, { notice, status: ObjectionStatus.OPEN });
  if (open > 0) throw new AppError('OBJECTION_OPEN', { field: 'noticeId', params: { count: open } });
  const entries = await ctx.em.find(PublicNoticeEntry, { notice }, { populate: ['application'] });
  const toFederation: Application[] = [];
  for (const { application } of entries) {
    if (application.stage !== ApplicationStage.PUBLIC_NOTICE) continue;
    const { route } = await loadGradeRoute(ctx.em, application);
    const step: DecisionName = route.registeredBy === 'SOCIETY' ? 'closeNoticeToRegistration' : 'closeNoticeToFederationReview';
    await decide(ctx, { applicationId: application.id, decision: step, expectedVersion: application.version });
    if (step === 'closeNoticeToFederationReview') toFederation.push(application);
  }
  // Closing the notice is the society's submission to the federation of the registrants whose grade it registers.
  submitToFederation(ctx, toFederation);
  notice.closedAt = ctx.clock();
  await ctx.em.flush();
  return notice;
}
