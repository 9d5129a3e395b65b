import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The resubmitClarified decision: the clarified dossier goes straight back to the basic-conditions check. */
export const resubmitClarifiedDecision: Decision = {
  to: ApplicationStage.FORM_CHECKED,
  reasonRequired: false,
  effects: ['recordVerificationConsent'],
  deadline: { kind: 'clearStageDeadline' },
};
