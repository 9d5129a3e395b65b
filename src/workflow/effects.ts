import type { Application } from '../entities';
import type { EffectName } from './procedure';

/** What an effect sees of the step. */
export interface EffectInput {
  application: Application;
  now: Date;
  reason?: string;
  items: string[];
}

/** Each named effect of the procedure table: what a step records besides the stage. */
export const EFFECTS: Record<EffectName, (input: EffectInput) => void> = {
  // Resubmissions keep the first submission date: the queue orders by it.
  markSubmitted: ({ application, now }) => {
    application.submittedAt ??= now;
  },
  markAccepted: ({ application, now }) => {
    application.acceptedAt = now;
  },
  recordReturnRequest: ({ application, items }) => {
    application.returnRequest = items;
  },
  countClarificationReturn: ({ application }) => {
    application.clarificationReturns += 1;
  },
  // The applicant sees the consolidated request, never an individual review or reviewer.
  recordSupplementRequest: ({ application, reason, items }) => {
    application.returnRequest = [reason, ...items].filter((item): item is string => !!item);
  },
  startNextReviewRound: ({ application }) => {
    application.reviewRound += 1;
  },
};
