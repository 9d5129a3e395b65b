import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { DossierPart } from './dossier-part.entity';
import { AssignmentKind } from './enums';
import { RoleGrant } from './role-grant.entity';

/** An examiner assigned to assess an application. Rights last while it stands: removal ends them. */
@Entity({ tableName: 'assignment' })
@Index({ properties: ['application', 'kind'] })
@Index({ properties: ['examiner'] })
export class Assignment extends DossierPart {
  [OptionalProps]?: 'assignedAt' | 'chief';

  @ManyToOne(() => RoleGrant, { deleteRule: 'restrict' })
  examiner!: RoleGrant;

  @Enum({ items: () => AssignmentKind, nativeEnumName: 'assignment_kind' })
  kind!: AssignmentKind;

  /** The interview panel's chief (主面试官), a FORMAL examiner chosen before the interview. */
  @Property({ type: 'boolean', default: false })
  chief: boolean = false;

  @Property({ type: 'datetime' })
  assignedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  removedAt?: Date;

  @Property({ type: 'text', nullable: true })
  removalReason?: string;
}
