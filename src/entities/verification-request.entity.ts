import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Account } from './account.entity';
import { DossierPart } from './dossier-part.entity';
import { VerificationAnswer } from './enums';
import { RoleGrant } from './role-grant.entity';

/**
 * An examiner's doubt about the truth of a dossier's content, and the society's check of it (seed 000: the examiner
 * may ask the society to check with the bodies concerned, 可委托获授权学会向有关单位查询核实). The examiner writes the
 * request; staff record once whom they asked, when, and what came back.
 */
@Entity({ tableName: 'verification_request' })
@Index({ properties: ['application'] })
// A result is whole or absent (the migration's check, word for word).
@Check({
  name: 'verification_request_result_check',
  expression: '(answer is null and asked_whom is null and asked_on is null and recorded_by_id is null and recorded_at is null) or (answer is not null and asked_whom is not null and asked_on is not null and recorded_by_id is not null and recorded_at is not null)',
})
export class VerificationRequest extends DossierPart {
  [OptionalProps]?: 'createdAt';

  /** The examiner's grant under which the standing assignment was held. */
  @ManyToOne(() => RoleGrant, { deleteRule: 'restrict' })
  requestedBy!: RoleGrant;

  /** What is to be checked, in the examiner's words. */
  @Property({ type: 'text' })
  concerns!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** The organisation or person asked (an employer, a referee…). */
  @Property({ type: 'text', nullable: true })
  askedWhom?: string;

  /** How they were reached. */
  @Property({ type: 'text', nullable: true })
  askedContact?: string;

  /** China date of the enquiry. */
  @Property({ type: 'date', nullable: true })
  askedOn?: string;

  @Enum({ items: () => VerificationAnswer, nativeEnumName: 'verification_answer', nullable: true })
  answer?: VerificationAnswer;

  @Property({ type: 'text', nullable: true })
  answerNote?: string;

  @ManyToOne(() => Account, { deleteRule: 'restrict', nullable: true })
  recordedBy?: Account;

  @Property({ type: 'datetime', nullable: true })
  recordedAt?: Date;
}
