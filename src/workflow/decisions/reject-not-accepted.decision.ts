import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The rejectNotAccepted decision: staff refuse the application at initial review (the rejectApplication mutation). */
export const rejectNotAcceptedDecision: Decision = {
  to: ApplicationStage.NOT_ACCEPTED,
  reasonRequired: true,
};
