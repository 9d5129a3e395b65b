import type { ApplicationStage } from '../entities/enums';
import { allowPlatformAction } from './platform.policy';
import type { GuardName } from '../workflow/guard-names';
import { applicationActionRule, decisionGuardsOf, decisionStages, decisionWho, guardsOf, OFFERED_APPLICATION_ACTIONS, type ApplicationAction, type DecisionName } from './application.actions';
import type { PolicySubject } from './policy-subject';
import type { ApplicationRelation } from './relations';

export { guardsOf, type ApplicationAction } from './application.actions';

/** Decides an action on an application in its current stage from its row of the action table; deny unless a row allows. */
export function allowApplicationAction(relations: ReadonlySet<ApplicationRelation>, action: ApplicationAction, stage: ApplicationStage): boolean {
  const rule = applicationActionRule(action);
  return rule !== undefined && rule.stages.includes(stage) && rule.who.some((relation) => relations.has(relation));
}

/** The decisions of a mutation's row the viewer may take in a stage (its outcome's relations and stages), in the row's order. */
export function allowedDecisions(relations: ReadonlySet<ApplicationRelation>, action: ApplicationAction, stage: ApplicationStage): DecisionName[] {
  if (!allowApplicationAction(relations, action, stage)) return [];
  return (Object.keys(applicationActionRule(action).decisions ?? {}) as DecisionName[])
    .filter((name) => decisionStages(name).includes(stage) && decisionWho(name).some((relation) => relations.has(relation)));
}

/** Starting an application: its row of the account action table (an applicant of the society in scope). */
export function allowStartApplication(subject: PolicySubject): boolean {
  return allowPlatformAction(subject, 'startApplication');
}

/** Answers whether the named guards all pass for the application in question. */
export type GuardCheck = (names: readonly GuardName[]) => Promise<boolean>;

/**
 * The actions the viewer may take now, for frontends to show or hide: allowed by the table, and refused by none
 * of the guards the command runs (each guard asked once). What is left can only fail on the input itself.
 */
export async function viewerCan(relations: ReadonlySet<ApplicationRelation>, stage: ApplicationStage, passes: GuardCheck): Promise<ApplicationAction[]> {
  const allowed = OFFERED_APPLICATION_ACTIONS.filter((action) => allowApplicationAction(relations, action, stage));
  const known = new Map<GuardName, Promise<boolean>>();
  const guardPasses = (name: GuardName) => {
    if (!known.has(name)) known.set(name, passes([name]));
    return known.get(name)!;
  };
  // One after the other: the guards share the request's connection.
  const allPass = async (names: readonly GuardName[]) => {
    for (const name of names) if (!(await guardPasses(name))) return false;
    return true;
  };
  const offered: ApplicationAction[] = [];
  for (const action of allowed) {
    // A mutation that takes decisions is offered when one of them is open to the viewer now, behind its guards.
    const decisions = applicationActionRule(action).decisions ? allowedDecisions(relations, action, stage) : undefined;
    let passing = false;
    if (!decisions) passing = await allPass(guardsOf(action, stage));
    else for (const name of decisions) if (!passing) passing = await allPass(decisionGuardsOf(name, stage));
    if (passing) offered.push(action);
  }
  return offered;
}
