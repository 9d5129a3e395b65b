import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** An engineering body abroad the federation has a mutual-recognition agreement with (seed 002): reference data. */
@Entity({ tableName: 'partner_body' })
export class PartnerBody {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  /** Where it registers engineers (a country or region). */
  @Property({ type: 'text' })
  jurisdictionZh!: string;

  @Property({ type: 'text' })
  jurisdictionEn!: string;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
