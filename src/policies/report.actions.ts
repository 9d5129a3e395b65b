import type { ScopeActionRule } from './scope-action';

/**
 * The report table (issue 12): society staff and the federation read reports; the report policy (report.policy.ts)
 * then narrows staff to their own society. The CSV/XLSX exports apply the same rows.
 */
export const REPORT_ACTION_TABLE = {
  funnelReport: { who: ['societyStaffOrFederation'], operation: 'Query' },
  cycleTimesReport: { who: ['societyStaffOrFederation'], operation: 'Query' },
  examinerWorkloadReport: { who: ['societyStaffOrFederation'], operation: 'Query' },
  registrationReport: { who: ['societyStaffOrFederation'], operation: 'Query' },
  cpdComplianceReport: { who: ['societyStaffOrFederation'], operation: 'Query' },
  // Complaints also pass the complaint table's row-level security: staff count what their society handles.
  complaintsReport: { who: ['societyStaffOrFederation'], operation: 'Query' },
  // Application rounds and their pre-applications (seed 004); the pre-application table's row-level security applies.
  applicationRoundsReport: { who: ['societyStaffOrFederation'], operation: 'Query' },
  // Seed 003 clause 10.1.4: every registration status change is reported to the federation, across societies.
  registrationStatusChanges: { who: ['federation'], operation: 'Query' },
} as const satisfies Record<string, ScopeActionRule>;
