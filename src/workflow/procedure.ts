import type { ApplicationStage } from '../entities/enums';
import { applicationActionRule, APPLICATION_ACTION_TABLE, guardsOf, PROCEDURE_ACTIONS, type ApplicationAction as AnyApplicationAction, type ProcedureAction } from '../policies/application.actions';
import type { DeadlineEffect, EffectName } from './decisions/decision';
import type { GuardName } from './guard-names';

export { STAGES, type EditingRight, type StageDefinition } from './stages';
export type { GuardName } from './guard-names';
export { COMPLETION_WORKING_DAYS, EVALUATION_MONTHS, type DeadlineEffect, type EffectName } from './decisions/decision';

/** The steps of the procedure: the rows of the application action table that have a decision. */
export type ApplicationAction = ProcedureAction;

/**
 * One transition: a step from some stages to another, with the guards it runs there, and what its decision
 * records. Not written by hand: the action table's row (who, stages, guards) joined with the decision file.
 */
export interface TransitionDefinition {
  action: ApplicationAction;
  from: readonly ApplicationStage[];
  to: ApplicationStage;
  /** A step that must say why (returns, refusals). */
  reasonRequired: boolean;
  guards: readonly GuardName[];
  effects?: readonly EffectName[];
  deadline?: DeadlineEffect;
}

/** A row's stages grouped by the guards they run: one transition per group (proceedToComprehensiveReview has two). */
function transitionsOf(action: ApplicationAction): TransitionDefinition[] {
  const decision = applicationActionRule(action).decision!;
  // A decision that keeps the stage is no transition (it is still a row, and the runner applies it).
  if (decision.to === undefined) return [];
  const to = decision.to;
  const groups = new Map<string, { guards: readonly GuardName[]; from: ApplicationStage[] }>();
  for (const stage of applicationActionRule(action).stages) {
    const guards = guardsOf(action, stage);
    const key = guards.join(',');
    if (!groups.has(key)) groups.set(key, { guards, from: [] });
    groups.get(key)!.from.push(stage);
  }
  return [...groups.values()].map(({ guards, from }) => ({
    action, from, to, reasonRequired: decision.reasonRequired, guards,
    ...(decision.effects ? { effects: decision.effects } : {}), ...(decision.deadline ? { deadline: decision.deadline } : {}),
  }));
}

/** The procedure as data (DOMAIN.md §6), generated from the action table and the decisions. */
export const TRANSITIONS: readonly TransitionDefinition[] = PROCEDURE_ACTIONS.flatMap(transitionsOf);

/**
 * Guards of the table's actions that do not move the stage but depend on the procedure's state all the same: the command
 * runs them, and viewerCan offers the action only when they pass. Generated from the table.
 */
export const COMMAND_GUARDS = Object.fromEntries(
  (Object.keys(APPLICATION_ACTION_TABLE) as AnyApplicationAction[])
    .filter((action) => applicationActionRule(action).decision?.to === undefined && (applicationActionRule(action).guards?.length ?? 0) > 0)
    .map((action) => [action, applicationActionRule(action).guards!]),
) as Partial<Record<AnyApplicationAction, readonly GuardName[]>>;

/** The transition an action takes from a stage, if the procedure has one. */
export function findTransition(action: ApplicationAction, from: ApplicationStage): TransitionDefinition | undefined {
  return TRANSITIONS.find((transition) => transition.action === action && transition.from.includes(from));
}

/** The actions the procedure offers from a stage (who may take them is the action table's business). */
export function actionsFrom(stage: ApplicationStage): TransitionDefinition[] {
  return TRANSITIONS.filter((transition) => transition.from.includes(stage));
}
