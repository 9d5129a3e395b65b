import type { EntityManager } from '@mikro-orm/postgresql';
import { Application, Society } from '../entities';
import { ApplicationStage, NotificationChannel } from '../entities/enums';
import { enqueueNotification } from '../notifications/outbox';
import { loadCalendar } from '../workflow/calendar';
import { STAGES } from '../workflow/procedure';
import { chinaToday } from '../workflow/working-day-calendar';
import type { JobDefinition } from './job-definition';
import { societyStaffIds } from './job-recipients';
import { allSocietyIds, inSocietyScope } from './job-scope';

/** How many applications one digest lists; the rest are counted ("and N more"). */
export const DIGEST_MAX_LINES = 30;

/** Stages still running: a closed application (registered, lapsed…) is never overdue, whatever its dates say. */
const OPEN_STAGES = (Object.keys(STAGES) as ApplicationStage[]).filter((stage) => !STAGES[stage].terminal && stage !== ApplicationStage.DRAFT);

/**
 * The scope's overdue applications: open, and past their nearest deadline (the work queue's dueDate: the stage
 * deadline, else the evaluation deadline), oldest deadline first.
 */
export async function overdueApplications(em: EntityManager, societyId: string, today: string): Promise<Application[]> {
  return em.find(Application, { society: societyId, stage: { $in: OPEN_STAGES }, dueDate: { $lt: today } }, { orderBy: { dueDate: 'asc', id: 'asc' } });
}

async function digestOfSociety(em: EntityManager, societyId: string, today: string, at: Date): Promise<{ overdue: number; written: number }> {
  const overdue = await overdueApplications(em, societyId, today);
  if (overdue.length === 0) return { overdue: 0, written: 0 };
  const society = await em.findOneOrFail(Society, { id: societyId });
  const shown = overdue.slice(0, DIGEST_MAX_LINES);
  const params = {
    societyZh: society.nameZh, societyEn: society.nameEn, today, count: overdue.length, more: overdue.length - shown.length,
    linesZh: shown.map((a, i) => `${i + 1}. ${a.name ?? '（未填姓名）'} · ${STAGES[a.stage].phaseZh} · 期限 ${a.dueDate} · ${a.id}`),
    linesEn: shown.map((a, i) => `${i + 1}. ${a.namePinyin ?? a.name ?? '(no name)'} · ${STAGES[a.stage].phaseEn} · due ${a.dueDate} · ${a.id}`),
  };
  let written = 0;
  for (const accountId of await societyStaffIds(em, societyId)) {
    written += await enqueueNotification(em, {
      kind: 'OVERDUE_DIGEST', dedupeKey: `digest:overdue:${societyId}:${today}`, recipient: { accountId },
      channels: [NotificationChannel.IN_APP, NotificationChannel.EMAIL], params, societyId, at,
    });
  }
  return { overdue: overdue.length, written };
}

/**
 * The staff's daily digest of overdue applications, per society, on working days (PRC calendar) at 08:30 Beijing
 * time; none when nothing is overdue. One digest per society, staff member and day (the dedupe key names the day).
 */
export const OVERDUE_DIGEST_JOB: JobDefinition = {
  name: 'overdue-digest',
  cron: '30 8 * * *',
  queue: { retryLimit: 3, retryDelay: 120, retryBackoff: true, expireInSeconds: 15 * 60 },
  async run(ctx) {
    const at = ctx.clock();
    const today = chinaToday(at);
    const societies = await allSocietyIds(ctx.orm);
    if (societies.length === 0) return { today, skipped: 'no societies' };
    const workingDay = await inSocietyScope(ctx.orm, societies[0], async (em) => (await loadCalendar(em)).isWorkingDay(today));
    if (!workingDay) return { today, skipped: 'not a working day' };
    let overdue = 0;
    let written = 0;
    for (const societyId of societies) {
      const result = await inSocietyScope(ctx.orm, societyId, (em) => digestOfSociety(em, societyId, today, at));
      overdue += result.overdue;
      written += result.written;
    }
    return { today, overdue, written };
  },
};
