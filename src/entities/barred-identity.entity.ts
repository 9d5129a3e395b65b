import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Application } from './application.entity';
import { RegistrationReasonKind } from './enums';
import { Society } from './society.entity';

/**
 * A person barred for life from applying (seed 000: 一经发现终身取消申请工程会员资格), found by identity document
 * across all societies and accounts. Holds a digest of the ID number, never the number; the API's role may insert
 * but not read rows: it asks `app_identity_barred(digest)`.
 */
@Entity({ tableName: 'barred_identity' })
@Unique({ properties: ['idNumberDigest'] })
export class BarredIdentity {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  idNumberDigest!: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  account!: Account;

  /** The society whose decision (or whose applicant's dossier) it was. */
  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Application, { deleteRule: 'restrict' })
  application!: Application;

  @Enum({ items: () => RegistrationReasonKind, nativeEnumName: 'registration_reason_kind' })
  reasonKind!: RegistrationReasonKind;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  barredBy!: Account;

  @Property({ type: 'datetime' })
  barredAt!: Date;
}
