import { ArrayType, Entity, Formula, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { cursorInstantSql } from '../common/cursor-instant';
import { Account } from './account.entity';
import { Society } from './society.entity';

/**
 * Who read which parts of which dossiers, when: one row per request, society and set of parts shown, the
 * applications as an array (a page of 100 is one row, not 100). Append-only. The view `dossier_access` unnests it.
 */
@Entity({ tableName: 'dossier_access_log' })
@Index({ name: 'dossier_access_log_application_ids_index', expression: 'create index "dossier_access_log_application_ids_index" on "dossier_access_log" using gin ("application_ids")' })
export class DossierAccess {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  reader!: Account;

  /** The applications whose dossiers were shown. */
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  applicationIds!: string[];

  /** Parts of the visibility matrix (procedure, identity, contact…) or file:<purpose> for downloads. */
  @Property({ type: ArrayType, columnType: 'text[]' })
  parts!: string[];

  @Property({ type: 'datetime' })
  at: Date = new Date();

  /** `at` to the microsecond, for keyset cursors (the Date above keeps milliseconds); read only when a page populates it. */
  @Formula((alias) => cursorInstantSql(`${alias}.at`), { lazy: true })
  atCursor?: string;
}
