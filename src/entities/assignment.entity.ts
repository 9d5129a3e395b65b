import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { DossierPart } from './dossier-part.entity';
import { AssignmentKind } from './enums';
import { RoleGrant } from './role-grant.entity';

/** An examiner assigned to assess an application. Rights last while it stands: removal ends them. */
@Entity({ tableName: 'assignment' })
@Index({ properties: ['application', 'kind'] })
@Index({ properties: ['examiner'] })
export class Assignment extends DossierPart {
  [OptionalProps]?: 'assignedAt';

  @ManyToOne(() => RoleGrant, { deleteRule: 'restrict' })
  examiner!: RoleGrant;

  @Enum({ items: () => AssignmentKind, nativeEnumName: 'assignment_kind' })
  kind!: AssignmentKind;

  @Property({ type: 'datetime' })
  assignedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  removedAt?: Date;

  @Property({ type: 'text', nullable: true })
  removalReason?: string;
}
