import { EducationLevel } from '../../entities/enums';
import { eligibilityOf, unionYears, type ConditionResult, type EligibilityInput, type EligibilityResult } from '../eligibility';
import { GENERAL_LADDER_DEFINITION } from './ladder';

const DEGREE_LEVELS = new Set([EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTOR]);
/** The lowest grade: without a degree the society decides on "other education the field accepts" instead of a special assessment. */
const ENTRY_GRADE = GENERAL_LADDER_DEFINITION.grades[0];

/** The general rule (seed 000 table): degree, years of relevant work and of major engineering work after it. */
export function generalEligibility(dossier: EligibilityInput, asOf: string): EligibilityResult {
  const definition = GENERAL_LADDER_DEFINITION.grades.find((grade) => grade.code === dossier.grade.code);
  const { minRelevantWorkYears = 0, minMajorWorkYears = 0 } = definition?.basicConditions ?? {};
  const entry = dossier.grade.code === ENTRY_GRADE.code;
  const qualifying = dossier.education.find((item) => item.qualifying);
  const hasDegree = qualifying !== undefined && DEGREE_LEVELS.has(qualifying.level);
  const countedFrom = qualifying?.toDate;
  const education: ConditionResult = hasDegree
    ? { code: 'EDUCATION', status: 'MET', noteZh: '具有大学本科及以上学历（学位）', noteEn: "Bachelor's degree or above" }
    : {
        code: 'EDUCATION',
        status: 'NEEDS_REVIEW',
        noteZh: entry ? '无本科及以上学历：须由学会认定其他教育经历' : '无本科及以上学历：须通过特殊评估',
        noteEn: entry ? 'No degree: the society decides whether other education is accepted' : 'No degree: a special assessment is needed',
      };
  const relevant = unionYears(dossier.workHistory, countedFrom, asOf);
  const major = unionYears(dossier.workHistory.filter((item) => item.majorEngineeringWork), countedFrom, asOf);
  const years = (code: string, actual: number, required: number, zh: string, en: string): ConditionResult => ({
    code, status: actual >= required ? 'MET' : 'NOT_MET', required, actual,
    noteZh: `${zh}：${actual} 年，要求至少 ${required} 年`, noteEn: `${en}: ${actual} years, at least ${required} required`,
  });
  return eligibilityOf(asOf, [
    education,
    years('RELEVANT_WORK_YEARS', relevant, minRelevantWorkYears, '相关专业工作经历', 'Relevant work'),
    years('MAJOR_WORK_YEARS', major, minMajorWorkYears, '重要工程工作经历', 'Major engineering work'),
  ], countedFrom);
}
