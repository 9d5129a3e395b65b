import { OptimisticLockError } from '@mikro-orm/core';
import { Account, ApplicationEvent, Society, type Application } from '../entities';
import { AppError } from '../errors/app-error';
import type { RequestContext } from '../http/request-context';
import { checkVersion, loadApplicationFor } from '../dossier/application-access';
import { loadDossier } from '../dossier/load-dossier';
import { addMonths, loadCalendar } from './calendar';
import { deadlineAfter } from './deadlines';
import { EFFECTS } from './effects';
import { enforceGuards, type GuardInput } from './guards';
import { findTransition, type ApplicationAction, type DeadlineEffect, type TransitionDefinition } from './procedure';
import { chinaToday } from './working-day-calendar';
import { examinerGrantIds } from '../auth/principal';
import type { EntityManager } from '@mikro-orm/postgresql';
import { notifyOn } from '../notifications/notify-on';

/**
 * Who takes a step, once the policy has let them: the account written as the history's actor and the examiner
 * grants a guard of an examiner's own step checks. The system (scheduled jobs) is an actor too.
 */
export interface StepContext {
  em: EntityManager;
  clock: () => Date;
  actorAccountId: string;
  viewerExaminerIds: readonly string[];
}

/** A request to take one step of the procedure. */
export interface TransitionCommand {
  applicationId: string;
  action: ApplicationAction;
  expectedVersion: number;
  /** Why (required for returns and refusals). */
  reason?: string | null;
  /** Items the applicant must complete or clarify (returns). */
  items?: string[] | null;
  /** Submissions: the applicant's consent to verification (seed 000). */
  consentToVerification?: boolean | null;
}

async function applyDeadline(em: EntityManager, application: Application, effect: DeadlineEffect | undefined, today: string) {
  if (!effect) return {};
  switch (effect.kind) {
    case 'stageDeadline': {
      const calendar = await loadCalendar(em);
      const days = effect.workingDays === 'SOCIETY_CLARIFICATION_SETTING'
        ? (await em.findOneOrFail(Society, { id: application.society.id })).clarificationWorkingDays
        : effect.workingDays;
      // Start and count are kept: a holiday the federation adds later moves this deadline (rescheduleOpenDeadlines).
      const deadline = deadlineAfter(calendar, today, days);
      application.stageDeadline = deadline.date;
      application.stageDeadlineStart = today;
      application.stageDeadlineWorkingDays = days;
      return { stageDeadline: deadline.date, calendarConfirmed: deadline.calendarConfirmed };
    }
    case 'evaluationDeadline':
      clearStageDeadline(application);
      application.evaluationDeadline = addMonths(today, effect.months);
      return { evaluationDeadline: application.evaluationDeadline };
    case 'clearStageDeadline':
      clearStageDeadline(application);
      return {};
  }
}

function clearStageDeadline(application: Application): void {
  application.stageDeadline = undefined;
  application.stageDeadlineStart = undefined;
  application.stageDeadlineWorkingDays = undefined;
}

function cleanItems(items: string[] | null | undefined): string[] {
  return (items ?? []).map((item) => item.trim()).filter((item) => item.length > 0);
}

/** What guards see of an application in this request: the dossier is loaded only if a guard asks for it. */
export function guardInputFor(ctx: RequestContext, application: Application): GuardInput {
  return stepGuardInput({ em: ctx.em, clock: ctx.clock, actorAccountId: ctx.principal?.accountId ?? '', viewerExaminerIds: examinerGrantIds(ctx.principal, application.society.id) }, application);
}

function stepGuardInput(step: StepContext, application: Application): GuardInput {
  let dossier: Promise<Awaited<ReturnType<typeof loadDossier>>> | undefined;
  return {
    em: step.em, application, today: chinaToday(step.clock()), dossier: () => (dossier ??= loadDossier(step.em, application)),
    viewerExaminerIds: step.viewerExaminerIds,
  };
}

/** The history names the round a step started, so every round stays traceable. */
function roundStarted(effects: TransitionDefinition['effects'], application: Application): { comprehensiveReviewRound?: number } {
  return effects?.includes('startNextComprehensiveReviewRound') ? { comprehensiveReviewRound: application.comprehensiveReviewRound } : {};
}

/**
 * Takes one step of the procedure in the request's transaction: policy, stage, version, guards, the change,
 * deadlines and one append-only event. Any refusal throws before anything is written.
 */
export async function runTransition(ctx: RequestContext, command: TransitionCommand): Promise<Application> {
  const { application } = await loadApplicationFor(ctx, command.applicationId, command.action);
  const step: StepContext = { em: ctx.em, clock: ctx.clock, actorAccountId: ctx.principal!.accountId, viewerExaminerIds: examinerGrantIds(ctx.principal, application.society.id) };
  return takeStep(step, application, command);
}

/**
 * The step itself, for an application the caller has loaded and authorized (a request through the policy, or a
 * scheduled job acting as the system): stage, version, guards, the change, deadlines and the one history event.
 */
export async function takeStep(step: StepContext, application: Application, command: TransitionCommand): Promise<Application> {
  const transition = findTransition(command.action, application.stage);
  if (!transition) throw new AppError('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: command.action } });
  checkVersion(application, command.expectedVersion);
  const reason = command.reason?.trim() || undefined;
  const items = cleanItems(command.items);
  if (transition.reasonRequired && !reason && items.length === 0) {
    throw new AppError('BAD_USER_INPUT', { field: 'reason', params: { detail: 'say why, or list the items', detailZh: '请说明理由或列出需补充的内容' } });
  }
  const today = chinaToday(step.clock());
  await enforceGuards(transition.guards, {
    ...stepGuardInput(step, application), action: command.action, reason, consentToVerification: command.consentToVerification ?? undefined,
  });

  const fromStage = application.stage;
  const now = step.clock();
  application.stage = transition.to;
  application.updatedAt = now;
  for (const effect of transition.effects ?? []) await EFFECTS[effect]({ em: step.em, application, now, reason, items });
  const deadlines = await applyDeadline(step.em, application, transition.deadline, today);

  const event = step.em.create(ApplicationEvent, {
    society: application.society,
    application,
    actor: step.em.getReference(Account, step.actorAccountId),
    action: command.action,
    fromStage,
    toStage: transition.to,
    reason,
    details: { ...(items.length > 0 ? { items } : {}), ...deadlines, ...roundStarted(transition.effects, application) },
    at: now,
  });
  notifyOn(step.em, event);
  await flushWithVersionCheck(step);
  return application;
}

/** Flushes; a concurrent change that won the race surfaces as STALE_VERSION. */
export async function flushWithVersionCheck(ctx: Pick<RequestContext, 'em'>): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new AppError('STALE_VERSION', { field: 'expectedVersion' });
    throw error;
  }
}
