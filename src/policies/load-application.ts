import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '../entities';
import { ApplicationStage } from '../entities/enums';
import { AppError } from '../errors/app-error';
import { isUuid } from '../common/is-uuid';
import { allowApplicationAction } from './application.policy';
import { DOSSIER_EDITS, type ApplicationAction } from './application.actions';
import type { PolicySubject } from './policy-subject';
import { relationsOf, type ApplicationRelation } from './relations';

/** An application with the viewer's relations to it. */
export interface AccessibleApplication {
  application: Application;
  relations: ReadonlySet<ApplicationRelation>;
}

/** The facts relations need, from an application entity. */
export function applicationFacts(application: Application) {
  return {
    id: application.id, societyId: application.society.id, applicantId: application.applicant.id, stage: application.stage,
    recommendingEnterpriseId: application.recommendingEnterprise?.id ?? null,
  };
}

function refusal(action: ApplicationAction, application: Application, relations: ReadonlySet<ApplicationRelation>): AppError {
  const stage = application.stage;
  if ((DOSSIER_EDITS as readonly ApplicationAction[]).includes(action) || action === 'addSupplement') {
    if (relations.has('APPLICANT')) return new AppError('DOSSIER_LOCKED', { field: 'applicationId', params: { stage } });
    return new AppError('FORBIDDEN');
  }
  // The viewer could take this step in another stage: the stage is what is wrong, not the viewer.
  const allowedElsewhere = Object.values(ApplicationStage).some((other) => allowApplicationAction(relations, action, other));
  if (allowedElsewhere) return new AppError('INVALID_TRANSITION', { field: 'applicationId', params: { stage, action } });
  return new AppError('FORBIDDEN');
}

/**
 * Loads an application in the request's scope for an action of the table. Not visible to the viewer: NOT_FOUND
 * (another society's or another applicant's application is not revealed). Visible but not allowed:
 * DOSSIER_LOCKED, INVALID_TRANSITION or FORBIDDEN.
 */
export async function loadApplicationFor(ctx: PolicySubject & { em: EntityManager }, id: string, action: ApplicationAction): Promise<AccessibleApplication> {
  const application = isUuid(id) ? await ctx.em.findOne(Application, { id }) : null;
  return checkApplicationAccess(ctx, application, action);
}

/**
 * The checks of loadApplicationFor on an application already read (an entity, or a read model of one): NOT_FOUND
 * when the viewer may not see it, DOSSIER_LOCKED, INVALID_TRANSITION or FORBIDDEN when the action is not theirs.
 */
export async function checkApplicationAccess(ctx: PolicySubject, application: Application | null, action: ApplicationAction): Promise<AccessibleApplication> {
  const relations = application ? await relationsOf(ctx, applicationFacts(application)) : new Set<ApplicationRelation>();
  if (!application || !allowApplicationAction(relations, 'read', application.stage)) throw new AppError('NOT_FOUND', { field: 'applicationId' });
  if (!allowApplicationAction(relations, action, application.stage)) throw refusal(action, application, relations);
  return { application, relations };
}

/** Refuses a command made on an older version than the stored one: nothing is changed. */
export function checkVersion(application: Application, expectedVersion: number): void {
  if (application.version !== expectedVersion) {
    throw new AppError('STALE_VERSION', { field: 'expectedVersion' });
  }
}
