import type { Decision } from './decision';

/**
 * The decideRegister decision: the review group decides to register (concludeComprehensiveReview REGISTER). The
 * stage stays until staff list the application in a public notice. Seed 000: registering needs the minimum
 * assessments and no failed written exam.
 */
export const decideRegisterDecision: Decision = {
  reasonRequired: false,
  guards: ['writtenExamNotFailed', 'minimumAssessmentDone'],
};
