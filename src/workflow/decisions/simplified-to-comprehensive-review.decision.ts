import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The simplifiedToComprehensiveReview decision: international title holders skip the assessments the society decides to skip (seed 000, 001); the reason is recorded. */
export const simplifiedToComprehensiveReviewDecision: Decision = {
  to: ApplicationStage.COMPREHENSIVE_REVIEW,
  reasonRequired: true,
};
