import { SYSTEM_ACCOUNT_ID, SYSTEM_ACCOUNT_NAME } from '../../jobs/system-actor';
import type { Achievement, Application, ApplicationEvent, ApplicationSupplement, CompetencyClaim, EducationEntry, StoredFile, WorkHistoryEntry } from '../../entities';
import type { ApplicationFacts } from '../../policies/relations';
import { historyActionName } from '../../policies/history.policy';
import {
  AchievementType, ApplicationEventType, ApplicationType, CompetencyClaimType, DossierFileType, EducationEntryType, SupplementType, WorkHistoryEntryType,
} from './application.types';

/** The entity behind an ApplicationType, for resolvers that need the whole dossier. */
export const APPLICATION_ENTITY = Symbol('application entity');

/** Application entity → GraphQL object (keeps the entity for dossier-wide fields). */
export function toApplicationType(application: Application): ApplicationType {
  return Object.assign(new ApplicationType(), {
    id: application.id,
    societyId: application.society.id,
    applicantId: application.applicant.id,
    recommendingEnterpriseId: application.recommendingEnterprise?.id ?? null,
    preApplicationId: application.preApplication?.id ?? null,
    fieldId: application.field.id,
    specialtyId: application.specialty.id,
    gradeId: application.grade.id,
    channel: application.channel,
    stage: application.stage,
    version: application.version,
    submittedAt: application.submittedAt ?? null,
    acceptedAt: application.acceptedAt ?? null,
    verificationConsentAt: application.verificationConsentAt ?? null,
    stageDeadline: application.stageDeadline ?? null,
    stageDeadlineStart: application.stageDeadlineStart ?? null,
    evaluationDeadline: application.evaluationDeadline ?? null,
    societyMember: application.societyMember ?? null,
    returnRequest: application.returnRequest ?? null,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
    [APPLICATION_ENTITY]: application,
    [APPLICATION_FACTS]: undefined,
  });
}

/** The entity kept on a mapped application. */
export function entityOf(application: ApplicationType): Application {
  return (application as unknown as Record<symbol, Application>)[APPLICATION_ENTITY];
}

/** Education entity → GraphQL object (assigned in place: a page maps hundreds, no temporary object each). */
export function toEducationType(entry: EducationEntry, applicationFacts: ApplicationFacts): EducationEntryType {
  const mapped = new EducationEntryType();
  mapped.applicationFacts = applicationFacts;
  mapped.id = entry.id; mapped.fromDate = entry.fromDate; mapped.toDate = entry.toDate; mapped.school = entry.school; mapped.major = entry.major ?? null;
  mapped.level = entry.level; mapped.degree = entry.degree ?? null; mapped.qualifying = entry.qualifying;
  return mapped;
}

/** Where a mapped application keeps its facts once asked (the slot is made with the object, keeping its shape). */
const APPLICATION_FACTS = Symbol('application facts');

/**
 * The facts the policies decide on, from a mapped application: one object per application, shared by all the
 * objects of its dossier (a page of 100 asked for them in every field resolver), made again if the stage moved.
 */
export function factsOfType(application: ApplicationType): ApplicationFacts {
  const slot = application as unknown as Record<symbol, ApplicationFacts | undefined>;
  const known = slot[APPLICATION_FACTS];
  if (known !== undefined && known.stage === application.stage) return known;
  const facts = { id: application.id, societyId: application.societyId, applicantId: application.applicantId, stage: application.stage!, recommendingEnterpriseId: application.recommendingEnterpriseId ?? null };
  slot[APPLICATION_FACTS] = facts;
  return facts;
}

/** Work-history entity → GraphQL object (carrying its application's facts for the referee fields; assigned in place). */
export function toWorkHistoryType(entry: WorkHistoryEntry, applicationFacts: ApplicationFacts): WorkHistoryEntryType {
  const mapped = new WorkHistoryEntryType();
  mapped.applicationFacts = applicationFacts;
  mapped.id = entry.id; mapped.fromDate = entry.fromDate; mapped.toDate = entry.toDate ?? null; mapped.employer = entry.employer; mapped.department = entry.department ?? null;
  mapped.position = entry.position; mapped.refereeName = entry.refereeName; mapped.refereeContact = entry.refereeContact;
  mapped.majorEngineeringWork = entry.majorEngineeringWork; mapped.majorWorkKind = entry.majorWorkKind ?? null;
  return mapped;
}

/** Claim entity → GraphQL object. */
export function toClaimType(claim: CompetencyClaim, applicationFacts: ApplicationFacts): CompetencyClaimType {
  return Object.assign(new CompetencyClaimType(), { applicationFacts, passage: claim.passage, itemCodes: claim.itemCodes });
}

/** Achievement entity → GraphQL object. */
export function toAchievementType(achievement: Achievement, applicationFacts: ApplicationFacts): AchievementType {
  return Object.assign(new AchievementType(), {
    applicationFacts,
    category: achievement.category, date: achievement.date, title: achievement.title, role: achievement.role, description: achievement.description ?? null,
  });
}

/** Stored file → GraphQL metadata (never the bytes; assigned in place). */
export function toFileType(file: StoredFile, applicationFacts: ApplicationFacts): DossierFileType {
  const mapped = new DossierFileType();
  mapped.applicationFacts = applicationFacts;
  mapped.id = file.id; mapped.purpose = file.purpose ?? null; mapped.degreeEvidenceKind = file.degreeEvidenceKind ?? null; mapped.caption = file.caption ?? null;
  mapped.filename = file.filename; mapped.contentType = file.contentType;
  mapped.size = file.size; mapped.sha256 = file.sha256; mapped.downloadPath = `/files/${file.id}`; mapped.createdAt = file.createdAt;
  return mapped;
}

/** Supplement entity → GraphQL object. */
export function toSupplementType(supplement: ApplicationSupplement, applicationFacts: ApplicationFacts, file?: StoredFile): SupplementType {
  return Object.assign(new SupplementType(), {
    applicationFacts,
    id: supplement.id, concerns: supplement.concerns, content: supplement.content, file: file ? toFileType(file, applicationFacts) : null, createdAt: supplement.createdAt,
  });
}

/** Event entity → GraphQL object; the reason (with its items) and the actor's name only where `shown` allows. */
export function toEventType(event: ApplicationEvent, applicationFacts: ApplicationFacts, shown: { reason: boolean; actor: boolean }): ApplicationEventType {
  const items = event.details?.items;
  return Object.assign(new ApplicationEventType(), {
    applicationFacts,
    id: event.id, action: historyActionName(event.action), fromStage: event.fromStage, toStage: event.toStage,
    reason: shown.reason ? event.reason ?? null : null,
    items: shown.reason && Array.isArray(items) ? items.map(String) : null,
    // The actor's account may itself be hidden from this viewer by row-level security (a federation officer): no name then.
    // The system account (a scheduled job's step) is named from the constant: its row is readable to nobody.
    actorName: shown.actor ? (event.actorId === SYSTEM_ACCOUNT_ID ? SYSTEM_ACCOUNT_NAME : (event.actor as ApplicationEvent['actor'] | null)?.displayName ?? null) : null,
    at: event.at,
  });
}
