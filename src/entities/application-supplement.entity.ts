import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Application } from './application.entity';
import { Society } from './society.entity';
import { StoredFile } from './stored-file.entity';

/** An addition to a frozen dossier: recorded as such, never overwriting what was accepted. */
@Entity({ tableName: 'application_supplement' })
@Index({ properties: ['application', 'createdAt'] })
export class ApplicationSupplement {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Application, { deleteRule: 'cascade' })
  application!: Application;

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
