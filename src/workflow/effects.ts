import type { EntityManager } from '@mikro-orm/postgresql';
import type { Application } from '../entities';
import { endAssignments } from '../assessment/load-candidates';
import { standingReviewGroup } from './guards';
import type { EffectName } from './procedure';

/** What an effect sees of the step. */
export interface EffectInput {
  em: EntityManager;
  application: Application;
  now: Date;
  reason?: string;
  items: string[];
}

/** Why the review group of an ended round stands down (Assignment.removalReason). */
export const ROUND_ENDED = 'ROUND_ENDED';

/** Each named effect of the procedure table: what a step records besides the stage. */
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
  // The round's group stands down with the round (its members' access with it); its decision stays on record.
  startNextComprehensiveReviewRound: async ({ em, application, now }) => {
    endAssignments(await standingReviewGroup(em, application), ROUND_ENDED, now);
    application.comprehensiveReviewRound += 1;
  },
};
