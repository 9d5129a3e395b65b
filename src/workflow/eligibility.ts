import { EducationLevel } from '../entities/enums';
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
  code: 'EDUCATION' | 'RELEVANT_WORK_YEARS' | 'MAJOR_WORK_YEARS' | string;
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
}

const DAY_MS = 86_400_000;
const DEGREE_LEVELS = new Set([EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTOR]);

function toDay(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** Total length in years of the union of periods, each clipped to [from, asOf]; overlapping periods count once. */
export function unionYears(periods: ReadonlyArray<{ fromDate: string; toDate?: string | null }>, from: string | undefined, asOf: string): number {
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
  // Years to one decimal, rounded down (4.99 years is not 5), after absorbing the leap-day drift of
  // whole calendar years (5 years = 1826 days = 4.9993 × 365.25).
  return Math.floor(Math.round((total / 365.25) * 100) / 10) / 10;
}

/** The general rule (seed 000 table): degree, years of relevant work and of major engineering work after it. */
export function generalEligibility(dossier: EligibilityInput, asOf: string): EligibilityResult {
  const { grade } = dossier;
  const qualifying = dossier.education.find((entry) => entry.qualifying);
  const hasDegree = qualifying !== undefined && DEGREE_LEVELS.has(qualifying.level);
  const countedFrom = qualifying?.toDate;
  const education: ConditionResult = hasDegree
    ? { code: 'EDUCATION', status: 'MET', noteZh: '具有大学本科及以上学历（学位）', noteEn: "Bachelor's degree or above" }
    : {
        code: 'EDUCATION',
        status: 'NEEDS_REVIEW',
        noteZh: grade.code === 'TRAINEE' ? '无本科及以上学历：须由学会认定其他教育经历' : '无本科及以上学历：须通过特殊评估',
        noteEn: grade.code === 'TRAINEE' ? 'No degree: the society decides whether other education is accepted' : 'No degree: a special assessment is needed',
      };
  const relevant = unionYears(dossier.workHistory, countedFrom, asOf);
  const major = unionYears(dossier.workHistory.filter((entry) => entry.majorEngineeringWork), countedFrom, asOf);
  const years = (code: string, actual: number, required: number, zh: string, en: string): ConditionResult => ({
    code, status: actual >= required ? 'MET' : 'NOT_MET', required, actual,
    noteZh: `${zh}：${actual} 年，要求至少 ${required} 年`, noteEn: `${en}: ${actual} years, at least ${required} required`,
  });
  const conditions = [
    education,
    years('RELEVANT_WORK_YEARS', relevant, grade.minRelevantWorkYears, '相关专业工作经历', 'Relevant work'),
    years('MAJOR_WORK_YEARS', major, grade.minMajorWorkYears, '重要工程工作经历', 'Major engineering work'),
  ];
  return { asOf, countedFrom, conditions, allMet: conditions.every((condition) => condition.status === 'MET') };
}
