import { EducationLevel } from '../../entities/enums';
import { ExceptionalGround, ProjectLevel, ProjectRole, SkillLevel } from './automotive-enums';
import { AUTOMOTIVE_GRADES as G } from './ladder';

/** Education levels in order: a higher level counts under a lower one ("具备…学历"). */
export const EDUCATION_ORDER: readonly EducationLevel[] = [EducationLevel.VOCATIONAL, EducationLevel.COLLEGE, EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTOR];

/** Seed 003 §7.2.1: years in skill posts after a skill certificate count at 50% as years in technical posts. */
export const SKILL_POST_WEIGHT = 0.5;

/** Skill levels in order (a higher certificate holds the lower ones). */
export const SKILL_ORDER: readonly SkillLevel[] = [SkillLevel.SENIOR_WORKER, SkillLevel.TECHNICIAN, SkillLevel.SENIOR_TECHNICIAN];

/** Seed 003 §7.2.1 a–c: the certificate that opens a grade to high-skill talents, and the technical-post years it needs. */
export interface CertificateRoute {
  certificate: SkillLevel;
  /** Years in technical posts (skill-post years at 50% included) since the certificate. */
  minYearsSinceCertificate: number;
  /** Years in technical posts overall (skill-post years at 50% included), and of them in technical posts proper. */
  minTotalYears?: number;
  minTechnicalPostYears?: number;
}

export const CERTIFICATE_ROUTES: Readonly<Partial<Record<string, CertificateRoute>>> = {
  [G.ASSISTANT]: { certificate: SkillLevel.SENIOR_WORKER, minYearsSinceCertificate: 2 },
  [G.ENGINEER]: { certificate: SkillLevel.TECHNICIAN, minYearsSinceCertificate: 3 },
  [G.SENIOR]: { certificate: SkillLevel.SENIOR_TECHNICIAN, minYearsSinceCertificate: 4, minTotalYears: 10, minTechnicalPostYears: 1 },
};

/**
 * Seed 003 §5.3 and §7.3: the grades each award or title opens regardless of education and years, and the highest
 * rank among the certificate holders that still counts (null: any rank, a title is personal).
 */
export const EXCEPTIONAL_ROUTES: Readonly<Record<ExceptionalGround, Readonly<Partial<Record<string, number | null>>>>> = {
  [ExceptionalGround.NATIONAL_STI_AWARD]: { [G.SENIOR]: 9, [G.PRINCIPAL]: 5 },
  [ExceptionalGround.INTERNATIONAL_DESIGN_AWARD]: { [G.SENIOR]: 9, [G.PRINCIPAL]: 5 },
  [ExceptionalGround.PROVINCIAL_STI_AWARD]: { [G.SENIOR]: 7, [G.PRINCIPAL]: 3 },
  [ExceptionalGround.MUNICIPAL_STI_AWARD]: { [G.SENIOR]: 1 },
  [ExceptionalGround.NATIONAL_TALENT_PROGRAMME]: { [G.PRINCIPAL]: null },
  [ExceptionalGround.HIGH_SKILL_HONOUR]: { [G.SENIOR]: null },
};

/** Seed 003 §5.4: average class hours a year over the last five years (a class hour is at least 45 minutes). */
export const LEARNING = { years: 5, minutesPerClassHour: 45, minTrainingHoursPerYear: 8, minTeachingHoursPerYear: 4 } as const;

/** Grades §5.4 applies to: interns are students (§4.3.1) with no five working years to average over. */
export const LEARNING_GRADES: ReadonlySet<string> = new Set([G.ASSISTANT, G.ENGINEER, G.SENIOR, G.PRINCIPAL]);

export const PROJECT_LEVEL_ORDER: readonly ProjectLevel[] = [ProjectLevel.ENTERPRISE, ProjectLevel.PROVINCIAL, ProjectLevel.NATIONAL];
export const PROJECT_ROLE_ORDER: readonly ProjectRole[] = [ProjectRole.PARTICIPANT, ProjectRole.MAIN_PARTICIPANT, ProjectRole.SUB_LEAD, ProjectRole.LEAD];

/** One way to meet a grade's project requirement: enough completed projects at a level and role or above. */
export interface ProjectRequirement {
  minLevel: ProjectLevel;
  minRole: ProjectRole;
  count: number;
  noteZh: string;
}

/** Seed 003 §5.5.2 (last five years): any one row met. */
export const PROJECT_REQUIREMENTS: Readonly<Partial<Record<string, readonly ProjectRequirement[]>>> = {
  [G.ASSISTANT]: [{ minLevel: ProjectLevel.ENTERPRISE, minRole: ProjectRole.PARTICIPANT, count: 1, noteZh: '至少参与完成1个项目' }],
  [G.ENGINEER]: [{ minLevel: ProjectLevel.ENTERPRISE, minRole: ProjectRole.PARTICIPANT, count: 1, noteZh: '至少参与完成1个项目' }],
  [G.SENIOR]: [
    { minLevel: ProjectLevel.PROVINCIAL, minRole: ProjectRole.MAIN_PARTICIPANT, count: 1, noteZh: '作为主要参与人至少完成1个省部级及以上项目' },
    { minLevel: ProjectLevel.ENTERPRISE, minRole: ProjectRole.LEAD, count: 1, noteZh: '作为项目负责人至少完成1个企业级或院校级及以上项目' },
  ],
  [G.PRINCIPAL]: [
    { minLevel: ProjectLevel.PROVINCIAL, minRole: ProjectRole.SUB_LEAD, count: 1, noteZh: '作为子项目负责人至少完成1个省部级及以上项目' },
    { minLevel: ProjectLevel.ENTERPRISE, minRole: ProjectRole.LEAD, count: 2, noteZh: '作为项目负责人至少完成2个企业级或院校级及以上项目' },
  ],
};

/** Seed 003 §5.6 (last five years): research outputs each grade needs (assistant and engineer: no number required). */
export const MIN_RESEARCH_OUTPUTS: Readonly<Partial<Record<string, number>>> = { [G.SENIOR]: 1, [G.PRINCIPAL]: 2 };

/** Seed 003 §5.5.3–5.5.4 and Appendix B: the summary each grade writes and its minimum length in characters. */
export const SUMMARY_REQUIREMENTS: Readonly<Record<string, { field: 'studySummary' | 'technicalWorkSummary'; minCharacters: number }>> = {
  [G.INTERN]: { field: 'studySummary', minCharacters: 1 },
  [G.ASSISTANT]: { field: 'technicalWorkSummary', minCharacters: 2000 },
  [G.ENGINEER]: { field: 'technicalWorkSummary', minCharacters: 2000 },
  [G.SENIOR]: { field: 'technicalWorkSummary', minCharacters: 3000 },
  [G.PRINCIPAL]: { field: 'technicalWorkSummary', minCharacters: 3000 },
};
