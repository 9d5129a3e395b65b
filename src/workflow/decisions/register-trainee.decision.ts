import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The registerTrainee decision: the society registers a member of a grade its route leaves to the society. */
export const registerTraineeDecision: Decision = {
  to: ApplicationStage.REGISTERED,
  reasonRequired: false,
};
