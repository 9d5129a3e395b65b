import { FilePurpose, GrantRole } from '../entities/enums';
import type { PolicySubject } from './policy-subject';
import { allowBrandingAction } from './society-branding.policy';
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

/**
 * Uploading: an applicant of the society in scope (files are then attached to their own dossier), or whoever keeps
 * the society's branding (its logo is an upload; such a file can become nothing else, as they have no dossier).
 */
export function allowUpload(subject: PolicySubject): boolean {
  if (subject.principal === undefined || subject.scope.society === undefined) return false;
  return subject.scope.roles.has(GrantRole.APPLICANT) || allowBrandingAction(subject, { kind: 'editSocietyBranding' });
}

/** A society's current logo is public: anyone may fetch it (a portal shows it before login), nothing else of its files. */
export function isPublicLogo(file: { id: string }, branding: { logoFileId?: string | null } | null): boolean {
  return !!branding?.logoFileId && branding.logoFileId === file.id;
}

/** Downloading: the uploader, or whoever may read the dossier the file is attached to. */
export async function allowDownload(subject: PolicySubject, file: FileFacts): Promise<boolean> {
  if (subject.principal?.accountId === file.ownerId) return true;
  // CPD evidence: whoever may read the member's record (their society's staff, the federation).
  if (file.memberRecord) return allowMemberRecordAction(subject, 'readMemberRecord', file.memberRecord);
  if (!file.application) return false;
  return canSee(await relationsOf(subject, file.application), partOfFile(file.purpose), file.application.stage);
}
