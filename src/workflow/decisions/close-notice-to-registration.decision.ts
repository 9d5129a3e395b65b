import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The closeNoticeToRegistration decision: TRAINEE registrations are the society's own: the closed notice leads to registration (seed 000). */
export const closeNoticeToRegistrationDecision: Decision = {
  to: ApplicationStage.AWAITING_REGISTRATION,
  reasonRequired: false,
};
