import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The lapse decision: a returned dossier not handed back in time lapses. */
export const lapseDecision: Decision = {
  to: ApplicationStage.LAPSED,
  reasonRequired: false,
  deadline: { kind: 'clearStageDeadline' },
};
