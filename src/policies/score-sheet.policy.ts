import type { ApplicationRelation } from './relations';

/** What the independence rule needs to know of a score sheet. */
export interface ScoreSheetFacts {
  round: number;
  examinerGrantId: string;
}

/** Relations that see every examiner's sheets at once: staff, the review group and the federation's review. */
const SEES_ALL: ReadonlySet<ApplicationRelation> = new Set(['SOCIETY_STAFF', 'REVIEW_GROUP', 'FEDERATION_COMMITTEE', 'FEDERATION_SECRETARIAT']);
/** The examiners who score. */
const SCORERS: ReadonlySet<ApplicationRelation> = new Set(['MATERIAL_REVIEWER', 'INTERVIEW_PANEL', 'INTERVIEW_CHIEF']);

/**
 * Scorer independence (like the material reviews): an examiner sees their own sheets, and another examiner's sheets of
 * a round only once they have submitted one of their own for that round.
 */
export function visibleScoreSheets<T extends ScoreSheetFacts>(relations: ReadonlySet<ApplicationRelation>, viewerGrantIds: readonly string[], sheets: readonly T[]): T[] {
  if ([...relations].some((relation) => SEES_ALL.has(relation))) return [...sheets];
  if (![...relations].some((relation) => SCORERS.has(relation))) return [];
  const own = new Set(sheets.filter((sheet) => viewerGrantIds.includes(sheet.examinerGrantId)).map((sheet) => sheet.round));
  return sheets.filter((sheet) => viewerGrantIds.includes(sheet.examinerGrantId) || own.has(sheet.round));
}
