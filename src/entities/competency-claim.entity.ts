import { ArrayType, Entity, Index, Property } from '@mikro-orm/core';
import { DossierPart } from './dossier-part.entity';

/** A passage of the self-statement and the competency items (A1–E4) it evidences. */
@Entity({ tableName: 'competency_claim' })
@Index({ properties: ['application'] })
export class CompetencyClaim extends DossierPart {
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  passage!: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  itemCodes!: string[];
}
