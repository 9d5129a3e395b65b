import { Entity, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { DossierPart } from './dossier-part.entity';
import { RoleGrant } from './role-grant.entity';

/** An examiner's declared conflict of interest with an applicant: the examiner never assesses them. */
@Entity({ tableName: 'conflict_declaration' })
@Unique({ properties: ['application', 'examiner'] })
export class ConflictDeclaration extends DossierPart {
  [OptionalProps]?: 'declaredAt';

  @ManyToOne(() => RoleGrant, { deleteRule: 'restrict' })
  examiner!: RoleGrant;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'datetime' })
  declaredAt: Date = new Date();
}
