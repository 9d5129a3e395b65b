import { APPLICATION_MUTATIONS, applicationActionRule } from './application.actions';
import type { ConditionName, ViewerCondition } from './conditions';
import { SCOPE_ACTIONS, type PlatformAction } from './platform.policy';
import { REGISTRATION_ACTIONS, type RegistrationAction, type RegistrationRelation } from './registration.policy';
import type { ApplicationRelation } from './relations';

/** A field's access: one condition, or any of several viewer conditions (generated for mutations). */
export type FieldAccess = ConditionName | readonly ViewerCondition[];

/**
 * The viewer condition someone holding a relation to some application must meet: what the shield can check before
 * the command loads the application. APPLICANT is any signed-in account (anyone may own an application); the
 * assessor relations come with assignments, which only examiners have. Society staff reach the assessors' commands
 * too: the command refuses them, so that another society's staff meet the tenancy wall (NOT_FOUND for an
 * application they may not know of), as before, rather than a FORBIDDEN from the shield.
 */
export const RELATION_HOLDERS: Record<ApplicationRelation, ViewerCondition> = {
  APPLICANT: 'authenticated',
  SOCIETY_STAFF: 'societyStaff',
  MATERIAL_REVIEWER: 'examinerOrSocietyStaff',
  PAPER_JUDGE: 'examinerOrSocietyStaff',
  INTERVIEW_PANEL: 'examinerOrSocietyStaff',
  INTERVIEW_CHIEF: 'examinerOrSocietyStaff',
  REVIEW_GROUP: 'examinerOrSocietyStaff',
  FEDERATION_COMMITTEE: 'federationCommittee',
  FEDERATION_SECRETARIAT: 'federationSecretariat',
  FEDERATION_ADMIN: 'federationAdmin',
  QUALITY_SUPERVISION: 'federation',
  RECOMMENDING_ENTERPRISE: 'authenticated',
  PUBLIC: 'public',
};

/** The same for the relations to a registration (registration.policy.ts). */
export const REGISTRATION_RELATION_HOLDERS: Record<RegistrationRelation, ViewerCondition> = {
  MEMBER: 'authenticated',
  SOCIETY_STAFF: 'societyStaff',
  FEDERATION: 'federation',
  FEDERATION_SECRETARIAT: 'federationSecretariat',
};

/** Registration actions served by a route, not a mutation. */
const REGISTRATION_ROUTES: ReadonlySet<RegistrationAction> = new Set(['downloadCertificate']);

/** The simplest equivalent of "any of": public or authenticated swallow the conditions they imply. */
function anyOf(conditions: Iterable<ViewerCondition>): FieldAccess {
  const set = new Set(conditions);
  if (set.has('public')) return 'public';
  if (set.has('authenticated')) return 'authenticated';
  const sorted = [...set].sort();
  return sorted.length === 1 ? sorted[0] : sorted;
}

/** The operations an action table names, with the viewer conditions of every row that names them. */
function collect(): Record<'Query' | 'Mutation', Map<string, Set<ViewerCondition>>> {
  const found = { Query: new Map<string, Set<ViewerCondition>>(), Mutation: new Map<string, Set<ViewerCondition>>() };
  const add = (operation: 'Query' | 'Mutation', name: string, conditions: Iterable<ViewerCondition>) => {
    if (!found[operation].has(name)) found[operation].set(name, new Set());
    for (const condition of conditions) found[operation].get(name)!.add(condition);
  };
  for (const mutation of APPLICATION_MUTATIONS) add('Mutation', mutation, applicationActionRule(mutation).who.map((relation) => RELATION_HOLDERS[relation]));
  for (const [action, rule] of Object.entries(REGISTRATION_ACTIONS) as Array<[RegistrationAction, (typeof REGISTRATION_ACTIONS)[RegistrationAction]]>) {
    if (!REGISTRATION_ROUTES.has(action)) add('Mutation', action, rule.who.map((relation) => REGISTRATION_RELATION_HOLDERS[relation]));
  }
  // A scope row decides its operation alone: the notice commands' rows are what their commands check.
  for (const [name, rule] of Object.entries(SCOPE_ACTIONS) as Array<[PlatformAction, (typeof SCOPE_ACTIONS)[PlatformAction]]>) {
    found[rule.operation ?? 'Mutation'].set(name, new Set(rule.who));
  }
  return found;
}

const collected = collect();

/**
 * The shield rule of every mutation, generated from the action tables: a mutation is open to whoever could hold
 * one of the relations (or platform roles) of the rows that name it. The command then decides on the object.
 */
export const MUTATION_ACCESS: Record<string, FieldAccess> = Object.fromEntries([...collected.Mutation].map(([name, conditions]) => [name, anyOf(conditions)]));

/** The shield rule of the queries a scope table names (the others are declared in access-table.ts). */
export const QUERY_ACCESS: Record<string, FieldAccess> = Object.fromEntries([...collected.Query].map(([name, conditions]) => [name, anyOf(conditions)]));
