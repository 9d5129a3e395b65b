import type { ScopeActionRule } from './scope-action';

/** The working-day calendar action table: the federation keeps the calendar every deadline is counted on. */
export const CALENDAR_ACTION_TABLE = {
  setWorkingDayOverride: { who: ['federationAdmin'] },
  removeWorkingDayOverride: { who: ['federationAdmin'] },
  loadHolidayArrangement: { who: ['federationAdmin'] },
} as const satisfies Record<string, ScopeActionRule>;
