import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Registration } from './registration.entity';
import { Society } from './society.entity';

/**
 * One issue of a member's certificate (seed 000: 工程会员证书). Registration issues the first; each
 * re-registration issues the next and supersedes the earlier ones, which then verify as superseded.
 * Public like the register it belongs to: a certificate in someone's hands must verify without logging in.
 */
@Entity({ tableName: 'certificate' })
@Unique({ properties: ['registration', 'serial'] })
@Index({ properties: ['registration'] })
export class Certificate {
  [OptionalProps]?: 'issuedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Registration, { deleteRule: 'restrict' })
  registration!: Registration;

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  /** 1 for the registration's certificate, then one more per re-registration. */
  @Property({ type: 'integer' })
  serial!: number;

  @Property({ type: 'date' })
  validFrom!: string;

  @Property({ type: 'date' })
  validUntil!: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  issuedBy!: Account;

  @Property({ type: 'datetime' })
  issuedAt: Date = new Date();

  /** Set when a later issue replaces this one. */
  @Property({ type: 'datetime', nullable: true })
  supersededAt?: Date;
}
