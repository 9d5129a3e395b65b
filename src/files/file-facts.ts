import type { EntityManager } from '@mikro-orm/postgresql';
import { CpdEvidence, type StoredFile } from '../entities';
import { FilePurpose } from '../entities/enums';
import type { FileFacts } from '../policies/file.policy';

/**
 * The facts the file policy decides a download on, from a stored file loaded with its application: a dossier file
 * carries its application, a CPD evidence file the member's record it is attached to (none while unattached).
 * Every way to a file's bytes (GET /files/:id, a signed address) asks this one function.
 */
export async function loadFileFacts(em: EntityManager, file: StoredFile): Promise<FileFacts> {
  const evidence = file.purpose === FilePurpose.CPD_EVIDENCE ? await em.findOne(CpdEvidence, { file: file.id }, { populate: ['activity.registration'] }) : null;
  return {
    ownerId: file.owner.id,
    societyId: file.society.id,
    purpose: file.purpose,
    application: file.application
      ? { id: file.application.id, societyId: file.application.society.id, applicantId: file.application.applicant.id, stage: file.application.stage }
      : undefined,
    memberRecord: evidence ? { societyId: evidence.activity.registration.society.id, memberId: evidence.activity.registration.member.id } : undefined,
  };
}
