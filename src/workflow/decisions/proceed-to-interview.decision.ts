import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The proceedToInterview decision: staff consolidate the material review into the interview. */
export const proceedToInterviewDecision: Decision<'proceedToInterview'> = {
  action: 'proceedToInterview',
  to: ApplicationStage.INTERVIEW,
  reasonRequired: false,
};
