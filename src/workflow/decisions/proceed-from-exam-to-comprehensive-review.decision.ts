import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The proceedFromExamToComprehensiveReview decision: every judge has marked the paper: on to the comprehensive review (a failed paper goes here or to a resit). */
export const proceedFromExamToComprehensiveReviewDecision: Decision = {
  to: ApplicationStage.COMPREHENSIVE_REVIEW,
  reasonRequired: false,
};
