import { GrantRole } from '../entities/enums';
import { allowApplicationAction } from './application.policy';
import type { PolicySubject } from './policy-subject';
import { relationsTo, type ApplicationFacts } from './relations';

/** Facts about a stored file that decide who may download it. */
export interface FileFacts {
  ownerId: string;
  societyId: string;
  application?: ApplicationFacts;
}

/** Uploading: an applicant of the society in scope (files are then attached to their own dossier). */
export function allowUpload(subject: PolicySubject): boolean {
  return subject.principal !== undefined && subject.scope.society !== undefined && subject.scope.roles.has(GrantRole.APPLICANT);
}

/** Downloading: the uploader, or whoever may read the dossier the file is attached to. */
export function allowDownload(subject: PolicySubject, file: FileFacts): boolean {
  if (subject.principal?.accountId === file.ownerId) return true;
  if (!file.application) return false;
  return allowApplicationAction(relationsTo(subject, file.application), 'read', file.application.stage);
}
