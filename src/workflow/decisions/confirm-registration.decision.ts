import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The confirmRegistration decision: the federation secretariat confirms a registration of a grade the federation registers and issues the number. */
export const confirmRegistrationDecision: Decision = {
  to: ApplicationStage.REGISTERED,
  reasonRequired: false,
};
