import { ApplicationStage } from '../../entities/enums';
import { EVALUATION_MONTHS, type Decision } from './decision';

/** The accept decision: the society accepts the application: it has 12 months to finish the evaluation (seed 000). */
export const acceptDecision: Decision = {
  to: ApplicationStage.ACCEPTED,
  reasonRequired: false,
  effects: ['markAccepted'],
  deadline: { kind: 'evaluationDeadline', months: EVALUATION_MONTHS },
};
