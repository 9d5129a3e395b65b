import type { Principal } from '../auth/principal';
import type { TenantScope } from '../tenancy/tenant-scope';

/** Who is asking, as every policy sees it. */
export interface PolicySubject {
  principal?: Principal;
  scope: TenantScope;
  /** The account this very request proved (login, sign-up): it may read itself in the payload. */
  authenticatedAccountId?: string;
}
