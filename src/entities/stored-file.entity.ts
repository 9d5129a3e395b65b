import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Account } from './account.entity';
import { Application } from './application.entity';
import { DegreeEvidenceKind, FilePurpose } from './enums';
import { Society } from './society.entity';

/**
 * An uploaded file, bytes in PostgreSQL behind the tenant wall (in stored_file_chunk rows, written as an upload streams in). Uploaded unattached by its owner;
 * attaching it to a dossier part (purpose) is a dossier command with its own limits.
 */
@Entity({ tableName: 'stored_file' })
@Index({ properties: ['application', 'purpose'] })
@Index({ properties: ['owner'] })
// Only degree evidence is verified by the CHSI record or the overseas certification.
@Check({ name: 'stored_file_degree_evidence_kind_check', expression: `degree_evidence_kind is null or purpose = 'DEGREE_EVIDENCE'` })
export class StoredFile {
  [OptionalProps]?: 'createdAt' | 'caption';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Society, { deleteRule: 'restrict' })
  society!: Society;

  @ManyToOne(() => Account, { deleteRule: 'restrict' })
  owner!: Account;

  @ManyToOne(() => Application, { nullable: true, deleteRule: 'cascade' })
  application?: Application;

  @Enum({ items: () => FilePurpose, nativeEnumName: 'file_purpose', nullable: true })
  purpose?: FilePurpose;

  @Property({ type: 'text', nullable: true })
  caption?: string;

  /** Degree evidence only: which verification this file is (null: the degree certificate itself). */
  @Enum({ items: () => DegreeEvidenceKind, nativeEnumName: 'degree_evidence_kind', nullable: true })
  degreeEvidenceKind?: DegreeEvidenceKind;

  @Property({ type: 'text' })
  filename!: string;

  /** Detected from the bytes, never taken from the client. */
  @Property({ type: 'text' })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  attachedAt?: Date;
}
