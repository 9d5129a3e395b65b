import type { Principal } from '../auth/principal';
import type { TenantScope } from '../tenancy/tenant-scope';
import type { MaybePromise } from './maybe-promise';
import type { ApplicationRelation } from './relations';

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
