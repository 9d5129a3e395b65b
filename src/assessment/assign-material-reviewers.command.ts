import type { Application } from '../entities';
import { ApplicationStage, AssignmentKind } from '../entities/enums';
import type { CommandContext } from '../workflow/command-context';
import { checkVersion, loadApplicationFor } from '../policies/load-application';
import { materialReviewViolations } from '../workflow/composition-rules';
import { flushWithVersionCheck } from '../persistence/flush-with-version-check';
import { decide } from './guard-facts';
import { activeAssignments, assessedApplication, loadExaminers, recordAssignments, refuseViolations, toCandidate } from './load-candidates';

/**
 * Assigns material reviewers: from ACCEPTED it starts the material review (≥ 2 examiners of the field, none
 * recused); during the review it adds reviewers (e.g. after a recusal), the rules checked on the whole set.
 */
export async function assignMaterialReviewersCommand(
  ctx: CommandContext,
  input: { applicationId: string; expectedVersion: number; examinerIds: string[] },
): Promise<Application> {
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'assignMaterialReviewers');
  checkVersion(application, input.expectedVersion);
  const newcomers = await loadExaminers(ctx.em, application, input.examinerIds, 'examinerIds');
  const standing = await activeAssignments(ctx.em, application, AssignmentKind.MATERIAL_REVIEW);
  const all = [...standing.map((assignment) => toCandidate(assignment.examiner)), ...newcomers.map(toCandidate)];
  const violations = materialReviewViolations(all, await assessedApplication(ctx.em, application));
  refuseViolations(violations);
  const starting = application.stage === ApplicationStage.ACCEPTED;
  recordAssignments(ctx, application, newcomers, AssignmentKind.MATERIAL_REVIEW, starting ? 'assignMaterialReviewers' : 'addMaterialReviewers', { touch: !starting });
  if (starting) return decide(ctx, { applicationId: application.id, decision: 'startMaterialReview', expectedVersion: input.expectedVersion });
  await flushWithVersionCheck(ctx);
  return application;
}
