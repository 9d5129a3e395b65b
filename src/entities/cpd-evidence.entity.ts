import { Entity, ManyToOne, OneToOne, PrimaryKey } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { CpdActivity } from './cpd-activity.entity';
import { Society } from './society.entity';
import { StoredFile } from './stored-file.entity';

/** An uploaded file attached as evidence of one CPD activity (a file belongs to one activity at most). */
@Entity({ tableName: 'cpd_evidence' })
export class CpdEvidence {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => CpdActivity, { deleteRule: 'cascade' })
  activity!: CpdActivity;

  @OneToOne(() => StoredFile, { owner: true, deleteRule: 'cascade' })
  file!: StoredFile;
}
