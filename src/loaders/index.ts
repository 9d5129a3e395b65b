import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import { loadAssessorRelations, type ApplicationRelation } from '../policies/relations';
import {
  Achievement, type Application, ApplicationEvent, ExaminerScoreSheet, Assignment, ComprehensiveReview, Interview, MaterialReview, WrittenExamScore, WrittenExamSitting, ApplicationSupplement, CompetencyArea, CompetencyClaim, CompetencyItem, EducationEntry,
  ContactPerson, EngineeringField, Enterprise, PreApplication, Grade, Society, SocietyBranding, SocietyField, Specialty, StoredFile, WorkHistoryEntry, WrittenExamStandard,
} from '../entities';
import DataLoader from 'dataloader';
import { readModelsById } from './read-model';
import { groupedLoader, keyedLoader, SerialGate } from './loader-factories';
import { examinerGrantIds } from '../auth/principal';
import { loadScoredResults, type ScoredResult } from '../assessment/scoring/scored-result';

/** Creates the per-request DataLoaders (a loader never outlives its request: its cache is the request's view). */
export function createLoaders(em: EntityManager, principal?: Principal) {
  const gate = new SerialGate();
  const ownExaminerGrantIds = examinerGrantIds(principal);
  return {
    /** The viewer's standing assignments per application, as relations: one statement per request, none for non-examiners. */
    assessorRelations: new DataLoader<string, ReadonlySet<ApplicationRelation>>((ids) => gate.run(() => loadAssessorRelations(em, ownExaminerGrantIds, ids))),
    specialtiesByFieldId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(Specialty, { field: { $in: [...ids] } }, { orderBy: { sortOrder: 'asc' } }),
      (specialty) => specialty.field.id,
    ),
    // Branding and contacts are public reference data: one statement each for any number of societies shown.
    brandingBySocietyId: keyedLoader(gate, (ids: readonly string[]) => em.find(SocietyBranding, { society: { $in: [...ids] } }), (branding) => branding.society.id),
    contactsBySocietyId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(ContactPerson, { society: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (contact) => contact.society!.id,
    ),
    federationContacts: groupedLoader(
      gate,
      () => em.find(ContactPerson, { society: null }, { orderBy: { position: 'asc' } }),
      (): string => 'federation',
    ),
    fieldById: keyedLoader(gate, (ids: readonly string[]) => em.find(EngineeringField, { id: { $in: [...ids] } }), (field) => field.id),
    fieldsBySocietyId: groupedLoader(
      gate,
      (ids: readonly string[]) =>
        em.find(SocietyField, { society: { $in: [...ids] } }, { populate: ['field'], orderBy: { field: { sortOrder: 'asc' } } }),
      (link) => link.society.id,
    ),
    societiesByFieldId: groupedLoader(
      gate,
      (ids: readonly string[]) =>
        em.find(SocietyField, { field: { $in: [...ids] } }, { populate: ['society'], orderBy: { society: { code: 'asc' } } }),
      (link) => link.field.id,
    ),
    // A society's published written-exam standards: the pass mark of an application's field (seed 000 rule 9).
    publishedWrittenExamStandardsBySocietyId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(WrittenExamStandard, { society: { $in: [...ids] }, publishedAt: { $ne: null } }),
      (standard) => standard.society.id,
    ),
    societyById: keyedLoader(gate, (ids: readonly string[]) => em.find(Society, { id: { $in: [...ids] } }), (society) => society.id),
    competencyItemsByAreaCode: groupedLoader(
      gate,
      (codes: readonly string[]) => em.find(CompetencyItem, { area: { code: { $in: [...codes] } } }, { orderBy: { sortOrder: 'asc' } }),
      (item) => item.area.code,
    ),
    competencyAreaByCode: keyedLoader(gate, (codes: readonly string[]) => em.find(CompetencyArea, { code: { $in: [...codes] } }), (area) => area.code),
    preApplicationById: keyedLoader(gate, (ids: readonly string[]) => em.find(PreApplication, { id: { $in: [...ids] } }), (preApplication) => preApplication.id),
    enterpriseById: keyedLoader(gate, (ids: readonly string[]) => em.find(Enterprise, { id: { $in: [...ids] } }), (enterprise) => enterprise.id),
    gradeById: keyedLoader(gate, (ids: readonly string[]) => em.find(Grade, { id: { $in: [...ids] } }), (grade) => grade.id),
    // The grades of each ladder, lowest first (the grades a field offers, one statement for every field asked).
    gradesByLadder: groupedLoader(gate, (ladders: readonly string[]) => em.find(Grade, { ladder: { $in: [...ladders] } }, { orderBy: { rank: 'asc' } }), (grade) => grade.ladder),
    specialtyById: keyedLoader(gate, (ids: readonly string[]) => em.find(Specialty, { id: { $in: [...ids] } }), (specialty) => specialty.id),
    // Whole applications, for the few read models that need what their page read deferred (src/dossier/dossier-text.ts).
    applicationById: keyedLoader(gate, (ids: readonly string[]) => readModelsById<Application>(em, 'Application', ids), (application) => application.id),
    // Dossier parts of many applications, one statement per part (the work queue shows a page at once).
    educationByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(EducationEntry, { application: { $in: [...ids] } }, { orderBy: { fromDate: 'asc', id: 'asc' } }),
      (entry) => entry.application.id,
    ),
    workHistoryByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(WorkHistoryEntry, { application: { $in: [...ids] } }, { orderBy: { fromDate: 'asc', id: 'asc' } }),
      (entry) => entry.application.id,
    ),
    claimsByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(CompetencyClaim, { application: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (claim) => claim.application.id,
    ),
    achievementsByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(Achievement, { application: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (achievement) => achievement.application.id,
    ),
    // File metadata only: the bytes are a lazy property, fetched by the download endpoint.
    filesByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(StoredFile, { application: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      (file) => file.application!.id,
    ),
    supplementsByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(ApplicationSupplement, { application: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } }),
      (supplement) => supplement.application.id,
    ),
    eventsByApplicationId: groupedLoader(
      gate,
      // Actors in a second statement, not an inner join: an actor whose account the viewer may not read (row-level
      // security) leaves the step in the history, unnamed.
      (ids: readonly string[]) => em.find(ApplicationEvent, { application: { $in: [...ids] } }, { populate: ['actor'], strategy: 'select-in', orderBy: { seq: 'asc' } }),
      (event) => event.application.id,
    ),
    materialReviewsByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) =>
        em.find(MaterialReview, { application: { $in: [...ids] } }, { populate: ['assignment.examiner.account'], orderBy: { round: 'asc', submittedAt: 'asc' } }),
      (review) => review.application.id,
    ),
    // The weighted result of many applications at once (a work queue asking for it stays a fixed number of statements).
    scoredResultByApplicationId: new DataLoader<string, ScoredResult | null>(async (ids) => {
      const results = await gate.run(() => loadScoredResults(em, ids));
      return ids.map((id) => results.get(id) ?? null);
    }),
    scoreSheetsByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) =>
        em.find(ExaminerScoreSheet, { application: { $in: [...ids] } }, { populate: ['examiner.account'], orderBy: { round: 'asc', submittedAt: 'asc', id: 'asc' } }),
      (sheet) => sheet.application.id,
    ),
    assignmentsByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(Assignment, { application: { $in: [...ids] } }, { populate: ['examiner.account'], orderBy: { assignedAt: 'asc', id: 'asc' } }),
      (assignment) => assignment.application.id,
    ),
    /** The latest interview of each application. */
    interviewByApplicationId: new DataLoader<string, Interview | undefined>(async (ids) => {
      const interviews = await gate.run(() => em.find(Interview, { application: { $in: [...ids] } }, { orderBy: { createdAt: 'desc' } }));
      return ids.map((id) => interviews.find((interview) => interview.application.id === id));
    }),
    /** The latest comprehensive-review decision of each application. */
    latestDecisionByApplicationId: new DataLoader<string, ComprehensiveReview | undefined>(async (ids) => {
      const decisions = await gate.run(() => em.find(ComprehensiveReview, { application: { $in: [...ids] } }, { orderBy: { decidedAt: 'desc' } }));
      return ids.map((id) => decisions.find((decision) => decision.application.id === id));
    }),
    /** Every comprehensive-review decision of each application, round by round. */
    decisionsByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(ComprehensiveReview, { application: { $in: [...ids] } }, { orderBy: { round: 'asc' } }),
      (decision) => decision.application.id,
    ),
    writtenExamSittingsByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(WrittenExamSitting, { application: { $in: [...ids] } }, { orderBy: { number: 'asc' } }),
      (sitting) => sitting.application.id,
    ),
    paperScoresByApplicationId: groupedLoader(
      gate,
      (ids: readonly string[]) => em.find(WrittenExamScore, { application: { $in: [...ids] } }, { orderBy: { judgedAt: 'asc', id: 'asc' } }),
      (score) => score.application.id,
    ),
  };
}

/** The loaders of one request. */
export type Loaders = ReturnType<typeof createLoaders>;
