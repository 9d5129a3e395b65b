import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Application } from '../entities';
import type { ApplicationStage } from '../entities/enums';
import { TRANSITIONS } from '../workflow/procedure';
import { decideAsSystem } from '../assessment/guard-facts';
import { chinaToday } from '../workflow/working-day-calendar';
import type { JobDefinition } from './job-definition';
import { allSocietyIds, inSocietyScope } from './job-scope';
import { SYSTEM_ACCOUNT_ID } from './system-actor';
import { writeQueuedNotifications } from '../notifications/notify-on';

/** The stages the procedure lets an application lapse from (the returns with a stage deadline). */
export const LAPSABLE_STAGES: readonly ApplicationStage[] = TRANSITIONS.filter((transition) => transition.decision === 'lapse').flatMap((transition) => transition.from);

/** Applications of the scope whose stage deadline has passed (`today` is after it) in a stage that may lapse. */
export async function lapseCandidates(em: EntityManager, societyId: string, today: string): Promise<string[]> {
  const rows = await em.find(Application, { society: societyId, stage: { $in: [...LAPSABLE_STAGES] }, stageDeadline: { $lt: today } }, { fields: ['id'], orderBy: { id: 'asc' } });
  return rows.map((row) => row.id);
}

/**
 * Lapses one application as the system, through the procedure's own step (same guards, same history entry as a
 * staff lapse, the system account as actor, the applicant told). The row is locked first: a second process running the job at the same
 * moment waits, then sees the lapsed stage (or a resubmission that won) and does nothing. Returns whether it lapsed.
 */
export async function lapseOne(em: EntityManager, clock: () => Date, applicationId: string): Promise<boolean> {
  const application = await em.findOne(Application, { id: applicationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const today = chinaToday(clock());
  if (!application || !LAPSABLE_STAGES.includes(application.stage) || !application.stageDeadline || today <= application.stageDeadline) return false;
  const deadline = application.stageDeadline;
  await decideAsSystem({ em, clock }, application, {
    applicationId, decision: 'lapse', expectedVersion: application.version,
    reason: `期限 ${deadline} 已过，申请自动失效 / The deadline ${deadline} passed: the application lapsed automatically`,
  }, SYSTEM_ACCOUNT_ID);
  // The applicant's LAPSED message (notify-on), in this transaction: no lapse without its message, none twice.
  await writeQueuedNotifications(em);
  return true;
}

/**
 * Lapsing (DOMAIN.md §6: "lapsed (a deadline missed)"): every application still returned after its deadline.
 * Daily at 00:05 Beijing time, the first minutes of the day after a deadline; each lapse is its own transaction.
 */
export const LAPSE_APPLICATIONS_JOB: JobDefinition = {
  name: 'lapse-applications',
  cron: '5 0 * * *',
  queue: { retryLimit: 3, retryDelay: 60, retryBackoff: true, expireInSeconds: 15 * 60 },
  async run(ctx) {
    const today = chinaToday(ctx.clock());
    let lapsed = 0;
    let skipped = 0;
    for (const societyId of await allSocietyIds(ctx.orm)) {
      const candidates = await inSocietyScope(ctx.orm, societyId, (em) => lapseCandidates(em, societyId, today));
      for (const id of candidates) {
        if (await inSocietyScope(ctx.orm, societyId, (em) => lapseOne(em, ctx.clock, id))) lapsed += 1;
        else skipped += 1;
      }
    }
    return { today, lapsed, skipped };
  },
};
