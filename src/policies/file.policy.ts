import { FilePurpose, GrantRole } from '../entities/enums';
import type { PolicySubject } from './policy-subject';
import { relationsOf, type ApplicationFacts } from './relations';
import { canSee, type DossierPartName } from './visibility-matrix';
import { allowMemberRecordAction, type MemberRecordFacts } from './member-record.policy';

/** Facts about a stored file that decide who may download it. */
export interface FileFacts {
  ownerId: string;
  societyId: string;
  purpose?: FilePurpose | null;
  application?: ApplicationFacts;
  /** CPD evidence: the member's record it belongs to. */
  memberRecord?: MemberRecordFacts;
}

/** The dossier part a file belongs to in the visibility matrix: ID copies are identity documents, the rest dossier content. */
export function partOfFile(purpose: FilePurpose | null | undefined): DossierPartName {
  return purpose === FilePurpose.ID_COPY ? 'idDocuments' : 'dossierContent';
}

/** Uploading: an applicant of the society in scope (files are then attached to their own dossier). */
export function allowUpload(subject: PolicySubject): boolean {
  return subject.principal !== undefined && subject.scope.society !== undefined && subject.scope.roles.has(GrantRole.APPLICANT);
}

/** Downloading: the uploader, or whoever may read the dossier the file is attached to. */
export async function allowDownload(subject: PolicySubject, file: FileFacts): Promise<boolean> {
  if (subject.principal?.accountId === file.ownerId) return true;
  // CPD evidence: whoever may read the member's record (their society's staff, the federation).
  if (file.memberRecord) return allowMemberRecordAction(subject, 'readMemberRecord', file.memberRecord);
  if (!file.application) return false;
  return canSee(await relationsOf(subject, file.application), partOfFile(file.purpose), file.application.stage);
}
