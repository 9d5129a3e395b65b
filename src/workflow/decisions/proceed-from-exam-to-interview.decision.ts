import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The proceedFromExamToInterview decision: every judge has marked a passed paper: on to the interview. */
export const proceedFromExamToInterviewDecision: Decision = {
  to: ApplicationStage.INTERVIEW,
  reasonRequired: false,
};
