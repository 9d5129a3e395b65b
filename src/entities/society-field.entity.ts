import { Entity, ManyToOne } from '@mikro-orm/core';
import { EngineeringField } from './engineering-field.entity';
import { Society } from './society.entity';

/** Which engineering fields a society is authorized to evaluate. */
@Entity({ tableName: 'society_field' })
export class SocietyField {
  @ManyToOne(() => Society, { primary: true, deleteRule: 'cascade' })
  society!: Society;

  @ManyToOne(() => EngineeringField, { primary: true })
  field!: EngineeringField;
}
