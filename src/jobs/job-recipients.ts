import type { EntityManager } from '@mikro-orm/postgresql';
import { GrantRole } from '../entities/enums';

/** The society's active staff accounts (the system session reads grants and accounts; see job-scope.ts). */
export async function societyStaffIds(em: EntityManager, societyId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ account_id: string }>>(
    `select distinct g.account_id from role_grant g join account a on a.id = g.account_id
      where g.society_id = ? and g.role = ? and g.revoked_at is null and a.status = 'ACTIVE' order by g.account_id`,
    [societyId, GrantRole.SOCIETY_STAFF],
  );
  return rows.map((row) => row.account_id);
}

/** The federation admins' active accounts. */
export async function federationAdminIds(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<Array<{ account_id: string }>>(
    `select distinct g.account_id from role_grant g join account a on a.id = g.account_id
      where g.role = ? and g.revoked_at is null and a.status = 'ACTIVE' order by g.account_id`,
    [GrantRole.FEDERATION_ADMIN],
  );
  return rows.map((row) => row.account_id);
}
