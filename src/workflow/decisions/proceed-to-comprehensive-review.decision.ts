import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The proceedToComprehensiveReview decision: from the material review or a recorded interview to the comprehensive review. */
export const proceedToComprehensiveReviewDecision: Decision = {
  to: ApplicationStage.COMPREHENSIVE_REVIEW,
  reasonRequired: false,
};
