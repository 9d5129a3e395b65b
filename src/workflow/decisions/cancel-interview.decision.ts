import { AssignmentKind } from '../../entities/enums';
import type { Decision } from './decision';

/**
 * The cancelInterview decision: staff call off a notified interview that cannot be held as notified (seed 000: the
 * applicant comes "按照获授权学会的面试通知", and the panel's chief is fixed before the interview) — the chief or a
 * member withdraws, the applicant cannot attend. The stage stays; the panel stands down (its access with it), so
 * that a new interview can be scheduled; the reason is kept in the history.
 */
export const cancelInterviewDecision: Decision = {
  reasonRequired: true,
  ends: [{ kinds: [AssignmentKind.INTERVIEW], reason: 'INTERVIEW_CANCELLED' }],
};
