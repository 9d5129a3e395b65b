import type { EntityManager } from '@mikro-orm/postgresql';
import { recordApplicationEvent } from '../workflow/application-events';
import { Assignment, ConflictDeclaration, Enterprise, RoleGrant, Specialty, type Application } from '../entities';
import type { CommandContext } from '../workflow/command-context';
import type { CompositionViolation } from '../workflow/composition-rules';
import { AssignmentKind, GrantRole } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { AssessedApplication, CandidateExaminer } from '../workflow/composition-rules';
import { isUuid } from '../common/is-uuid';
import { examinerGrantIds } from '../auth/principal';

/** An examiner grant as the composition rules read it. */
export function toCandidate(grant: RoleGrant): CandidateExaminer {
  return { grantId: grant.id, accountId: grant.account.id, grade: grant.examinerGrade!, fieldId: grant.field!.id, specialtyCodes: grant.specialtyCodes, employer: grant.employer };
}

/** Active examiner grants of the application's society, by id, in the order given; an unknown id is NOT_FOUND on its position. */
export async function loadExaminers(em: EntityManager, application: Application, ids: readonly string[], field: string): Promise<RoleGrant[]> {
  const valid = ids.filter((id) => isUuid(id));
  const grants = await em.find(RoleGrant, { id: { $in: valid }, role: GrantRole.EXAMINER, society: application.society, revokedAt: null }, { populate: ['account'] });
  return ids.map((id, index) => {
    const grant = grants.find((candidate) => candidate.id === id);
    if (!grant) throw new AppError('NOT_FOUND', { field: `${field}[${index}]` });
    return grant;
  });
}

/** What the rules need to know of the application: field, specialty, employer and declared conflicts. */
export async function assessedApplication(em: EntityManager, application: Application): Promise<AssessedApplication> {
  const conflicts = await em.find(ConflictDeclaration, { application }, { populate: ['examiner'] });
  const specialty = await em.findOneOrFail(Specialty, { id: application.specialty.id });
  // Enterprise channel (回避): the recommending enterprise is an employer the examiners must not come from, and its
  // people (its grants, the code's creator) never assess its recommendee. Its grants are outside the society's
  // rows: one look-up that answers for the applications the request sees.
  const enterprise = application.recommendingEnterprise ? await em.findOne(Enterprise, { id: application.recommendingEnterprise.id }) : null;
  const [people] = enterprise
    ? await em.execute<Array<{ ids: string[] }>>('select app_recommending_accounts(?) as ids', [application.id])
    : [{ ids: [] as string[] }];
  return {
    recommendingEnterprise: enterprise ? { name: enterprise.name, creditCode: enterprise.creditCode ?? null } : null,
    recommendingAccountIds: new Set(people.ids),
    fieldId: application.field.id,
    specialtyCode: specialty.code,
    employer: application.employer,
    conflictedGrantIds: new Set(conflicts.map((conflict) => conflict.examiner.id)),
    conflictedAccountIds: new Set(conflicts.map((conflict) => conflict.examiner.account.id)),
  };
}

/** The standing assignments of a kind. */
export function activeAssignments(em: EntityManager, application: Application, kind: AssignmentKind): Promise<Assignment[]> {
  return em.find(Assignment, { application, kind, removedAt: null }, { populate: ['examiner'] });
}

/** The viewer's own standing assignment of a kind (the policy has already checked the relation it gives). */
export function ownStandingAssignment(ctx: CommandContext, application: Application, kind: AssignmentKind): Promise<Assignment> {
  return ctx.em.findOneOrFail(Assignment, { application, examiner: { $in: examinerGrantIds(ctx.principal) }, kind, removedAt: null });
}

export { endAssignments } from '../workflow/assignment-ends';

/** Refuses a composition with the first broken rule's own code (all of them in extensions.issues). */
export function refuseViolations(violations: readonly CompositionViolation[]): void {
  if (violations.length > 0) throw new AppError(violations[0].code as never, { field: violations[0].field, issues: violations });
}

/**
 * Assigns examiners to the application and records it in the history. `touch` moves the version (leave it
 * off when a procedure step follows in the same command: the step moves it, and checks it first).
 */
export function recordAssignments(
  ctx: CommandContext,
  application: Application,
  examiners: readonly RoleGrant[],
  kind: AssignmentKind,
  action: string,
  options: { chiefGrantId?: string; touch?: boolean; details?: Record<string, unknown> } = {},
): void {
  const { chiefGrantId, touch = true, details } = options;
  const now = ctx.clock();
  for (const examiner of examiners) {
    ctx.em.create(Assignment, { society: application.society, application, examiner, kind, chief: examiner.id === chiefGrantId, assignedAt: now });
  }
  recordApplicationEvent(ctx.em, { application, actorId: ctx.principal!.accountId, action, details, at: now });
  if (touch) application.updatedAt = now;
}
