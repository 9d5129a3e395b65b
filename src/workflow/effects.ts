import type { EntityManager } from '@mikro-orm/postgresql';
import type { Application } from '../entities';
import type { EffectName } from './decisions/decision';

export { ROUND_ENDED } from './assignment-ends';

/** What an effect sees of the step. */
export interface EffectInput {
  em: EntityManager;
  application: Application;
  now: Date;
  reason?: string;
  items: string[];
}

/** Each named effect of a decision: what a step records besides the stage (the assignments it ends are the decision's `ends`). */
export const EFFECTS: Record<EffectName, (input: EffectInput) => void | Promise<void>> = {
  // Resubmissions keep the first submission date: the queue orders by it.
  markSubmitted: ({ application, now }) => {
    application.submittedAt ??= now;
  },
  // The latest submission's consent is the one that covers the dossier as it now stands.
  recordVerificationConsent: ({ application, now }) => {
    application.verificationConsentAt = now;
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
  // The round's decision stays on record; its group stood down with it (the decision's `ends`).
  startNextComprehensiveReviewRound: ({ application }) => {
    application.comprehensiveReviewRound += 1;
  },
};
