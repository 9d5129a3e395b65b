import { ApplicationStage } from '../../entities/enums';
import type { Decision } from './decision';

/** The decideNotRegistered decision: the review group decides not to register (concludeComprehensiveReview NOT_REGISTER). */
export const decideNotRegisteredDecision: Decision = {
  to: ApplicationStage.NOT_REGISTERED,
  reasonRequired: true,
};
