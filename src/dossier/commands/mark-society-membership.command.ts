import type { Application } from '../../entities';
import { recordApplicationEvent } from '../../workflow/application-events';
import type { CommandContext } from '../../workflow/command-context';
import { flushWithVersionCheck } from '../../persistence/flush-with-version-check';
import { checkVersion, loadApplicationFor } from '../../policies/load-application';

/** Staff mark at initial review whether the applicant is a society member (a non-member applies for membership alongside). */
export async function markSocietyMembershipCommand(ctx: CommandContext, applicationId: string, expectedVersion: number, member: boolean): Promise<Application> {
  const { application } = await loadApplicationFor(ctx, applicationId, 'markSocietyMembership');
  checkVersion(application, expectedVersion);
  application.societyMember = member;
  application.updatedAt = ctx.clock();
  recordApplicationEvent(ctx.em, { application, actorId: ctx.principal!.accountId, action: 'markSocietyMembership', details: { societyMember: member }, at: ctx.clock() });
  await flushWithVersionCheck(ctx);
  return application;
}
