import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The submitSupplements decision: the applicant hands in the supplements: the reviewers review again in a new round. */
export const submitSupplementsDecision: Decision = {
  to: ApplicationStage.MATERIAL_REVIEW,
  reasonRequired: false,
  effects: ['startNextReviewRound'],
};
