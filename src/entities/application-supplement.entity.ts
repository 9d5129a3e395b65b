import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Account } from './account.entity';
import { StoredFile } from './stored-file.entity';
import { DossierPart } from './dossier-part.entity';

/** An addition to a frozen dossier: recorded as such, never overwriting what was accepted. */
@Entity({ tableName: 'application_supplement' })
@Index({ properties: ['application', 'createdAt'] })
export class ApplicationSupplement extends DossierPart {
  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  author!: Account;

  /** The dossier part the addition concerns (e.g. workHistory, A3). */
  @Property({ type: 'text' })
  concerns!: string;

  @Property({ type: 'text' })
  content!: string;

  @ManyToOne(() => StoredFile, { nullable: true, deleteRule: 'restrict' })
  file?: StoredFile;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
