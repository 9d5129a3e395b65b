import { Assignment, Society, type Application } from '../entities';
import { AppError } from '../errors/app-error';
import { flushWithVersionCheck } from '../persistence/flush-with-version-check';
import { checkVersion, loadApplicationFor } from '../policies/load-application';
import { examinerGrantIds } from '../auth/principal';
import { recordApplicationEvent } from './application-events';
import { endAssignments } from './assignment-ends';
import { addMonths, loadCalendar } from './calendar';
import type { CommandContext } from './command-context';
import { deadlineAfter } from './deadlines';
import type { DeadlineEffect, Decision } from './decisions/decision';
import { EFFECTS } from './effects';
import { guardViolations, refuseGuardViolations, type GuardFacts, type GuardInput, type GuardViolation } from './guards';
import { decisionEntry, decisionGuardsOf, decisionStages, decisionWho, type DecisionName } from '../policies/application.actions';
import { chinaToday } from './working-day-calendar';

/** A request to take one decision of the procedure. */
export interface TransitionCommand {
  applicationId: string;
  /** The decision taken (an outcome of the mutation's row; the kind of history entry written). */
  decision: DecisionName;
  expectedVersion: number;
  /** Why (required for returns and refusals). */
  reason?: string | null;
  /** Items the applicant must complete or clarify (returns). */
  items?: string[] | null;
  /** Submissions: the applicant's consent to verification (seed 000). */
  consentToVerification?: boolean | null;
  /** What the command adds to the event's details. */
  details?: Record<string, unknown>;
}

/** Supplies the dossier and assessment facts the guards need for one application (src/assessment/guard-facts.ts). */
export type GuardFactsSource = (ctx: DecisionContext, application: Application) => GuardFacts;

async function applyDeadline(ctx: DecisionContext, application: Application, effect: DeadlineEffect | undefined, today: string) {
  if (!effect) return {};
  switch (effect.kind) {
    case 'stageDeadline': {
      const calendar = await loadCalendar(ctx.em);
      const days = effect.workingDays === 'SOCIETY_CLARIFICATION_SETTING'
        ? (await ctx.em.findOneOrFail(Society, { id: application.society.id })).clarificationWorkingDays
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

/** What guards see of an application in this command, with the facts the caller supplies. */
export function guardInputOf(ctx: DecisionContext, application: Application, facts: GuardFacts): GuardInput {
  return { em: ctx.em, application, today: chinaToday(ctx.clock()), facts, viewerExaminerIds: examinerGrantIds(ctx.principal, application.society.id) };
}

/** The history names the round a decision started, so every round stays traceable. */
function roundStarted(decision: Decision, application: Application): { comprehensiveReviewRound?: number } {
  return decision.effects?.includes('startNextComprehensiveReviewRound') ? { comprehensiveReviewRound: application.comprehensiveReviewRound } : {};
}

/** The decision's own input check: a decision that must say why gets a reason or items. */
function inputViolations(decision: Decision, reason: string | undefined, items: readonly string[]): GuardViolation[] {
  if (!decision.reasonRequired || reason || items.length > 0) return [];
  return [{ code: 'BAD_USER_INPUT', field: 'reason', params: { detail: 'say why, or list the items', detailZh: '请说明理由或列出需补充的内容' } }];
}

/**
 * The runner: applies one decision in the request's transaction — the table's policy and stage, the version, the
 * decision's input check and the row's guards (every violation reported at once), then the stage, the effects,
 * the assignments it ends, its deadlines, and its one application_event. Any refusal throws before anything is
 * written.
 */
export async function runDecision(ctx: CommandContext, command: TransitionCommand, factsFor: GuardFactsSource): Promise<Application> {
  // The mutation's row decides who and in which stage (NOT_FOUND, FORBIDDEN or INVALID_TRANSITION otherwise)…
  const { application, relations } = await loadApplicationFor(ctx, command.applicationId, decisionEntry(command.decision).mutation);
  // …and the outcome, where it names fewer relations than its row (registerMember: the secretariat or the society by grade).
  if (!decisionWho(command.decision).some((relation) => relations.has(relation))) throw new AppError('FORBIDDEN');
  return applyDecision(ctx, application, command, factsFor, ctx.principal!.accountId);
}

/** What applying a decision needs: the unit of work, the clock, and (for guards about the viewer) the principal. */
export type DecisionContext = Pick<CommandContext, 'em' | 'clock' | 'principal'>;

/**
 * Applies a decision to an application whose policy check is done: by runDecision for a person, or by trusted
 * scheduled work acting as the system account (the lapse of a missed deadline), which has no relation to check.
 * The stage, the version and every guard are still checked here; nothing is written on a refusal.
 */
export async function applyDecision(ctx: DecisionContext, application: Application, command: TransitionCommand, factsFor: GuardFactsSource, actorId: string): Promise<Application> {
  const { mutation, outcome: { decision } } = decisionEntry(command.decision);
  if (!decisionStages(command.decision).includes(application.stage)) {
    throw new AppError('INVALID_TRANSITION', { field: 'applicationId', params: { stage: application.stage, action: mutation } });
  }
  checkVersion(application, command.expectedVersion);
  const reason = command.reason?.trim() || undefined;
  const items = cleanItems(command.items);
  const today = chinaToday(ctx.clock());
  refuseGuardViolations([
    ...inputViolations(decision, reason, items),
    ...(await guardViolations([...decisionGuardsOf(command.decision, application.stage), ...(decision.guards ?? [])], {
      ...guardInputOf(ctx, application, factsFor(ctx, application)), action: command.decision, reason, consentToVerification: command.consentToVerification ?? undefined,
    })),
  ]);

  const fromStage = application.stage;
  const now = ctx.clock();
  for (const { kinds, reason: why } of decision.ends ?? []) {
    endAssignments(await ctx.em.find(Assignment, { application, kind: { $in: [...kinds] }, removedAt: null }), why, now);
  }
  const toStage = decision.to ?? fromStage;
  application.stage = toStage;
  application.updatedAt = now;
  for (const effect of decision.effects ?? []) await EFFECTS[effect]({ em: ctx.em, application, now, reason, items });
  const deadlines = await applyDeadline(ctx, application, decision.deadline, today);

  recordApplicationEvent(ctx.em, {
    application,
    actorId,
    action: command.decision,
    fromStage,
    toStage,
    reason,
    details: { ...(items.length > 0 ? { items } : {}), ...deadlines, ...roundStarted(decision, application), ...command.details },
    at: now,
  });
  await flushWithVersionCheck(ctx);
  return application;
}

export { flushWithVersionCheck };
