import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The requestSupplement decision: staff consolidate the reviews into one supplement request (the applicant never sees a single review). */
export const requestSupplementDecision: Decision = {
  to: ApplicationStage.SUPPLEMENT_REQUESTED,
  reasonRequired: true,
  effects: ['recordSupplementRequest'],
};
