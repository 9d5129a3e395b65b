import { ACCESS_TABLE } from './access-table';
import { VIEWER_CONDITIONS, type ViewerCondition } from './conditions';
import type { FieldAccess } from './mutation-access';
import type { PolicySubject } from './policy-subject';

function isViewerCondition(name: string): name is ViewerCondition {
  return Object.prototype.hasOwnProperty.call(VIEWER_CONDITIONS, name);
}

/**
 * Whether the viewer passes a root query's rule in the access table. `node(id:)` answers an object through the
 * root query that reads its type, and so applies that query's rule first, as the shield does for the query itself.
 * Only viewer conditions can decide before an object is read; anything else, or no row, denies.
 */
export function mayUseRootQuery(subject: PolicySubject, field: string): boolean {
  const access = (ACCESS_TABLE.Query as Record<string, FieldAccess | undefined>)[field];
  if (typeof access === 'string') return isViewerCondition(access) && VIEWER_CONDITIONS[access](subject);
  return access !== undefined && access.some((name) => VIEWER_CONDITIONS[name](subject));
}
