import type { Dossier } from '../../dossier/dossier';
import type { EducationLevel } from '../../entities/enums';
import type { GradeConditionsData } from '../category-plugin';
import { daysToYears, eligibilityOf, unionDays, type ConditionResult, type EligibilityResult, type Period } from '../eligibility';
import { readAutomotive, type AutomotiveStored } from './automotive-fields';
import { AUTOMOTIVE_GRADES as G, AUTOMOTIVE_LADDER_DEFINITION } from './ladder';
import {
  CERTIFICATE_ROUTES, EDUCATION_ORDER, EXCEPTIONAL_ROUTES, LEARNING, LEARNING_GRADES, MIN_RESEARCH_OUTPUTS, PROJECT_LEVEL_ORDER, PROJECT_REQUIREMENTS,
  PROJECT_ROLE_ORDER, SKILL_ORDER, SKILL_POST_WEIGHT,
} from './rules';

/** The date `years` whole years before an ISO date. */
function yearsBefore(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
}

/** The highest education level the applicant has completed by the date (null: none on the automotive scale). */
export function highestEducation(education: ReadonlyArray<{ level: EducationLevel; toDate: string }>, asOf: string): EducationLevel | null {
  const ranks = education.filter((entry) => entry.toDate <= asOf).map((entry) => EDUCATION_ORDER.indexOf(entry.level)).filter((rank) => rank >= 0);
  return ranks.length ? EDUCATION_ORDER[Math.max(...ranks)] : null;
}

/** The years a level needs by the matrix: its own row, else the nearest listed level below it (undefined: none). */
export function matrixYears(conditions: GradeConditionsData, level: EducationLevel | null): number | undefined {
  if (!level) return undefined;
  const matrix = conditions.minYearsInFieldByEducation ?? {};
  for (let rank = EDUCATION_ORDER.indexOf(level); rank >= 0; rank -= 1) {
    const years = matrix[EDUCATION_ORDER[rank]];
    if (years !== undefined) return years;
  }
  return undefined;
}

/**
 * Years in the applied field (§5.2 "累计工作") as of a date, counted from `from`: work outside skill posts in full,
 * skill-post years after the first skill certificate at 50% (§7.2.1); also the technical-post years alone.
 */
export function fieldYears(work: readonly Period[], fields: AutomotiveStored, asOf: string, from?: string): { total: number; technical: number } {
  const skill = fields.skillPostPeriods;
  const technicalDays = unionDays([...work, ...skill], from, asOf) - unionDays(skill, from, asOf);
  const firstCertificate = fields.skillCertificates.map((c) => c.obtainedOn).sort()[0];
  const skillFrom = firstCertificate && (!from || firstCertificate > from) ? firstCertificate : from;
  const skillDays = firstCertificate ? unionDays(skill, skillFrom, asOf) : 0;
  return { total: daysToYears(technicalDays + SKILL_POST_WEIGHT * skillDays), technical: daysToYears(technicalDays) };
}

type Condition = ConditionResult;
const met = (code: string, noteZh: string, noteEn: string, figures: Partial<Condition> = {}): Condition => ({ code, status: 'MET', noteZh, noteEn, ...figures });
const notMet = (code: string, noteZh: string, noteEn: string, figures: Partial<Condition> = {}): Condition => ({ code, status: 'NOT_MET', noteZh, noteEn, ...figures });
const review = (code: string, noteZh: string, noteEn: string): Condition => ({ code, status: 'NEEDS_REVIEW', noteZh, noteEn });

/** §5.3 / §7.3: the first claimed award or title that opens the grade regardless of education and years. */
function exceptionalRoute(gradeCode: string, fields: AutomotiveStored): AutomotiveStored['exceptionalClaims'][number] | undefined {
  return fields.exceptionalClaims.find((claim) => {
    const limits = EXCEPTIONAL_ROUTES[claim.ground];
    if (!limits || !(gradeCode in limits)) return false;
    const maxRank = limits[gradeCode];
    return maxRank === null || maxRank === undefined || (claim.rank !== null && claim.rank <= maxRank);
  });
}

