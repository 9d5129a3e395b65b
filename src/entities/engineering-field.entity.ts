import { Collection, Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Specialty } from './specialty.entity';

/** 工程技术领域: reference data, shared by all tenants. */
@Entity({ tableName: 'engineering_field' })
export class EngineeringField {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'integer' })
  sortOrder!: number;

  @OneToMany(() => Specialty, (specialty) => specialty.field)
  specialties = new Collection<Specialty>(this);
}
