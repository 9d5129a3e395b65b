import type { StoredFile } from '../entities';
import type { FileFacts } from '../policies/file.policy';

/** The facts the file policy decides a download on, from a stored file loaded with its application. */
export function fileFacts(file: StoredFile): FileFacts {
  return {
    ownerId: file.owner.id,
    societyId: file.society.id,
    purpose: file.purpose,
    application: file.application
      ? { id: file.application.id, societyId: file.application.society.id, applicantId: file.application.applicant.id, stage: file.application.stage }
      : undefined,
  };
}
