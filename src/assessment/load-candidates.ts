import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment, ConflictDeclaration, RoleGrant, Specialty, type Application } from '../entities';
import { AssignmentKind, GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { AssessedApplication, CandidateExaminer } from '../workflow/composition-rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An examiner grant as the composition rules read it. */
export function toCandidate(grant: RoleGrant): CandidateExaminer {
  return { grantId: grant.id, grade: grant.examinerGrade!, fieldId: grant.field!.id, specialtyCodes: grant.specialtyCodes, employer: grant.employer };
}

/** Active examiner grants of the application's society, by id, in the order given; an unknown id is NOT_FOUND on its position. */
export async function loadExaminers(em: EntityManager, application: Application, ids: readonly string[], field: string): Promise<RoleGrant[]> {
  const valid = ids.filter((id) => UUID.test(id));
  const grants = await em.find(RoleGrant, { id: { $in: valid }, role: GrantRole.EXAMINER, society: application.society, revokedAt: null }, { populate: ['account'] });
  return ids.map((id, index) => {
    const grant = grants.find((candidate) => candidate.id === id);
    if (!grant) throw new AppError('NOT_FOUND', { field: `${field}[${index}]` });
    return grant;
  });
}

/** What the rules need to know of the application: field, specialty, employer and declared conflicts. */
export async function assessedApplication(em: EntityManager, application: Application): Promise<AssessedApplication> {
  const conflicts = await em.find(ConflictDeclaration, { application });
  const specialty = await em.findOneOrFail(Specialty, { id: application.specialty.id });
  return {
    fieldId: application.field.id,
    specialtyCode: specialty.code,
    employer: application.employer,
    conflictedGrantIds: new Set(conflicts.map((conflict) => conflict.examiner.id)),
  };
}

/** The standing assignments of a kind. */
export function activeAssignments(em: EntityManager, application: Application, kind: AssignmentKind): Promise<Assignment[]> {
  return em.find(Assignment, { application, kind, removedAt: null }, { populate: ['examiner'] });
}
