import { ApplicationStage, AssignmentKind } from '../../entities/enums';
import { REASSESSMENT, ROUND_ENDED } from '../assignment-ends';
import type { Decision } from './decision';

/** The reassessInterview decision: the review group asks for a new interview: a new comprehensive-review round. */
export const reassessInterviewDecision: Decision = {
  to: ApplicationStage.INTERVIEW,
  reasonRequired: true,
  effects: ['startNextComprehensiveReviewRound'],
  // A fresh panel is assigned for the re-assessment; the round's group stands down with the round (its members' access with it); its decision stays on record.
  ends: [{ kinds: [AssignmentKind.INTERVIEW], reason: REASSESSMENT }, { kinds: [AssignmentKind.REVIEW_GROUP], reason: ROUND_ENDED }],
};
