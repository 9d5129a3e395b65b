import { ApplicationStage, AssignmentKind } from '../../entities/enums';
import { ROUND_ENDED } from '../assignment-ends';
import type { Decision } from './decision';

/** The returnFromFederation decision: the federation committee returns the case with reasons: a new comprehensive-review round. */
export const returnFromFederationDecision: Decision = {
  to: ApplicationStage.COMPREHENSIVE_REVIEW,
  reasonRequired: true,
  effects: ['startNextComprehensiveReviewRound'],
  // The round's group stands down with the round (its members' access with it); its decision stays on record.
  ends: [{ kinds: [AssignmentKind.REVIEW_GROUP], reason: ROUND_ENDED }],
};
