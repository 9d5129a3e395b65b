import { Collection, Entity, Enum, ManyToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { EngineeringField } from './engineering-field.entity';
import { SocietyStatus } from './enums';
import { SocietyField } from './society-field.entity';

/** An authorized national society: one tenant of the platform. */
@Entity({ tableName: 'society' })
export class Society {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Enum({ items: () => SocietyStatus, nativeEnumName: 'society_status' })
  status: SocietyStatus = SocietyStatus.ACTIVE;

  @Property({ type: 'text', nullable: true })
  suspensionReason?: string;

  @Property({ type: 'datetime', nullable: true })
  suspendedAt?: Date;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @ManyToMany({ entity: () => EngineeringField, pivotEntity: () => SocietyField })
  fields = new Collection<EngineeringField>(this);
}
