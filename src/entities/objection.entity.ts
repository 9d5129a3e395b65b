import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Account } from './account.entity';
import { DossierPart } from './dossier-part.entity';
import { ObjectionStatus } from './enums';
import { PublicNotice } from './public-notice.entity';

/** An objection lodged by anyone against a proposed registrant during the notice; staff resolve it. */
@Entity({ tableName: 'objection' })
@Index({ properties: ['notice', 'status'] })
export class Objection extends DossierPart {
  [OptionalProps]?: 'status' | 'lodgedAt';

  @ManyToOne(() => PublicNotice, { deleteRule: 'cascade' })
  notice!: PublicNotice;

  @Property({ type: 'text' })
  content!: string;

  /** How to reach the objector, if they want to be reached. */
  @Property({ type: 'text', nullable: true })
  contact?: string;

  @Enum({ items: () => ObjectionStatus, nativeEnumName: 'objection_status' })
  status: ObjectionStatus = ObjectionStatus.OPEN;

  @Property({ type: 'text', nullable: true })
  resolution?: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict' })
  resolvedBy?: Account;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date;

  @Property({ type: 'datetime' })
  lodgedAt: Date = new Date();
}
