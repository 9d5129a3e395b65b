import type { ScopeActionRule } from './scope-action';

/** The examiner action table: the society's roster, kept by its staff or a federation admin working in the society. */
export const EXAMINER_ACTION_TABLE = {
  updateExaminer: { who: ['societyStaffOrFederationAdmin'], inSociety: true, on: 'Examiner' },
  revokeExaminer: { who: ['societyStaffOrFederationAdmin'], inSociety: true, on: 'Examiner' },
} as const satisfies Record<string, ScopeActionRule>;
