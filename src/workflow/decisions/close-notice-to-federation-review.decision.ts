import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The closeNoticeToFederationReview decision: grades the federation registers go to its review when the notice closes (seed 000). */
export const closeNoticeToFederationReviewDecision: Decision = {
  to: ApplicationStage.FEDERATION_REVIEW,
  reasonRequired: false,
};
