import type { EntityManager } from '@mikro-orm/postgresql';
import { Assignment } from '../entities';
import { ApplicationStage, AssignmentKind, GrantRole, SocietyStatus } from '../entities/enums';
import { enterprisesOf } from '../tenancy/tenant-scope';
import { isPromiseLike, type MaybePromise } from './maybe-promise';
import type { ApplicationRelation, PolicySubject } from './policy-subject';

export type { ApplicationRelation } from './policy-subject';


/** Each federation role and the relation it gives to every application. */
const FEDERATION_RELATIONS: ReadonlyArray<[GrantRole, ApplicationRelation]> = [
  [GrantRole.FEDERATION_COMMITTEE, 'FEDERATION_COMMITTEE'],
  [GrantRole.FEDERATION_SECRETARIAT, 'FEDERATION_SECRETARIAT'],
  [GrantRole.FEDERATION_ADMIN, 'FEDERATION_ADMIN'],
  [GrantRole.QUALITY_SUPERVISION, 'QUALITY_SUPERVISION'],
];

/** The facts about an application that relations depend on. */
export interface ApplicationFacts {
  id: string;
  societyId: string;
  applicantId: string;
  stage: ApplicationStage;
  /**
   * The enterprise whose recommendation code the applicant redeemed (copied onto the application when the approved
   * pre-application opened it). Facts without it give no enterprise relation: a producer that forgets it shows less.
   */
  recommendingEnterpriseId?: string | null;
}

/**
 * The viewer's grant-based relations to an application: no query (grants come with the principal).
 * relationsOf adds the assignment-based ones.
 */
export function relationsTo(subject: PolicySubject, application: ApplicationFacts): ReadonlySet<ApplicationRelation> {
  const relations = new Set<ApplicationRelation>();
  const principal = subject.principal;
  if (!principal) return relations;
  if (application.applicantId === principal.accountId) relations.add('APPLICANT');
  // The enterprise scope: the recommending enterprise follows its recommendee from the draft on (seed 004: 督促推荐人员
  // 及时提交注册工程会员申请), through its own enterprise grants, never a society role.
  if (application.recommendingEnterpriseId && enterprisesOf(principal).includes(application.recommendingEnterpriseId)) relations.add('RECOMMENDING_ENTERPRISE');
  // A draft is the applicant's own until it is submitted (its procedure facts aside, above).
  if (application.stage === ApplicationStage.DRAFT) return relations;
  const society = subject.scope.society;
  if (
    society?.id === application.societyId &&
    society.status === SocietyStatus.ACTIVE &&
    subject.scope.roles.has(GrantRole.SOCIETY_STAFF)
  ) {
    relations.add('SOCIETY_STAFF');
  }
  if (subject.scope.federation) {
    for (const [role, relation] of FEDERATION_RELATIONS) if (principal.grants.some((grant) => grant.role === role)) relations.add(relation);
  }
  return relations;
}

/** One application's relations, remembered with the stage they were computed at. */
interface KnownRelations {
  stage: ApplicationStage;
  relations: MaybePromise<ReadonlySet<ApplicationRelation>>;
}

const memo = new WeakMap<PolicySubject, Map<string, KnownRelations>>();

/**
 * All of the viewer's relations, the assignment-based ones included (one batched query per request, none for
 * viewers without an examiner grant). Computed once per application and request, and answered synchronously
 * once known: every guarded field of a page asks again. Keyed by the id alone (no key string built per call),
 * the stage checked beside it.
 */
export function relationsOf(subject: PolicySubject, application: ApplicationFacts): MaybePromise<ReadonlySet<ApplicationRelation>> {
  let known = memo.get(subject);
  if (!known) memo.set(subject, (known = new Map()));
  const cached = known.get(application.id);
  // A command that moves the application must not read yesterday's answer: another stage computes afresh.
  if (cached !== undefined && cached.stage === application.stage) return cached.relations;
  const relations = relationsTo(subject, application);
  const assessor = !subject.assessorRelations || application.stage === ApplicationStage.DRAFT ? undefined : subject.assessorRelations(application.id);
  if (assessor === undefined || !isPromiseLike(assessor)) {
    const all = withAssessorRelations(relations, assessor);
    known.set(application.id, { stage: application.stage, relations: all });
    return all;
  }
  const entry: KnownRelations = {
    stage: application.stage,
    relations: assessor.then((loaded) => (entry.relations = withAssessorRelations(relations, loaded))),
  };
  known.set(application.id, entry);
  return entry.relations;
}

function withAssessorRelations(
  relations: ReadonlySet<ApplicationRelation>,
  assessor: ReadonlySet<ApplicationRelation> | undefined,
): ReadonlySet<ApplicationRelation> {
  return !assessor || assessor.size === 0 ? relations : new Set([...relations, ...assessor]);
}

/** The relations an assignment gives its examiner (the interview chief is also on the panel). */
export function relationsOfAssignment(assignment: Pick<Assignment, 'kind' | 'chief'>): ApplicationRelation[] {
  switch (assignment.kind) {
    case AssignmentKind.MATERIAL_REVIEW:
      return ['MATERIAL_REVIEWER'];
    case AssignmentKind.INTERVIEW:
      return assignment.chief ? ['INTERVIEW_PANEL', 'INTERVIEW_CHIEF'] : ['INTERVIEW_PANEL'];
    case AssignmentKind.REVIEW_GROUP:
      return ['REVIEW_GROUP'];
    case AssignmentKind.PAPER_JUDGE:
      return ['PAPER_JUDGE'];
  }
}

/**
 * The assignment-based relations of a viewer (by their examiner grants) to each of the applications: one statement
 * for the batch, none for a viewer without examiner grants. The per-request DataLoader (src/loaders) batches the ids.
 */
export async function loadAssessorRelations(em: EntityManager, examinerGrantIds: readonly string[], ids: readonly string[]): Promise<Array<ReadonlySet<ApplicationRelation>>> {
  if (examinerGrantIds.length === 0) return ids.map(() => new Set<ApplicationRelation>());
  const assignments = await em.find(Assignment, { application: { $in: [...ids] }, examiner: { $in: [...examinerGrantIds] }, removedAt: null });
  return ids.map((id) => new Set(assignments.filter((assignment) => assignment.application.id === id).flatMap(relationsOfAssignment)));
}
