import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors/app-error';

/** Flushes; a concurrent change that won the race surfaces as STALE_VERSION. */
export async function flushWithVersionCheck(holder: { em: EntityManager }): Promise<void> {
  try {
    await holder.em.flush();
  } catch (error) {
    if (error instanceof OptimisticLockError) throw new AppError('STALE_VERSION', { field: 'expectedVersion' });
    throw error;
  }
}
