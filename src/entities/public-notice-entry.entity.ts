import { Entity, ManyToOne, Unique } from '@mikro-orm/core';
import { DossierPart } from './dossier-part.entity';
import { PublicNotice } from './public-notice.entity';

/** An application listed in a public notice. */
@Entity({ tableName: 'public_notice_entry' })
@Unique({ properties: ['notice', 'application'] })
export class PublicNoticeEntry extends DossierPart {
  @ManyToOne(() => PublicNotice, { deleteRule: 'cascade' })
  notice!: PublicNotice;
}
