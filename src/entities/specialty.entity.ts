import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { EngineeringField } from './engineering-field.entity';

/** 专业类别 within an engineering field, with its Chinese scope text. */
@Entity({ tableName: 'specialty' })
@Unique({ properties: ['field', 'code'] })
export class Specialty {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => EngineeringField, { deleteRule: 'cascade' })
  field!: EngineeringField;

  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text' })
  scopeZh!: string;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
