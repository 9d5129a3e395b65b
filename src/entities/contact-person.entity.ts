import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Society } from './society.entity';

/**
 * A person to contact, published for applicants (seed 000 "联系方式"): a society's evaluation contact, or — with no
 * society — one of the federation's complaint contacts (quality supervision committee, secretariat).
 */
@Entity({ tableName: 'contact_person' })
@Index({ properties: ['society', 'position'] })
export class ContactPerson {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Null: a federation contact. */
  @ManyToOne(() => Society, { nullable: true, deleteRule: 'cascade' })
  society?: Society | null;

  /** Order on the page. */
  @Property({ type: 'integer' })
  position!: number;

  /** The body the person answers for, in Chinese (联合体标准与质量监督委员会) — the society's own name when null. */
  @Property({ type: 'text', nullable: true })
  organisation?: string | null;

  @Property({ type: 'text', nullable: true })
  organisationEn?: string | null;

  /** As published, e.g. 包老师. */
  @Property({ type: 'text' })
  name!: string;

  /** What to contact them about, e.g. 申诉、投诉. */
  @Property({ type: 'text', nullable: true })
  role?: string | null;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  email?: string | null;
}
