import type { Principal } from '../auth/principal';
import type { TenantScope } from '../tenancy/tenant-scope';

/** Who is asking, as every policy sees it. */
export interface PolicySubject {
  principal?: Principal;
  scope: TenantScope;
}
