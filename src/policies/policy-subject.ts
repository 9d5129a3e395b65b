import type { Principal } from '../auth/principal';
import type { TenantScope } from '../tenancy/tenant-scope';
import type { MaybePromise } from './maybe-promise';

/**
 * How a viewer stands to an application; everything else in the policies reads this set. The assessor
 * relations (reviewers, panel, review group) and the recommending enterprise come with their assignments.
 */
export type ApplicationRelation =
  | 'APPLICANT'
  | 'SOCIETY_STAFF'
  | 'MATERIAL_REVIEWER'
  | 'PAPER_JUDGE'
  | 'INTERVIEW_PANEL'
  | 'INTERVIEW_CHIEF'
  | 'REVIEW_GROUP'
  | 'FEDERATION_COMMITTEE'
  | 'FEDERATION_SECRETARIAT'
  | 'FEDERATION_ADMIN'
  | 'QUALITY_SUPERVISION'
  | 'RECOMMENDING_ENTERPRISE'
  | 'PUBLIC';

/** Who is asking, as every policy sees it. */
export interface PolicySubject {
  principal?: Principal;
  scope: TenantScope;
  /** The account this very request proved (login, sign-up): it may read itself in the payload. */
  authenticatedAccountId?: string;
  /**
   * The viewer's assignment-based relations to an application (reviewer, panel…), loaded in bulk per request;
   * known at once (empty) for a viewer who holds no examiner grant.
   */
  assessorRelations?(applicationId: string): MaybePromise<ReadonlySet<ApplicationRelation>>;
}
