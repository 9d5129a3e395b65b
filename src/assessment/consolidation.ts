import type { EntityManager } from '@mikro-orm/postgresql';
import { MaterialReview, type Application } from '../entities';
import { AssignmentKind, MaterialReviewConclusion, NextAssessment } from '../entities/enums';
import { activeAssignments } from './load-candidates';

/** The consolidation steps staff take from the material review. */
export type ConsolidationStep = 'requestSupplement' | 'proceedToWrittenExam' | 'proceedToInterview' | 'proceedToComprehensiveReview';

/** The step each recommendation asks for (seed 000 "材料审查可能产生以下结论"); BOTH starts with the written exam. */
const STEP_OF_RECOMMENDATION: Record<NextAssessment, ConsolidationStep> = {
  [NextAssessment.NONE]: 'proceedToComprehensiveReview',
  [NextAssessment.WRITTEN_EXAM]: 'proceedToWrittenExam',
  [NextAssessment.INTERVIEW]: 'proceedToInterview',
  [NextAssessment.BOTH]: 'proceedToWrittenExam',
};

/** The step one review asks for. */
export function stepRecommendedBy(review: Pick<MaterialReview, 'conclusion' | 'nextAssessment'>): ConsolidationStep {
  switch (review.conclusion) {
    case MaterialReviewConclusion.SUPPLEMENT:
      return 'requestSupplement';
    case MaterialReviewConclusion.NOT_RECOMMEND:
      return 'proceedToComprehensiveReview';
    case MaterialReviewConclusion.RECOMMEND:
      return STEP_OF_RECOMMENDATION[review.nextAssessment ?? NextAssessment.NONE];
  }
}

/** The steps the standing reviewers' reviews of the current round ask for (one per review). */
export async function recommendedSteps(em: EntityManager, application: Application): Promise<ConsolidationStep[]> {
  const reviewers = await activeAssignments(em, application, AssignmentKind.MATERIAL_REVIEW);
  const reviews = await em.find(MaterialReview, { assignment: { $in: reviewers }, round: application.reviewRound });
  return reviews.map(stepRecommendedBy);
}
