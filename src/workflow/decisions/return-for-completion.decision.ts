import { ApplicationStage } from '../../entities/enums';
import { COMPLETION_WORKING_DAYS, type Decision } from './decision';

/** The returnForCompletion decision: staff return an incomplete dossier: the applicant has 10 working days (seed 000). */
export const returnForCompletionDecision: Decision = {
  to: ApplicationStage.RETURNED_FOR_COMPLETION,
  reasonRequired: true,
  effects: ['recordReturnRequest'],
  deadline: { kind: 'stageDeadline', workingDays: COMPLETION_WORKING_DAYS },
};
