import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The withdraw decision: the applicant withdraws before registration. */
export const withdrawDecision: Decision = {
  to: ApplicationStage.WITHDRAWN,
  reasonRequired: false,
  deadline: { kind: 'clearStageDeadline' },
};
