import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The approveAtFederation decision: the federation committee approves the society's proposal. */
export const approveAtFederationDecision: Decision = {
  to: ApplicationStage.AWAITING_REGISTRATION,
  reasonRequired: false,
};
