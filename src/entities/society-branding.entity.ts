import { Entity, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Society } from './society.entity';
import { StoredFile } from './stored-file.entity';

/**
 * What a society's branded portal shows besides its names: logo, colours, site address. Apart from the society row
 * because the society's own staff keep it (the society row is the federation's), under the tenant wall for writing;
 * everyone reads it.
 */
@Entity({ tableName: 'society_branding' })
export class SocietyBranding {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @OneToOne(() => Society, { owner: true, deleteRule: 'cascade', unique: 'society_branding_society_id_unique' })
  society!: Society;

  /** An uploaded PNG or JPEG (file storage), served publicly at /societies/{code}/logo. */
  @ManyToOne(() => StoredFile, { nullable: true, deleteRule: 'set null' })
  logoFile?: StoredFile | null;

  /** #RRGGBB */
  @Property({ type: 'text', nullable: true })
  primaryColor?: string | null;

  /** #RRGGBB */
  @Property({ type: 'text', nullable: true })
  accentColor?: string | null;

  /** The society's own portal or web site, http(s). */
  @Property({ type: 'text', nullable: true })
  siteUrl?: string | null;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'set null' })
  updatedBy?: Account | null;

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
