import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The approveAtFederation decision: the federation committee approves the society's proposal. */
export const approveAtFederationDecision: Decision<'approveAtFederation'> = {
  action: 'approveAtFederation',
  to: ApplicationStage.AWAITING_REGISTRATION,
  reasonRequired: false,
};
