import type { ScopeActionRule } from './scope-action';

/** The society action table: tenant onboarding, the society's settings and standards, and its grants. */
export const SOCIETY_ACTION_TABLE = {
  authorizeSociety: { who: ['federationAdmin'] },
  suspendSociety: { who: ['federationAdmin'], on: 'Society' },
  reinstateSociety: { who: ['federationAdmin'], on: 'Society' },
  // How the procedure runs in a society (its clarification period, its default pass mark): the federation's.
  setClarificationPeriod: { who: ['federationAdmin'], on: 'Society' },
  setWrittenExamPassMark: { who: ['federationAdmin'], on: 'Society' },
  // Seed 000: the written exam is the society's, so are its pass conditions; a federation admin may act in the society too.
  setWrittenExamStandard: { who: ['societyStaffOrFederationAdmin'], inSociety: true, on: 'Society' },
  publishWrittenExamStandard: { who: ['societyStaffOrFederationAdmin'], inSociety: true, on: 'Society' },
  // Seed 003 gives neither the weights of the two score sheets nor the pass mark: the society's staff set them.
  setScoringWeights: { who: ['societyStaffOrFederationAdmin'], inSociety: true },
  // Which roles each may hand out is the grantableRole check of platform.policy.ts.
  grantSocietyRole: { who: ['societyStaffOrFederationAdmin'], inSociety: true, on: 'Society' },
  // Revoking mirrors granting (the same grantableRole check); nobody revokes their own last staff grant of the society.
  revokeSocietyRole: { who: ['societyStaffOrFederationAdmin'], inSociety: true, on: 'Society' },
  // Branding and contacts (what a branded portal shows): the society's own staff or a federation admin in it; the
  // federation's complaint contacts are the federation's.
  updateSocietyBranding: { who: ['societyStaffOrFederationAdmin'], on: 'Society' },
  setSocietyContacts: { who: ['societyStaffOrFederationAdmin'], on: 'Society' },
  setFederationComplaintContacts: { who: ['federationAdmin'] },
  // Keeping one field's standards consistent across societies is the federation's (seed 000: 保持相对一致).
  writtenExamStandardsByField: { who: ['federation'], operation: 'Query' },
} as const satisfies Record<string, ScopeActionRule>;
