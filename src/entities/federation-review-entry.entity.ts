import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Account } from './account.entity';
import { DossierPart } from './dossier-part.entity';
import { FederationDecision } from './enums';

/** An application the society submitted to the federation; a sample of each submission is reviewed in depth. */
@Entity({ tableName: 'federation_review_entry' })
@Index({ properties: ['application'] })
export class FederationReviewEntry extends DossierPart {
  [OptionalProps]?: 'decision' | 'submittedAt';

  /** Drawn at submission by the federation's sampling rate. */
  @Property({ type: 'boolean' })
  sampled!: boolean;

  @Enum({ items: () => FederationDecision, nativeEnumName: 'federation_decision' })
  decision: FederationDecision = FederationDecision.PENDING;

  @Property({ type: 'text', nullable: true })
  reasons?: string;

  @ManyToOne(() => Account, { nullable: true, deleteRule: 'restrict' })
  decidedBy?: Account;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date;

  @Property({ type: 'datetime' })
  submittedAt: Date = new Date();
}
