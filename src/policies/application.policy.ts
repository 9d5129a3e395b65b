import type { ApplicationStage } from '../entities/enums';
import { isPromiseLike, type MaybePromise } from './maybe-promise';
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

/** Answers whether the named guards all pass for the application in question (at once when they can tell). */
export type GuardCheck = (names: readonly GuardName[]) => MaybePromise<boolean>;

/** The actions the table allows, and per action the guard lists of which one must pass. */
interface OfferPlan {
  allowed: readonly ApplicationAction[];
  alternatives: ReadonlyArray<ReadonlyArray<readonly GuardName[]>>;
}

/** The plans worked out so far, per stage, then per relations (their sorted names, joined by commas). */
const offerPlans = new Map<ApplicationStage, Map<string, OfferPlan>>();

/**
 * What the action table offers relations in a stage, before any guard: a function of the table alone, so it is
 * worked out once per combination of relations and stage (a page of applications asks it for each).
 */
function offerPlan(relations: ReadonlySet<ApplicationRelation>, stage: ApplicationStage): OfferPlan {
  // A viewer usually has one relation to an application: its name is the key, with no key string built per call.
  const key = relations.size === 1 ? relations.values().next().value! : [...relations].sort().join(',');
  let plans = offerPlans.get(stage);
  if (!plans) offerPlans.set(stage, (plans = new Map()));
  let plan = plans.get(key);
  if (plan) return plan;
  const allowed = OFFERED_APPLICATION_ACTIONS.filter((action) => allowApplicationAction(relations, action, stage));
  // Per action, the guard lists of which one must pass: the row's, or (a mutation that takes decisions) those of
  // each decision open to the viewer now.
  const alternatives = allowed.map((action) => {
    const decisions = applicationActionRule(action).decisions ? allowedDecisions(relations, action, stage) : undefined;
    return decisions ? decisions.map((name) => decisionGuardsOf(name, stage)) : [guardsOf(action, stage)];
  });
  plans.set(key, (plan = { allowed, alternatives }));
  return plan;
}

/**
 * The actions the viewer may take now, for frontends to show or hide: allowed by the table, and refused by none
 * of the guards the command runs (each guard asked once). What is left can only fail on the input itself.
 * The guards are asked one after the other (they share the request's connection); the answer is synchronous when
 * every guard asked answers at once, so a page of applications does not become a chain of promises each.
 */
export function viewerCan(relations: ReadonlySet<ApplicationRelation>, stage: ApplicationStage, passes: GuardCheck): MaybePromise<ApplicationAction[]> {
  const { allowed, alternatives } = offerPlan(relations, stage);
  const known = new Map<GuardName, MaybePromise<boolean>>();
  const guardPasses = (name: GuardName) => {
    let passing = known.get(name);
    if (passing === undefined) known.set(name, (passing = passes([name])));
    return passing;
  };
  const offered: ApplicationAction[] = [];
  // Walks action a, alternative b, guard g, in the order the awaits took before: stops at the first promise and goes on when it settles.
  const walk = (a: number, b: number, g: number): MaybePromise<ApplicationAction[]> => {
    while (a < allowed.length) {
      const lists = alternatives[a];
      if (b >= lists.length) {
        a += 1; b = 0; g = 0;
        continue;
      }
      const names = lists[b];
      if (g >= names.length) {
        // Every guard of this alternative passed: the action is offered.
        offered.push(allowed[a]);
        a += 1; b = 0; g = 0;
        continue;
      }
      const passing = guardPasses(names[g]);
      if (isPromiseLike(passing)) {
        const [at, alternative, guard] = [a, b, g];
        return passing.then((settled) => (settled ? walk(at, alternative, guard + 1) : walk(at, alternative + 1, 0)));
      }
      if (passing) g += 1;
      else {
        b += 1; g = 0;
      }
    }
    return offered;
  };
  return walk(0, 0, 0);
}
