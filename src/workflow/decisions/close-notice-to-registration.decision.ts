import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The closeNoticeToRegistration decision: grades the society registers itself (their route says so): the closed notice leads to registration. */
export const closeNoticeToRegistrationDecision: Decision = {
  to: ApplicationStage.AWAITING_REGISTRATION,
  reasonRequired: false,
};
