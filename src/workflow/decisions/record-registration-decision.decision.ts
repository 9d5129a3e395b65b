import type { Decision } from './decision';

/**
 * The recordRegistrationDecision decision: the review group decides to register (concludeComprehensiveReview
 * REGISTER). The stage stays until staff list the application in a public notice; the history keeps its entry kind
 * `decideRegister`. Seed 000: registering needs the minimum assessments and no failed written exam.
 */
export const recordRegistrationDecisionDecision: Decision = {
  eventAction: 'decideRegister',
  reasonRequired: false,
  guards: ['writtenExamNotFailed', 'minimumAssessmentDone'],
};