/** §7.2: a skill certificate of the grade's level (or higher) and the technical-post years since it. */
function certificateRoute(gradeCode: string, level: EducationLevel | null, conditions: GradeConditionsData, work: readonly Period[], fields: AutomotiveStored, asOf: string): Condition | undefined {
  const route = CERTIFICATE_ROUTES[gradeCode];
  // §7.2.1: high-skill talents need the grade's education requirement (a level its matrix lists, or a higher one).
  if (!route || matrixYears(conditions, level) === undefined) return undefined;
  const held = fields.skillCertificates
    .filter((certificate) => SKILL_ORDER.indexOf(certificate.level) >= SKILL_ORDER.indexOf(route.certificate))
    .sort((a, b) => a.obtainedOn.localeCompare(b.obtainedOn))[0];
  if (!held) return undefined;
  const since = fieldYears(work, fields, asOf, held.obtainedOn).total;
  const overall = fieldYears(work, fields, asOf);
  const ok = since >= route.minYearsSinceCertificate
    && overall.total >= (route.minTotalYears ?? 0)
    && overall.technical >= (route.minTechnicalPostYears ?? 0);
  const zh = `高技能人才（7.2）：取得证书后技术岗位工作 ${since} 年（技能岗位按50%折算），要求至少 ${route.minYearsSinceCertificate} 年`
    + (route.minTotalYears ? `；累计 ${overall.total} 年，要求至少 ${route.minTotalYears} 年，其中技术岗位 ${overall.technical} 年，要求至少 ${route.minTechnicalPostYears} 年` : '');
  const en = `High-skill route (7.2): ${since} years in technical posts since the certificate (skill posts at 50%), at least ${route.minYearsSinceCertificate} required`
    + (route.minTotalYears ? `; ${overall.total} years in all, at least ${route.minTotalYears}, of them ${overall.technical} in technical posts, at least ${route.minTechnicalPostYears}` : '');
  return ok ? met('EDUCATION_AND_YEARS', zh, en, { required: route.minYearsSinceCertificate, actual: since }) : undefined;
}

/** §5.2 (the matrix), else §7.2 (high-skill certificates), else §5.3 / §7.3 (exceptional routes). */
function educationAndYears(gradeCode: string, conditions: GradeConditionsData, dossier: Dossier, fields: AutomotiveStored, asOf: string): Condition {
  const code = 'EDUCATION_AND_YEARS';
  const level = highestEducation(dossier.education, asOf);
  if (gradeCode === G.INTERN && fields.studentInYear3OrAbove) return met(code, '本科三年级及以上在读学生（5.2.1 b）', 'Undergraduate in year 3 or above (5.2.1 b)');
  const required = matrixYears(conditions, level);
  const { total } = fieldYears(dossier.workHistory, fields, asOf);
  if (required !== undefined && total >= required) {
    return met(code, `学历 ${level}，在所申请专业领域累计工作 ${total} 年，要求至少 ${required} 年（5.2）`, `Education ${level}, ${total} years in the field, at least ${required} required (5.2)`, { required, actual: total });
  }
  const bySkill = certificateRoute(gradeCode, level, conditions, dossier.workHistory, fields, asOf);
  if (bySkill) return bySkill;
  const exceptional = exceptionalRoute(gradeCode, fields);
  if (exceptional) {
    return met(code, `破格（5.3、7.3）：${exceptional.title}，不受学历资历要求限制`, `Exceptional route (5.3, 7.3): ${exceptional.title}, regardless of education and years`);
  }
  return required === undefined
    ? notMet(code, `学历 ${level ?? '无'} 不符合该级别的学历要求（5.2），且无适用的高技能或破格条件`, `Education ${level ?? 'none'} does not meet the grade's requirement (5.2), and no high-skill or exceptional route applies`)
    : notMet(code, `在所申请专业领域累计工作 ${total} 年，要求至少 ${required} 年（5.2）`, `${total} years in the field, at least ${required} required (5.2)`, { required, actual: total });
}

/** §5.4: average class hours a year over the last five years, one class hour per full 45 minutes of an activity. */
function learning(gradeCode: string, fields: AutomotiveStored, asOf: string): Condition[] {
  if (!LEARNING_GRADES.has(gradeCode)) return [];
  const since = yearsBefore(asOf, LEARNING.years);
  const average = (kind: string) => {
    const hours = fields.learningActivities
      .filter((activity) => activity.kind === kind && activity.date > since && activity.date <= asOf)
      .reduce((sum, activity) => sum + Math.floor(activity.minutes / LEARNING.minutesPerClassHour), 0);
    return Math.floor((hours / LEARNING.years) * 10) / 10;
  };
  const condition = (code: string, kind: string, required: number, zh: string, en: string): Condition => {
    const actual = average(kind);
    const noteZh = `近五年${zh}年平均 ${actual} 学时，要求至少 ${required} 学时（5.4，每学时不少于45分钟）`;
    const noteEn = `${en}: ${actual} class hours a year on average over the last five years, at least ${required} (5.4; a class hour is at least 45 minutes)`;
    return actual >= required ? met(code, noteZh, noteEn, { required, actual }) : notMet(code, noteZh, noteEn, { required, actual });
  };
  return [
    condition('TRAINING_HOURS', 'TRAINING', LEARNING.minTrainingHoursPerYear, '培训', 'Training'),
    condition('TEACHING_HOURS', 'TEACHING', LEARNING.minTeachingHoursPerYear, '授课', 'Teaching'),
  ];
}

