import { canSee, type DossierPartName } from './visibility-matrix';
import type { ApplicationRelation } from './relations';
import { ApplicationStage, GrantRole } from '../entities/enums';
import type { PolicySubject } from './policy-subject';

/** The stages the work queue may show: a draft is the applicant's own until it is submitted. */
export const QUEUE_STAGES: readonly ApplicationStage[] = Object.values(ApplicationStage).filter((stage) => stage !== ApplicationStage.DRAFT);

/** The dossier part each work-queue filter and sort order reads: a hidden part must not be probeable through them. */
export const QUEUE_ARGUMENT_PARTS: Record<string, DossierPartName> = {
  stages: 'procedure',
  overdue: 'procedure',
  orderBy: 'procedure',
  fieldCode: 'identity',
  specialtyCode: 'identity',
  gradeCode: 'identity',
};

/**
 * The queue arguments the viewer may not use: those reading a part the viewer's queue relation cannot see in
 * the stages filtered (all non-draft stages when none are named).
 */
export function forbiddenQueueArguments(relation: ApplicationRelation, used: readonly string[], stages: readonly ApplicationStage[]): string[] {
  return used.filter((argument) => {
    const part = QUEUE_ARGUMENT_PARTS[argument];
    // An argument without a declared part is refused: deny by default.
    return part === undefined || !stages.every((stage) => canSee(new Set([relation]), part, stage));
  });
}

/** The relation the work queue is read under: staff of the society, else the viewer's federation role. */
export function queueRelationOf(subject: PolicySubject): ApplicationRelation {
  if (subject.scope.roles.has(GrantRole.SOCIETY_STAFF)) return 'SOCIETY_STAFF';
  const roles = new Set(subject.principal?.grants.map((grant) => grant.role));
  const federation: Array<[GrantRole, ApplicationRelation]> = [
    [GrantRole.FEDERATION_COMMITTEE, 'FEDERATION_COMMITTEE'],
    [GrantRole.FEDERATION_SECRETARIAT, 'FEDERATION_SECRETARIAT'],
    [GrantRole.FEDERATION_ADMIN, 'FEDERATION_ADMIN'],
    [GrantRole.QUALITY_SUPERVISION, 'QUALITY_SUPERVISION'],
  ];
  return federation.find(([role]) => roles.has(role))?.[1] ?? 'PUBLIC';
}
