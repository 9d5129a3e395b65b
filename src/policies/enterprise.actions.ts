import type { ScopeActionRule } from './scope-action';

/**
 * The enterprise channel's action table (DOMAIN.md §9, seeds 002 and 004): enterprises as principals of their own
 * scope, their recommending-unit form, the recommendation rights societies open, recommendation codes,
 * pre-applications and their screening, application rounds and expert consultation. Commands check their row with
 * allowPlatformAction and then decide on the object (the enterprise in scope, the society of the right).
 */
export const ENTERPRISE_ACTION_TABLE = {
  // Registering a recommending enterprise and appointing its admin: a society (its staff) or the federation. An
  // appointment is an invitation the person accepts (acceptInvitation), like grantSocietyRole.
  registerEnterprise: { who: ['societyStaffOrFederationAdmin'] },
  appointEnterpriseAdmin: { who: ['societyStaffOrFederationAdmin'] },
  // The enterprise's own admin appoints its staff accounts (安排专人).
  appointEnterpriseRecommender: { who: ['enterpriseAdmin'] },
  // Revoking mirrors appointing (revocableEnterpriseRole in platform.policy.ts): the admin its recommenders, a
  // society's staff or a federation admin an enterprise's admin.
  revokeEnterpriseRole: { who: ['enterpriseAdmin', 'societyStaffOrFederationAdmin'] },
  // The channel's settings are the society's, set by the federation like its other procedure settings.
  setEnterpriseChannelSettings: { who: ['federationAdmin'], inSociety: true },
  // The enterprise files its form and assigns or revokes its own codes.
  submitRecommendingUnitForm: { who: ['enterpriseMember'] },
  assignRecommendationCodes: { who: ['enterpriseMember'] },
  revokeRecommendationCode: { who: ['enterpriseMember'] },
  // A society (or a federation admin acting in it) reviews the form and opens rights for its own fields.
  openRecommendationRights: { who: ['societyStaffOrFederationAdmin'], inSociety: true },
  withdrawRecommendationRight: { who: ['societyStaffOrFederationAdmin'], inSociety: true },
  openApplicationRound: { who: ['societyStaffOrFederationAdmin'], inSociety: true },
  // Pre-applications: with a code, from any signed-in account (the code names the society); without one, an
  // applicant of the society in scope (the society / local engineer society channel).
  redeemRecommendationCode: { who: ['authenticated'] },
  submitPreApplication: { who: ['applicantInScope'], inSociety: true },
  // Screening: the society's staff, or the federation committee that screens and allocates by field (seed 002).
  screenPreApplication: { who: ['screener'] },
  requestExpertConsultation: { who: ['authenticated'] },
  recordExpertConsultation: { who: ['screener'] },
  // Reads.
  myEnterprise: { who: ['enterpriseMember'], operation: 'Query' },
  enterpriseRecommendees: { who: ['enterpriseMember'], operation: 'Query' },
  recommendationCodes: { who: ['enterpriseMember'], operation: 'Query' },
  recommendingUnitForm: { who: ['societyStaffOrFederation'], operation: 'Query' },
  preApplications: { who: ['screener'], operation: 'Query' },
  myPreApplications: { who: ['authenticated'], operation: 'Query' },
} as const satisfies Record<string, ScopeActionRule>;
