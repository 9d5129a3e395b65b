import type { ViewerCondition } from './conditions';

/**
 * One row of a scope action table: an action on a model that no application relation decides (a society, an
 * examiner grant, a public notice, the calendar), allowed to whoever meets any of its viewer conditions. The
 * operation is a mutation of the same name unless `operation` says Query.
 */
export interface ScopeActionRule {
  who: readonly ViewerCondition[];
  /**
   * The object the action is taken on, when it is one (not a creation or a setting of the platform): that object's
   * viewerCan lists the action (src/policies/object-actions.ts).
   */
  on?: ScopeObjectType;
  operation?: 'Query';
  /**
   * The action acts in the society in scope: without one it is refused (the shield lets it through, so that the
   * command can answer SOCIETY_REQUIRED rather than FORBIDDEN).
   */
  inSociety?: true;
}

/** The object types whose actions a scope table lists (each has a viewerCan generated from the rows). */
export type ScopeObjectType = 'Society' | 'Examiner' | 'PublicNotice' | 'Complaint' | 'CpdActivity' | 'CpdAudit' | 'RecognitionReferral';
