import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Society } from '../entities';
import { TENANT_FILTER, type TenantFilterParams } from '../tenancy/tenant-filter';
import { applyRlsSettings } from '../tenancy/request-transaction';
import { SYSTEM_ACCOUNT_ID } from './system-actor';

/**
 * Runs `work` in one transaction scoped to one society, as the application role: the same two walls as a
 * request of that society's staff (RLS settings and the ORM tenant filter), acting as the system account (whose
 * session may read the accounts and grants it notifies; Migration20261130040000_system_actor).
 * Jobs work society by society, so a job can never touch two tenants' rows in one statement.
 */
export function inSocietyScope<T>(orm: MikroORM, societyId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inSystemTransaction(orm, [societyId], work);
}

/** Runs `work` in one transaction of the system session with no society in scope (federation-wide notices). */
export function inSystemScope<T>(orm: MikroORM, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return inSystemTransaction(orm, [], work);
}

async function inSystemTransaction<T>(orm: MikroORM, societyIds: string[], work: (em: EntityManager) => Promise<T>): Promise<T> {
  const em = orm.em.fork({ clear: true, useContext: false });
  return em.transactional(async (tx) => {
    await applyRlsSettings(tx, { accountId: SYSTEM_ACCOUNT_ID, societyIds, federation: false });
    const params: TenantFilterParams = { societyIds, crossTenant: false };
    tx.setFilterParams(TENANT_FILTER, params);
    return work(tx);
  });
}

/** Every society a job visits (suspended ones too: their open deadlines still run). */
export async function allSocietyIds(orm: MikroORM): Promise<string[]> {
  const em = orm.em.fork({ clear: true, useContext: false });
  const societies = await em.find(Society, {}, { fields: ['id'], orderBy: { code: 'asc' } });
  return societies.map((society) => society.id);
}
