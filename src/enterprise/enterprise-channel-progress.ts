import type { ApplicationStage } from '../entities/enums';
import { addMonths } from '../workflow/calendar';
import { STAGES } from '../workflow/procedure';
import { chinaToday } from '../workflow/working-day-calendar';

/** The enterprise channel's target for the whole evaluation, in months (seed 002: 总体评价周期不超过6个月). */
export const ENTERPRISE_CHANNEL_TARGET_MONTHS = 6;

/** Elapsed time of an enterprise-channel evaluation against its target. */
export interface EnterpriseChannelProgress {
  startedOn: string;
  targetOn: string;
  elapsedDays: number;
  withinTarget: boolean;
}

/**
 * From the pre-application (where the cycle starts: the federation's 宣讲、咨询、初筛 are part of it) to today, or to
 * the application's last change once its stage is final.
 */
export function enterpriseChannelProgress(startedAt: Date, stage: ApplicationStage, updatedAt: Date, now: Date): EnterpriseChannelProgress {
  const startedOn = chinaToday(startedAt);
  const endOn = chinaToday(STAGES[stage].terminal ? updatedAt : now);
  const targetOn = addMonths(startedOn, ENTERPRISE_CHANNEL_TARGET_MONTHS);
  const elapsedDays = Math.round((Date.parse(`${endOn}T00:00:00Z`) - Date.parse(`${startedOn}T00:00:00Z`)) / 86_400_000);
  return { startedOn, targetOn, elapsedDays, withinTarget: endOn <= targetOn };
}
