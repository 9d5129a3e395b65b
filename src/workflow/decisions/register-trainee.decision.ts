import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The registerTrainee decision: the society registers its TRAINEE member. */
export const registerTraineeDecision: Decision<'registerTrainee'> = {
  action: 'registerTrainee',
  to: ApplicationStage.REGISTERED,
  reasonRequired: false,
};
