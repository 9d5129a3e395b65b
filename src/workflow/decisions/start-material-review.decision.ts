import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The startMaterialReview decision: the first material reviewers are assigned (assignMaterialReviewers). */
export const startMaterialReviewDecision: Decision = {
  to: ApplicationStage.MATERIAL_REVIEW,
  reasonRequired: false,
};
