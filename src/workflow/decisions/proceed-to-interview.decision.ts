import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The proceedToInterview decision: staff consolidate the material review into the interview. */
export const proceedToInterviewDecision: Decision = {
  to: ApplicationStage.INTERVIEW,
  reasonRequired: false,
};
