import { Interview, type Application } from '../entities';
import { AssignmentKind, type InterviewMode } from '../entities/enums';
import type { CommandContext } from '../workflow/command-context';
import { checkText } from '../dossier/input-checks';
import { checkVersion, loadApplicationFor } from '../policies/load-application';
import { interviewPanelViolations } from '../workflow/composition-rules';
import { enforceGuards } from '../workflow/guards';
import { guardsOf } from '../policies/application.actions';
import { flushWithVersionCheck } from '../persistence/flush-with-version-check';
import { guardInputFor } from './guard-facts';
import { assessedApplication, loadExaminers, recordAssignments, refuseViolations, toCandidate } from './load-candidates';

/** The panel and the appointment. */
export interface ScheduleInterviewInput {
  applicationId: string;
  expectedVersion: number;
  examinerIds: string[];
  chiefId: string;
  mode: InterviewMode;
  scheduledAt: Date;
  location: string;
}

/** Staff form the interview panel (2–3 of the field, ≥ 1 FORMAL, ≥ 1 of the specialty, a FORMAL chief) and set the appointment. */
export async function scheduleInterviewCommand(ctx: CommandContext, input: ScheduleInterviewInput): Promise<Application> {
  const location = checkText(input.location, 'input.location', 500, true)!;
  const { application } = await loadApplicationFor(ctx, input.applicationId, 'scheduleInterview');
  checkVersion(application, input.expectedVersion);
  await enforceGuards(guardsOf('scheduleInterview', application.stage), guardInputFor(ctx, application));
  const panel = await loadExaminers(ctx.em, application, input.examinerIds, 'examinerIds');
  const violations = interviewPanelViolations(panel.map(toCandidate), input.chiefId, await assessedApplication(ctx.em, application));
  refuseViolations(violations);
  recordAssignments(ctx, application, panel, AssignmentKind.INTERVIEW, 'scheduleInterview', { chiefGrantId: input.chiefId });
  ctx.em.create(Interview, { society: application.society, application, mode: input.mode, scheduledAt: input.scheduledAt, location, createdAt: ctx.clock() });
  await flushWithVersionCheck(ctx);
  return application;
}