/** §5.5: the intern's basis (5.5.1), or enough completed projects of the last five years at a level and role (5.5.2). */
function projects(gradeCode: string, fields: AutomotiveStored, asOf: string): Condition[] {
  const code = 'PROJECTS';
  if (gradeCode === G.INTERN) {
    if (fields.internBasis === 'ACCREDITED_PROGRAMME' || fields.internBasis === 'COMPETITION_PRIZE') {
      return [met(code, `见习工程师项目能力要求（5.5.1）：${fields.internBasis === 'ACCREDITED_PROGRAMME' ? '所在专业已通过工程教育专业认证' : '汽车相关专业比赛二等奖及以上'}`, `Intern project requirement (5.5.1): ${fields.internBasis}`)];
    }
    if (fields.internBasis === 'OTHER_COMPETENCE') return [review(code, '其他符合见习工程师素质能力要求的在校学生（5.5.1 c）：由评审认定', 'Other competence (5.5.1 c): the reviewers decide')];
    return [notMet(code, '未说明满足5.5.1的哪一项', 'None of 5.5.1 a–c given')];
  }
  const rows = PROJECT_REQUIREMENTS[gradeCode] ?? [];
  const since = yearsBefore(asOf, 5);
  const recent = fields.projects.filter((project) => project.completedOn > since && project.completedOn <= asOf);
  const counts = rows.map((row) => recent.filter((project) =>
    PROJECT_LEVEL_ORDER.indexOf(project.level) >= PROJECT_LEVEL_ORDER.indexOf(row.minLevel) && PROJECT_ROLE_ORDER.indexOf(project.role) >= PROJECT_ROLE_ORDER.indexOf(row.minRole)).length);
  const index = rows.findIndex((row, i) => counts[i] >= row.count);
  const wanted = rows.map((row) => row.noteZh).join('，或');
  return [index >= 0
    ? met(code, `近五年项目（5.5.2）：${rows[index].noteZh}`, `Projects of the last five years (5.5.2): requirement ${index + 1} met`, { required: rows[index].count, actual: counts[index] })
    : notMet(code, `近五年项目不满足5.5.2：须${wanted}`, 'Projects of the last five years do not meet 5.5.2', { required: rows[0]?.count, actual: Math.max(0, ...counts) })];
}

/** §5.6: research outputs of the last five years (whether each meets its bar is for the reviewers to verify). */
function research(gradeCode: string, fields: AutomotiveStored, asOf: string): Condition[] {
  const required = MIN_RESEARCH_OUTPUTS[gradeCode];
  if (!required) return [];
  const since = yearsBefore(asOf, 5);
  const actual = fields.researchOutputs.filter((output) => output.date > since && output.date <= asOf).length;
  const noteZh = `近五年科研成果 ${actual} 项，要求至少 ${required} 项（5.6）`;
  const noteEn = `${actual} research outputs in the last five years, at least ${required} required (5.6)`;
  return [actual >= required ? met('RESEARCH_OUTPUTS', noteZh, noteEn, { required, actual }) : notMet('RESEARCH_OUTPUTS', noteZh, noteEn, { required, actual })];
}

/** The automotive basic conditions (seed 003 §5.2–5.6, §7) of the grade applied for, as of a date. */
export function automotiveEligibility(dossier: Dossier, asOf: string): EligibilityResult {
  const gradeCode = dossier.grade.code;
  const definition = AUTOMOTIVE_LADDER_DEFINITION.grades.find((grade) => grade.code === gradeCode);
  const fields = readAutomotive(dossier.application.categoryFields ?? {});
  const conditions = [
    educationAndYears(gradeCode, definition?.basicConditions ?? {}, dossier, fields, asOf),
    ...learning(gradeCode, fields, asOf),
    ...projects(gradeCode, fields, asOf),
    ...research(gradeCode, fields, asOf),
  ];
  return eligibilityOf(asOf, conditions);
}
