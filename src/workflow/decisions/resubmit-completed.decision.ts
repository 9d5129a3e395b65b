import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The resubmitCompleted decision: the applicant hands the completed dossier back in. */
export const resubmitCompletedDecision: Decision = {
  to: ApplicationStage.SUBMITTED,
  reasonRequired: false,
  effects: ['recordVerificationConsent'],
  deadline: { kind: 'clearStageDeadline' },
};
