import type { ApplicationStage } from '../entities/enums';
import { APPLICATION_MUTATIONS, applicationActionRule, DECISIONS, decisionGuardsOf, decisionStages, type ApplicationMutation, type DecisionEntry, type DecisionName, type ProcedureMutation } from '../policies/application.actions';
import type { DeadlineEffect, EffectName } from './decisions/decision';
import type { GuardName } from './guard-names';

export { STAGES, type EditingRight, type StageDefinition } from './stages';
export type { GuardName } from './guard-names';
export { COMPLETION_WORKING_DAYS, EVALUATION_MONTHS, type DeadlineEffect, type EffectName } from './decisions/decision';
export type { DecisionName, ProcedureMutation } from '../policies/application.actions';

/**
 * One transition: a decision that leads from some stages to another, with the guards it runs there, and what it
 * records. Not written by hand: the action table's row and outcome (who, stages, guards) joined with the decision file.
 */
export interface TransitionDefinition {
  /** The decision (and the kind of history entry it writes). */
  decision: DecisionName;
  /** The mutation that takes it. */
  mutation: ProcedureMutation;
  from: readonly ApplicationStage[];
  to: ApplicationStage;
  /** A step that must say why (returns, refusals). */
  reasonRequired: boolean;
  guards: readonly GuardName[];
  effects?: readonly EffectName[];
  deadline?: DeadlineEffect;
}

/** A decision's stages grouped by the guards they run: one transition per group (proceedToComprehensiveReview has two). */
function transitionsOf({ name, mutation, outcome: { decision } }: DecisionEntry): TransitionDefinition[] {
  // A decision that keeps the stage is no transition (it is still an outcome, and the runner applies it).
  if (decision.to === undefined) return [];
  const to = decision.to;
  const groups = new Map<string, { guards: readonly GuardName[]; from: ApplicationStage[] }>();
  for (const stage of decisionStages(name)) {
    const guards = decisionGuardsOf(name, stage);
    const key = guards.join(',');
    if (!groups.has(key)) groups.set(key, { guards, from: [] });
    groups.get(key)!.from.push(stage);
  }
  return [...groups.values()].map(({ guards, from }) => ({
    decision: name, mutation, from, to, reasonRequired: decision.reasonRequired, guards,
    ...(decision.effects ? { effects: decision.effects } : {}), ...(decision.deadline ? { deadline: decision.deadline } : {}),
  }));
}

/** The procedure as data (DOMAIN.md §6), generated from the action table and the decisions. */
export const TRANSITIONS: readonly TransitionDefinition[] = DECISIONS.flatMap(transitionsOf);

/**
 * Guards of the table's mutations that take no decision but depend on the procedure's state all the same: the
 * command runs them, and viewerCan offers the action only when they pass. Generated from the table.
 */
export const COMMAND_GUARDS = Object.fromEntries(
  APPLICATION_MUTATIONS
    .filter((action) => applicationActionRule(action).decisions === undefined && (applicationActionRule(action).guards?.length ?? 0) > 0)
    .map((action) => [action, applicationActionRule(action).guards!]),
) as Partial<Record<ApplicationMutation, readonly GuardName[]>>;

/** The transition a decision takes from a stage, if the procedure has one. */
export function findTransition(decision: DecisionName, from: ApplicationStage): TransitionDefinition | undefined {
  return TRANSITIONS.find((transition) => transition.decision === decision && transition.from.includes(from));
}

/** The decisions the procedure offers from a stage (who may take them is the action table's business). */
export function actionsFrom(stage: ApplicationStage): TransitionDefinition[] {
  return TRANSITIONS.filter((transition) => transition.from.includes(stage));
}
