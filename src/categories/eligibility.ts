import type { EducationEntry, Grade, WorkHistoryEntry } from '../entities';

/** What the basic conditions are decided on: the grade applied for, the education and the work history (a dossier is one). */
export interface EligibilityInput {
  grade: Grade;
  education: EducationEntry[];
  workHistory: WorkHistoryEntry[];
}

/** MET and NOT_MET are computed; NEEDS_REVIEW is what staff must judge (e.g. "other education the field accepts"). */
export type ConditionStatus = 'MET' | 'NOT_MET' | 'NEEDS_REVIEW';

/** One basic condition with the figures it was decided on. */
export interface ConditionResult {
  /** The plug-in's name for the condition (e.g. EDUCATION, RELEVANT_WORK_YEARS). */
  code: string;
  status: ConditionStatus;
  required?: number;
  actual?: number;
  noteZh: string;
  noteEn: string;
}

/** The eligibility of a dossier for its grade, as of a date. */
export interface EligibilityResult {
  asOf: string;
  /** The end of the qualifying degree, from which work is counted. */
  countedFrom?: string;
  conditions: ConditionResult[];
  allMet: boolean;
  status: ConditionStatus;
}

const DAY_MS = 86_400_000;

/** Days since the epoch of an ISO date. */
export function toDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** A period of time, open-ended when it has no end (until the date of the decision). */
export interface Period {
  fromDate: string;
  toDate?: string | null;
}

/** Total length in days of the union of periods, each clipped to [from, asOf]; overlapping periods count once. */
export function unionDays(periods: ReadonlyArray<Period>, from: string | undefined, asOf: string): number {
  const start = from ? toDay(from) : -Infinity;
  const end = toDay(asOf);
  const clipped = periods
    .map((period) => [Math.max(toDay(period.fromDate), start), Math.min(period.toDate ? toDay(period.toDate) : end, end)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let currentStart = -Infinity;
  let currentEnd = -Infinity;
  for (const [a, b] of clipped) {
    if (a > currentEnd) {
      if (currentEnd > currentStart) total += currentEnd - currentStart;
      [currentStart, currentEnd] = [a, b];
    } else currentEnd = Math.max(currentEnd, b);
  }
  if (currentEnd > currentStart) total += currentEnd - currentStart;
  return total;
}

/**
 * Days as years to one decimal, rounded down (4.99 years is not 5), after absorbing the leap-day drift of whole
 * calendar years (5 years = 1826 days = 4.9993 × 365.25).
 */
export function daysToYears(days: number): number {
  return Math.floor(Math.round((days / 365.25) * 100) / 10) / 10;
}

/** Total length in years of the union of periods, each clipped to [from, asOf]; overlapping periods count once. */
export function unionYears(periods: ReadonlyArray<Period>, from: string | undefined, asOf: string): number {
  return daysToYears(unionDays(periods, from, asOf));
}

/** The overall outcome of conditions: NOT_MET if any is not met, else NEEDS_REVIEW if any needs review, else MET. */
export function overallStatus(conditions: readonly ConditionResult[]): ConditionStatus {
  if (conditions.some((condition) => condition.status === 'NOT_MET')) return 'NOT_MET';
  return conditions.some((condition) => condition.status === 'NEEDS_REVIEW') ? 'NEEDS_REVIEW' : 'MET';
}

/** An eligibility result from its conditions. */
export function eligibilityOf(asOf: string, conditions: ConditionResult[], countedFrom?: string): EligibilityResult {
  const status = overallStatus(conditions);
  return { asOf, countedFrom, conditions, allMet: status === 'MET', status };
}
