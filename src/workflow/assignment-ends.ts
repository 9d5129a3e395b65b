import type { Assignment } from '../entities';

/** Why the review group of an ended round stands down (Assignment.removalReason). */
export const ROUND_ENDED = 'ROUND_ENDED';
/** Why the assessors of a stage the review group sends the case back to stand down (a fresh panel or judges follow). */
export const REASSESSMENT = 'REASSESSMENT';

/** Ends standing assignments (their examiners lose access with them); the rows stay on record. */
export function endAssignments(assignments: Iterable<Assignment>, reason: string, now: Date): void {
  for (const assignment of assignments) Object.assign(assignment, { removedAt: now, removalReason: reason });
}
