import { Account } from './account.entity';
import { CompetencyArea } from './competency-area.entity';
import { CompetencyItem } from './competency-item.entity';
import { EngineeringField } from './engineering-field.entity';
import { Enterprise } from './enterprise.entity';
import { Grade } from './grade.entity';
import { RoleGrant } from './role-grant.entity';
import { SocietyField } from './society-field.entity';
import { Society } from './society.entity';
import { Specialty } from './specialty.entity';

/** Every entity the ORM knows, listed explicitly (no folder scanning, so builds and tests see the same set). */
export const ENTITIES = [
  Account,
  CompetencyArea,
  CompetencyItem,
  EngineeringField,
  Enterprise,
  Grade,
  RoleGrant,
  Society,
  SocietyField,
  Specialty,
];

/** Entities whose rows belong to one society: the tenant filter and RLS apply to them. */
export const TENANT_ENTITIES: string[] = [RoleGrant.name];

export {
  Account,
  CompetencyArea,
  CompetencyItem,
  EngineeringField,
  Enterprise,
  Grade,
  RoleGrant,
  Society,
  SocietyField,
  Specialty,
};

