import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The registerTrainee decision: the society registers its TRAINEE member. */
export const registerTraineeDecision: Decision = {
  to: ApplicationStage.REGISTERED,
  reasonRequired: false,
};
