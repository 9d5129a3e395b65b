import type { ScopeActionRule } from './scope-action';

/** The job runner's action table: its schedules and last runs are operations, for federation admins. */
export const JOBS_ACTION_TABLE = {
  scheduledJobs: { who: ['federationAdmin'], operation: 'Query' },
} as const satisfies Record<string, ScopeActionRule>;
