import { ApplicationStage, AssignmentKind } from '../../entities/enums';
import { REASSESSMENT, ROUND_ENDED } from '../assignment-ends';
import type { Decision } from './decision';

/** The reassessWrittenExam decision: the review group asks for a new written exam: a new comprehensive-review round. */
export const reassessWrittenExamDecision: Decision = {
  to: ApplicationStage.WRITTEN_EXAM,
  reasonRequired: true,
  effects: ['startNextComprehensiveReviewRound'],
  // A fresh set of judges is assigned for the re-assessment; the round's group stands down with the round (its members' access with it); its decision stays on record.
  ends: [{ kinds: [AssignmentKind.PAPER_JUDGE], reason: REASSESSMENT }, { kinds: [AssignmentKind.REVIEW_GROUP], reason: ROUND_ENDED }],
};
