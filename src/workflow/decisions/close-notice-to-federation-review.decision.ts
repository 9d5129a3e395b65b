import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The closeNoticeToFederationReview decision: PROFESSIONAL and SENIOR go to the federation when the notice closes (seed 000). */
export const closeNoticeToFederationReviewDecision: Decision = {
  to: ApplicationStage.FEDERATION_REVIEW,
  reasonRequired: false,
};
