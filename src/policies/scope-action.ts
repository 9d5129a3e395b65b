import type { ViewerCondition } from './conditions';

/**
 * One row of a scope action table: an action on a model that no application relation decides (a society, an
 * examiner grant, a public notice, the calendar), allowed to whoever meets any of its viewer conditions. The
 * operation is a mutation of the same name unless `operation` says Query.
 */
export interface ScopeActionRule {
  who: readonly ViewerCondition[];
  operation?: 'Query';
  /**
   * The action acts in the society in scope: without one it is refused (the shield lets it through, so that the
   * command can answer SOCIETY_REQUIRED rather than FORBIDDEN).
   */
  inSociety?: true;
}
