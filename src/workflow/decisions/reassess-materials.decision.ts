import { ApplicationStage, AssignmentKind } from '../../entities/enums';
import { ROUND_ENDED } from '../assignment-ends';
import type { Decision } from './decision';

/** The reassessMaterials decision: the review group sends the materials back for review: a new review round and a new comprehensive-review round. */
export const reassessMaterialsDecision: Decision = {
  to: ApplicationStage.MATERIAL_REVIEW,
  reasonRequired: true,
  effects: ['startNextReviewRound', 'startNextComprehensiveReviewRound'],
  // The round's group stands down with the round (its members' access with it); its decision stays on record.
  ends: [{ kinds: [AssignmentKind.REVIEW_GROUP], reason: ROUND_ENDED }],
};
