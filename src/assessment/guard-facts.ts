import type { Application } from '../entities';
import { loadGradeRoute } from '../categories/application-route';
import { loadDossier } from '../dossier/load-dossier';
import { validateDossier } from '../dossier/validate-dossier';
import type { CommandContext } from '../workflow/command-context';
import type { GuardFacts, GuardInput } from '../workflow/guards';
import { applyDecision, guardInputOf, runDecision, type DecisionContext, type TransitionCommand } from '../workflow/run-decision';
import { missingMinimumAssessments } from './assessment-record';
import { recommendedSteps } from './consolidation';
import { isApplicantBarred } from '../registration/barring';
import { latestSitting } from './latest-sitting';
import { loadWrittenExamOutcome } from './written-exam-outcome';
import { scoringAssignmentOf, scoringRouteOf } from './scoring/scoring-route';

/** The dossier and assessment facts of one application, each loaded once and only if a guard asks. */
export function guardFactsFor(ctx: DecisionContext, application: Application): GuardFacts {
  const once = <T>(load: () => Promise<T>) => {
    let loaded: Promise<T> | undefined;
    return () => (loaded ??= load());
  };
  return {
    blockingDossierIssues: once(async () => validateDossier(await loadDossier(ctx.em, application)).filter((issue) => issue.severity === 'BLOCKING')),
    latestSitting: once(() => latestSitting(ctx.em, application)),
    missingMinimumAssessments: once(() => missingMinimumAssessments(ctx.em, application)),
    writtenExamPassed: once(async () => (await loadWrittenExamOutcome(ctx.em, application))?.passed ?? null),
    recommendedSteps: once(() => recommendedSteps(ctx.em, application)),
    applicantBarred: once(() => isApplicantBarred(ctx.em, application)),
    registeredBy: once(async () => (await loadGradeRoute(ctx.em, application)).route.registeredBy),
    routeAssessments: once(async () => (await loadGradeRoute(ctx.em, application)).route.assessments.map((assessment) => assessment.method)),
    scoring: once(async () => {
      const route = await scoringRouteOf(ctx.em, application);
      return { gradeScored: route !== null, assignmentHere: scoringAssignmentOf(route, application.stage) };
    }),
  };
}

/** What guards see of an application in this command. */
export function guardInputFor(ctx: CommandContext, application: Application): GuardInput {
  return guardInputOf(ctx, application, guardFactsFor(ctx, application));
}

/** Takes one decision of the procedure through the runner, with this application's facts for its guards. */
export function decide(ctx: CommandContext, command: TransitionCommand): Promise<Application> {
  return runDecision(ctx, command, guardFactsFor);
}

/**
 * Takes one decision as the system account (scheduled work): the caller has checked that the system may take it;
 * the runner still checks the stage, the version and every guard, and writes the same history entry.
 */
export function decideAsSystem(ctx: DecisionContext, application: Application, command: TransitionCommand, systemAccountId: string): Promise<Application> {
  return applyDecision(ctx, application, command, guardFactsFor, systemAccountId);
}
