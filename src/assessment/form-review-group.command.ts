import { Assignment, type Application } from '../entities';
import { AssignmentKind } from '../entities/enums';
import type { CommandContext } from '../workflow/command-context';
import { checkVersion, loadApplicationFor } from '../policies/load-application';
import { reviewGroupViolations } from '../workflow/composition-rules';
import { enforceGuards } from '../workflow/guards';
import { guardsOf } from '../policies/application.actions';
import { flushWithVersionCheck } from '../persistence/flush-with-version-check';
import { guardInputFor } from './guard-facts';
import { assessedApplication, loadExaminers, recordAssignments, refuseViolations, toCandidate } from './load-candidates';

/** The assignments whose examiners assessed the applicant: the review group may not be exactly them. */
const ASSESSOR_KINDS: readonly AssignmentKind[] = [AssignmentKind.MATERIAL_REVIEW, AssignmentKind.PAPER_JUDGE, AssignmentKind.INTERVIEW];

/**
 * Staff form the review group of the current round: ≥ 3 examiners of the field, not exactly the people who
 * assessed the applicant. One group per round; a re-review or re-assessment starts the next round.
 */
export async function formReviewGroupCommand(ctx: CommandContext, input: { applicationId: string; expectedVersion: number; examinerIds: string[] }): Promise<Application> {
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'formReviewGroup');
  checkVersion(application, input.expectedVersion);
  await enforceGuards(guardsOf('formReviewGroup', application.stage), guardInputFor(ctx, application));
  const group = await loadExaminers(ctx.em, application, input.examinerIds, 'examinerIds');
  // Who assessed (people, not grants): the material reviewers, the written-exam judges and the interview panel
  // (seed 000: 对该申请人进行考核的考官), except those taken off for a conflict.
  const assessors = await ctx.em.find(Assignment, {
    application,
    kind: { $in: ASSESSOR_KINDS },
    // SQL's != drops NULLs: the standing assignments must be named explicitly.
    $or: [{ removalReason: null }, { removalReason: { $ne: 'CONFLICT_DECLARED' } }],
  }, { populate: ['examiner'] });
  const violations = reviewGroupViolations(group.map(toCandidate), new Set(assessors.map((a) => a.examiner.account.id)), await assessedApplication(ctx.em, application));
  refuseViolations(violations);
  recordAssignments(ctx, application, group, AssignmentKind.REVIEW_GROUP, 'formReviewGroup', { details: { comprehensiveReviewRound: application.comprehensiveReviewRound } });
  await flushWithVersionCheck(ctx);
  return application;
}
