import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The submit decision: submitting the dossier consents to its verification (seed 000: 即同意…查询); every submission records it anew. */
export const submitDecision: Decision = {
  to: ApplicationStage.SUBMITTED,
  reasonRequired: false,
  effects: ['markSubmitted', 'recordVerificationConsent'],
};
