import { automotivePlugin } from '../../src/categories/automotive';
import type { Dossier } from '../../src/dossier/dossier';
import { EducationLevel } from '../../src/entities/enums';

const AS_OF = '2026-11-02';
const E = EducationLevel;

/** The date `years` whole years before AS_OF (and `days` more). */
function before(years: number, days = 0): string {
  const date = new Date(`${2026 - years}-11-02T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

interface Case {
  grade: string;
  education?: EducationLevel | null;
  /** Work in the field from this many years before AS_OF until now. */
  years?: number;
  fields?: Record<string, unknown>;
  work?: Array<{ fromDate: string; toDate?: string | null }>;
}

/** A dossier as the eligibility reads it: grade, education, work history and the automotive fields. */
function dossier({ grade, education = E.BACHELOR, years = 0, fields = {}, work }: Case): Dossier {
  return {
    application: { categoryFields: { category: 'automotive', ...fields } },
    grade: { code: grade },
    fieldCode: 'AUTOMOTIVE',
    education: education ? [{ level: E.SENIOR_HIGH, fromDate: '1990-09-01', toDate: '1993-07-01' }, { level: education, fromDate: '1993-09-01', toDate: '1996-07-01' }] : [],
    workHistory: work ?? (years > 0 ? [{ fromDate: before(years), toDate: null }] : []),
    claims: [], achievements: [], files: [],
  } as unknown as Dossier;
}

const condition = (input: Case, code = 'EDUCATION_AND_YEARS') => automotivePlugin.eligibility(dossier(input), AS_OF).conditions.find((c) => c.code === code)!;

/** Seed 003 §5.2, row by row: [grade, education, years in the field]. */
const MATRIX: Array<[string, EducationLevel, number]> = [
  ['INTERN', E.VOCATIONAL, 0], ['INTERN', E.COLLEGE, 0],
  ['ASSISTANT', E.VOCATIONAL, 5], ['ASSISTANT', E.COLLEGE, 3], ['ASSISTANT', E.BACHELOR, 1], ['ASSISTANT', E.MASTER, 0],
  ['ENGINEER', E.VOCATIONAL, 15], ['ENGINEER', E.COLLEGE, 8], ['ENGINEER', E.BACHELOR, 5], ['ENGINEER', E.MASTER, 2], ['ENGINEER', E.DOCTOR, 0],
  ['SENIOR', E.COLLEGE, 12], ['SENIOR', E.BACHELOR, 9], ['SENIOR', E.MASTER, 6], ['SENIOR', E.DOCTOR, 1],
  ['PRINCIPAL', E.BACHELOR, 14], ['PRINCIPAL', E.MASTER, 11], ['PRINCIPAL', E.DOCTOR, 6],
];

describe('the automotive education × years matrix (seed 003 §5.2)', () => {
  it('matches the ladder data the reference seed stores', () => {
    const fromLadder = automotivePlugin.ladder.grades.flatMap((grade) =>
      Object.entries(grade.basicConditions.minYearsInFieldByEducation ?? {}).map(([level, years]) => [grade.code, level, years]));
    expect(fromLadder.sort()).toEqual([...MATRIX].sort());
  });

  it.each(MATRIX)('%s with %s: met at exactly %i years in the field', (grade, education, years) => {
    expect(condition({ grade, education, years })).toMatchObject({ status: 'MET', required: years, actual: years });
  });

  it.each(MATRIX.filter(([, , years]) => years > 0))('%s with %s: not met one year short of %i', (grade, education, years) => {
    expect(condition({ grade, education, years: years - 1 })).toMatchObject({ status: 'NOT_MET', required: years, actual: years - 1 });
  });

  // Years are counted to one decimal (the platform's rule, absorbing leap days): a month short is short.
  it.each(MATRIX.filter(([, , years]) => years > 0))('%s with %s: not met a month short of %i years', (grade, education, years) => {
    const result = condition({ grade, education, work: [{ fromDate: before(years, -31), toDate: null }] });
    expect(result.status).toBe('NOT_MET');
  });

  it.each([
    ['ASSISTANT', E.SENIOR_HIGH], ['SENIOR', E.VOCATIONAL], ['PRINCIPAL', E.COLLEGE], ['INTERN', E.SENIOR_HIGH],
  ] as const)('%s is out of reach by the matrix for %s, whatever the years', (grade, education) => {
    expect(condition({ grade, education, years: 40 }).status).toBe('NOT_MET');
  });

  it('counts a higher education under the nearest level the grade lists (a doctor for assistant as a master)', () => {
    expect(condition({ grade: 'ASSISTANT', education: E.DOCTOR, years: 0 })).toMatchObject({ status: 'MET', required: 0 });
    expect(condition({ grade: 'INTERN', education: E.BACHELOR })).toMatchObject({ status: 'MET', required: 0 });
  });

  it('takes an undergraduate in year 3 or above as an intern without a degree (§5.2.1 b)', () => {
    expect(condition({ grade: 'INTERN', education: E.SENIOR_HIGH, fields: { studentInYear3OrAbove: true } }).status).toBe('MET');
    expect(condition({ grade: 'INTERN', education: E.SENIOR_HIGH, fields: { studentInYear3OrAbove: false } }).status).toBe('NOT_MET');
  });

  it('counts overlapping work periods once', () => {
    const work = [{ fromDate: before(5), toDate: before(2) }, { fromDate: before(4), toDate: null }];
    expect(condition({ grade: 'ENGINEER', education: E.BACHELOR, work })).toMatchObject({ status: 'MET', actual: 5 });
  });
});

describe('high-skill talents (seed 003 §7.2)', () => {
  it('counts years in skill posts after a certificate at 50%', () => {
    // Bachelor, 2 years in technical posts before, then 6 years in a skill post after the certificate: 2 + 6 × 50% = 5.
    const fields = { skillCertificates: [{ level: 'SENIOR_WORKER', obtainedOn: before(6) }], skillPostPeriods: [{ fromDate: before(6), toDate: null }] };
    const work = [{ fromDate: before(8), toDate: null }];
    expect(condition({ grade: 'ENGINEER', education: E.BACHELOR, work, fields })).toMatchObject({ status: 'MET', required: 5, actual: 5 });
    // 1 year in technical posts, then 7 in a skill post: 1 + 3.5 = 4.5, short of 5 although 8 years were worked.
    const mostlySkill = { skillCertificates: [{ level: 'SENIOR_WORKER', obtainedOn: before(7) }], skillPostPeriods: [{ fromDate: before(7), toDate: null }] };
    expect(condition({ grade: 'ENGINEER', education: E.BACHELOR, work, fields: mostlySkill })).toMatchObject({ status: 'NOT_MET', required: 5, actual: 4.5 });
  });

  it('does not count skill-post years without a certificate', () => {
    const fields = { skillPostPeriods: [{ fromDate: before(6), toDate: null }] };
    expect(condition({ grade: 'ASSISTANT', education: E.COLLEGE, work: [{ fromDate: before(6), toDate: null }], fields })).toMatchObject({ status: 'NOT_MET', actual: 0 });
  });

  /** [grade, certificate, years in technical posts since it (skill posts at 50%) that open the grade]. */
  const ROUTES: Array<[string, string, number]> = [['ASSISTANT', 'SENIOR_WORKER', 2], ['ENGINEER', 'TECHNICIAN', 3]];
  it.each(ROUTES)('%s opens to a %s holder after %i technical-post years since the certificate, not a year less', (grade, level, years) => {
    // Vocational education: the matrix alone would ask 5 (assistant) or 15 (engineer) years.
    const fields = { skillCertificates: [{ level, obtainedOn: before(years) }] };
    expect(condition({ grade, education: E.VOCATIONAL, work: [{ fromDate: before(years), toDate: null }], fields })).toMatchObject({ status: 'MET', required: years, actual: years });
    expect(condition({ grade, education: E.VOCATIONAL, work: [{ fromDate: before(years - 1), toDate: null }], fields: { skillCertificates: [{ level, obtainedOn: before(years - 1) }] } }).status).toBe('NOT_MET');
  });

  it('accepts a higher certificate for a lower grade, and not a lower one for a higher grade', () => {
    const work = [{ fromDate: before(3), toDate: null }];
    expect(condition({ grade: 'ASSISTANT', education: E.VOCATIONAL, work, fields: { skillCertificates: [{ level: 'SENIOR_TECHNICIAN', obtainedOn: before(3) }] } }).status).toBe('MET');
    expect(condition({ grade: 'ENGINEER', education: E.VOCATIONAL, work, fields: { skillCertificates: [{ level: 'SENIOR_WORKER', obtainedOn: before(3) }] } }).status).toBe('NOT_MET');
  });

  it('opens senior to a 高级技师 with 10 years in all (skill posts at 50%), 1 in technical posts proper, and 4 since the certificate', () => {
    // College: the matrix asks 12 years. 10 years in a skill post (5 counted) then 5 in technical posts = 10.
    const fields = { skillCertificates: [{ level: 'SENIOR_TECHNICIAN', obtainedOn: before(15) }], skillPostPeriods: [{ fromDate: before(15), toDate: before(5) }] };
    const work = [{ fromDate: before(15), toDate: null }];
    expect(condition({ grade: 'SENIOR', education: E.COLLEGE, work, fields })).toMatchObject({ status: 'MET' });
    // All 15 years in the skill post: 7.5 years counted and no year in a technical post proper.
    const allSkill = { ...fields, skillPostPeriods: [{ fromDate: before(15), toDate: null }] };
    expect(condition({ grade: 'SENIOR', education: E.COLLEGE, work, fields: allSkill }).status).toBe('NOT_MET');
    // Vocational education is not the senior grade's education requirement (§7.2.1).
    expect(condition({ grade: 'SENIOR', education: E.VOCATIONAL, work, fields }).status).toBe('NOT_MET');
  });
});

describe('exceptional routes (seed 003 §5.3, §7.3)', () => {
  const claim = (ground: string, rank: number | null) => ({ exceptionalClaims: [{ ground, rank, title: '获奖证书' }] });
  it.each([
    ['SENIOR', 'NATIONAL_STI_AWARD', 9, 'MET'], ['SENIOR', 'NATIONAL_STI_AWARD', 10, 'NOT_MET'],
    ['PRINCIPAL', 'NATIONAL_STI_AWARD', 5, 'MET'], ['PRINCIPAL', 'NATIONAL_STI_AWARD', 6, 'NOT_MET'],
    ['SENIOR', 'PROVINCIAL_STI_AWARD', 7, 'MET'], ['PRINCIPAL', 'PROVINCIAL_STI_AWARD', 4, 'NOT_MET'],
    ['SENIOR', 'MUNICIPAL_STI_AWARD', 1, 'MET'], ['SENIOR', 'MUNICIPAL_STI_AWARD', 2, 'NOT_MET'], ['PRINCIPAL', 'MUNICIPAL_STI_AWARD', 1, 'NOT_MET'],
    ['PRINCIPAL', 'NATIONAL_TALENT_PROGRAMME', null, 'MET'], ['SENIOR', 'HIGH_SKILL_HONOUR', null, 'MET'], ['ENGINEER', 'NATIONAL_STI_AWARD', 1, 'NOT_MET'],
  ] as const)('%s by %s at rank %s: %s, regardless of education and years', (grade, ground, rank, status) => {
    expect(condition({ grade, education: E.VOCATIONAL, years: 0, fields: claim(ground, rank) }).status).toBe(status);
  });
});

describe('the other basic conditions', () => {
  const activity = (kind: string, minutes: number, yearsAgo = 1) => ({ kind, date: before(yearsAgo), title: '培训', minutes });
  it('averages class hours over five years, one per full 45 minutes (§5.4)', () => {
    // 40 class hours of training (8 a year) and 20 of teaching (4 a year) within five years.
    const exact = { learningActivities: [...Array.from({ length: 40 }, () => activity('TRAINING', 45)), ...Array.from({ length: 20 }, () => activity('TEACHING', 45))] };
    expect(condition({ grade: 'ENGINEER', fields: exact }, 'TRAINING_HOURS')).toMatchObject({ status: 'MET', actual: 8 });
    expect(condition({ grade: 'ENGINEER', fields: exact }, 'TEACHING_HOURS')).toMatchObject({ status: 'MET', actual: 4 });
    // 44-minute sessions are no class hour; activities older than five years do not count.
    const short = { learningActivities: [...Array.from({ length: 40 }, () => activity('TRAINING', 44)), ...Array.from({ length: 20 }, () => activity('TEACHING', 45, 6))] };
    expect(condition({ grade: 'ENGINEER', fields: short }, 'TRAINING_HOURS')).toMatchObject({ status: 'NOT_MET', actual: 0 });
    expect(condition({ grade: 'ENGINEER', fields: short }, 'TEACHING_HOURS')).toMatchObject({ status: 'NOT_MET', actual: 0 });
    expect(condition({ grade: 'INTERN' }, 'TRAINING_HOURS')).toBeUndefined();
  });

  const project = (level: string, role: string) => ({ title: '项目', level, role, completedOn: before(1) });
  it.each([
    ['ASSISTANT', [project('ENTERPRISE', 'PARTICIPANT')], 'MET'], ['ASSISTANT', [], 'NOT_MET'],
    ['SENIOR', [project('PROVINCIAL', 'MAIN_PARTICIPANT')], 'MET'], ['SENIOR', [project('ENTERPRISE', 'LEAD')], 'MET'],
    ['SENIOR', [project('ENTERPRISE', 'SUB_LEAD')], 'NOT_MET'], ['SENIOR', [project('NATIONAL', 'PARTICIPANT')], 'NOT_MET'],
    ['PRINCIPAL', [project('PROVINCIAL', 'SUB_LEAD')], 'MET'], ['PRINCIPAL', [project('PROVINCIAL', 'MAIN_PARTICIPANT')], 'NOT_MET'],
    ['PRINCIPAL', [project('ENTERPRISE', 'LEAD')], 'NOT_MET'], ['PRINCIPAL', [project('ENTERPRISE', 'LEAD'), project('ENTERPRISE', 'LEAD')], 'MET'],
  ] as const)('%s with projects %j: %s (§5.5.2)', (grade, projects, status) => {
    expect(condition({ grade, fields: { projects } }, 'PROJECTS').status).toBe(status);
  });

  it('takes an intern\'s basis of §5.5.1: a and b met, c for the reviewers, none not met', () => {
    expect(condition({ grade: 'INTERN', fields: { internBasis: 'COMPETITION_PRIZE' } }, 'PROJECTS').status).toBe('MET');
    expect(condition({ grade: 'INTERN', fields: { internBasis: 'OTHER_COMPETENCE' } }, 'PROJECTS').status).toBe('NEEDS_REVIEW');
    expect(automotivePlugin.eligibility(dossier({ grade: 'INTERN', fields: { internBasis: 'OTHER_COMPETENCE' } }), AS_OF)).toMatchObject({ status: 'NEEDS_REVIEW', allMet: false });
    expect(condition({ grade: 'INTERN' }, 'PROJECTS').status).toBe('NOT_MET');
  });

  it('asks one research output of a senior and two of a principal in the last five years (§5.6)', () => {
    const output = (yearsAgo: number) => ({ kind: 'PATENT', title: '发明专利', date: before(yearsAgo) });
    expect(condition({ grade: 'SENIOR', fields: { researchOutputs: [output(1)] } }, 'RESEARCH_OUTPUTS')).toMatchObject({ status: 'MET', required: 1, actual: 1 });
    expect(condition({ grade: 'PRINCIPAL', fields: { researchOutputs: [output(1), output(6)] } }, 'RESEARCH_OUTPUTS')).toMatchObject({ status: 'NOT_MET', required: 2, actual: 1 });
    expect(condition({ grade: 'ENGINEER' }, 'RESEARCH_OUTPUTS')).toBeUndefined();
  });

  it('blocks submission without the grade\'s summary of the required length (§5.5.3–5.5.4)', () => {
    const issues = (grade: string, fields: Record<string, unknown>) => automotivePlugin.dossierIssues(dossier({ grade, fields })).map((issue) => issue.code);
    expect(issues('INTERN', {})).toEqual(['REQUIRED']);
    expect(issues('INTERN', { studySummary: '总结' })).toEqual([]);
    expect(issues('ENGINEER', { technicalWorkSummary: '字'.repeat(1999) })).toEqual(['SUMMARY_TOO_SHORT']);
    expect(issues('ENGINEER', { technicalWorkSummary: '字'.repeat(2000) })).toEqual([]);
    expect(issues('SENIOR', { technicalWorkSummary: '字'.repeat(2999) })).toEqual(['SUMMARY_TOO_SHORT']);
    expect(issues('PRINCIPAL', { technicalWorkSummary: ` ${'字'.repeat(3000)} ` })).toEqual([]);
  });
});
