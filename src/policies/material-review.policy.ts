import type { ApplicationRelation } from './relations';

/** What the independence rule needs to know of a review. */
export interface ReviewFacts {
  round: number;
  examinerGrantId: string;
}

/** Relations that see every review at once (DOMAIN.md §7: staff, panel, group, federation). */
const SEES_ALL: ReadonlySet<ApplicationRelation> = new Set([
  'SOCIETY_STAFF', 'INTERVIEW_PANEL', 'INTERVIEW_CHIEF', 'REVIEW_GROUP', 'FEDERATION_COMMITTEE', 'FEDERATION_SECRETARIAT',
]);

/**
 * Reviewer independence: a material reviewer sees their own reviews, and another reviewer's review of a
 * round only once they have submitted their own for that round.
 */
export function visibleMaterialReviews<T extends ReviewFacts>(relations: ReadonlySet<ApplicationRelation>, viewerGrantIds: readonly string[], reviews: readonly T[]): T[] {
  if ([...relations].some((relation) => SEES_ALL.has(relation))) return [...reviews];
  if (!relations.has('MATERIAL_REVIEWER')) return [];
  const own = new Set(reviews.filter((review) => viewerGrantIds.includes(review.examinerGrantId)).map((review) => review.round));
  return reviews.filter((review) => viewerGrantIds.includes(review.examinerGrantId) || own.has(review.round));
}
