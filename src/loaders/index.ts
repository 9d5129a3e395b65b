import type { EntityManager } from '@mikro-orm/postgresql';
import { Account, CompetencyArea, CompetencyItem, EngineeringField, Enterprise, Society, SocietyField, Specialty } from '../entities';
import { groupedLoader, keyedLoader } from './loader-factories';

/** Creates the per-request DataLoaders (a loader never outlives its request: its cache is the request's view). */
export function createLoaders(em: EntityManager) {
  return {
    specialtiesByFieldId: groupedLoader(
      (ids: readonly string[]) => em.find(Specialty, { field: { $in: [...ids] } }, { orderBy: { sortOrder: 'asc' } }),
      (specialty) => specialty.field.id,
    ),
    fieldById: keyedLoader((ids: readonly string[]) => em.find(EngineeringField, { id: { $in: [...ids] } }), (field) => field.id),
    fieldsBySocietyId: groupedLoader(
      (ids: readonly string[]) =>
        em.find(SocietyField, { society: { $in: [...ids] } }, { populate: ['field'], orderBy: { field: { sortOrder: 'asc' } } }),
      (link) => link.society.id,
    ),
    societiesByFieldId: groupedLoader(
      (ids: readonly string[]) =>
        em.find(SocietyField, { field: { $in: [...ids] } }, { populate: ['society'], orderBy: { society: { code: 'asc' } } }),
      (link) => link.field.id,
    ),
    societyById: keyedLoader((ids: readonly string[]) => em.find(Society, { id: { $in: [...ids] } }), (society) => society.id),
    competencyItemsByAreaCode: groupedLoader(
      (codes: readonly string[]) => em.find(CompetencyItem, { area: { code: { $in: [...codes] } } }, { orderBy: { sortOrder: 'asc' } }),
      (item) => item.area.code,
    ),
    competencyAreaByCode: keyedLoader((codes: readonly string[]) => em.find(CompetencyArea, { code: { $in: [...codes] } }), (area) => area.code),
    enterpriseById: keyedLoader((ids: readonly string[]) => em.find(Enterprise, { id: { $in: [...ids] } }), (enterprise) => enterprise.id),
    accountById: keyedLoader((ids: readonly string[]) => em.find(Account, { id: { $in: [...ids] } }), (account) => account.id),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
