import { ArrayType, Entity, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Account } from './account.entity';
import { DossierPart } from './dossier-part.entity';

/** Who read which parts of a dossier, when: one row per reader, application and request. Append-only. */
@Entity({ tableName: 'dossier_access' })
@Index({ properties: ['application', 'at'] })
export class DossierAccess extends DossierPart {
  [OptionalProps]?: 'at';

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  reader!: Account;

  /** Parts of the visibility matrix (procedure, identity, contact…) or file:<purpose> for downloads. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  parts!: string[];

  @Property({ type: 'datetime' })
  at: Date = new Date();
}
