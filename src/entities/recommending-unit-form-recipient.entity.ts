import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Enterprise } from './enterprise.entity';
import { Society } from './society.entity';

/**
 * A society the enterprise sent its recommending-unit form to (seed 004: the form goes to the society, which opens
 * rights): its staff may read and review the form; other societies' staff may not.
 */
@Entity({ tableName: 'recommending_unit_form_recipient' })
@Unique({ name: 'recommending_unit_form_recipient_enterprise_society_unique', properties: ['enterprise', 'society'] })
export class RecommendingUnitFormRecipient {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Enterprise, { deleteRule: 'restrict' })
  enterprise!: Enterprise;

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  /** When the form was last sent to the society. */
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  submittedBy!: Account;
}
