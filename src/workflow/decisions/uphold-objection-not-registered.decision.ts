import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The upholdObjectionNotRegistered decision: an objection upheld ends the procedure. */
export const upholdObjectionNotRegisteredDecision: Decision = {
  to: ApplicationStage.NOT_REGISTERED,
  reasonRequired: true,
};
