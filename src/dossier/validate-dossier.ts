import { pluginForField } from '../categories/registry';
import { EducationLevel, FilePurpose } from '../entities/enums';
import type { Dossier } from './dossier';
import { blocking, warning, type DossierIssue } from './dossier-issue';
import { DOSSIER_LIMITS, FILE_RULES } from './dossier-limits';

const BASIC_REQUIRED: ReadonlyArray<[keyof Dossier['application'], string, string]> = [
  ['name', '姓名', 'name'],
  ['namePinyin', '姓名拼音', 'name in pinyin'],
  ['idNumber', '身份证件号码', 'ID number'],
  ['birthDate', '出生日期', 'date of birth'],
  ['mailingAddress', '通讯地址', 'mailing address'],
  ['mobile', '手机号码', 'mobile number'],
  ['email', '电子邮箱', 'email'],
  ['employer', '工作单位', 'employer'],
];

const FILE_LABELS: Record<FilePurpose, [string, string]> = {
  [FilePurpose.PHOTO]: ['照片', 'photo'],
  [FilePurpose.ID_COPY]: ['身份证复印件（正反面）', 'ID card copy (both sides)'],
  [FilePurpose.DEGREE_EVIDENCE]: ['学历学位证明（含学信网认证或境外学历认证）', 'degree evidence (with CHSI or overseas verification)'],
  [FilePurpose.ORG_CHART]: ['组织结构图', 'organisation chart'],
  [FilePurpose.EVIDENCE]: ['佐证材料', 'evidence'],
  [FilePurpose.PLEDGE]: ['签字的工程会员承诺书', 'signed pledge'],
  [FilePurpose.TITLE_PROOF]: ['国际工程师资格证明', 'international title proof'],
  [FilePurpose.SUPPLEMENT]: ['补充材料', 'supplement'],
  [FilePurpose.CPD_EVIDENCE]: ['持续职业发展佐证材料', 'CPD evidence'],
};

/** The career plan's horizons (seed 000: 短期 1–3 年、中期 3–7 年、长期 7–10 年), each one required. */
const CAREER_PLAN_HORIZONS: ReadonlyArray<[keyof Dossier['application'], string, string]> = [
  ['careerPlanShortTerm', '短期（1–3 年）', 'short term (1–3 years)'],
  ['careerPlanMidTerm', '中期（3–7 年）', 'mid term (3–7 years)'],
  ['careerPlanLongTerm', '长期（7–10 年）', 'long term (7–10 years)'],
];

/** Counts characters as a reader does: code points, not UTF-16 units, ignoring whitespace. */
export function countCharacters(text: string | null | undefined): number {
  return [...(text ?? '').replace(/\s+/g, '')].length;
}

/** Everything that still blocks submission (and warnings), each with a code and a field path, for the applicant's checklist. */
export function validateDossier(dossier: Dossier): DossierIssue[] {
  const { application } = dossier;
  const issues: DossierIssue[] = [];
  for (const [key, zh, en] of BASIC_REQUIRED) {
    const value = application[key];
    if (value === undefined || value === null || value === '') {
      issues.push(blocking('REQUIRED', `basicInformation.${String(key)}`, `请填写${zh}`, `Fill in the ${en}`));
    }
  }
  if (dossier.education.length === 0) {
    issues.push(blocking('REQUIRED', 'education', '请填写教育经历（自高中起）', 'Add your education, from senior high school on'));
  } else {
    if (dossier.education[0].level !== EducationLevel.SENIOR_HIGH) {
      issues.push(blocking('EDUCATION_FROM_SENIOR_HIGH', 'education[0]', '教育经历应从高中阶段填起', 'Education starts with senior high school'));
    }
    if (!dossier.education.some((entry) => entry.qualifying)) {
      issues.push(blocking('QUALIFYING_DEGREE_MISSING', 'education', '请标注作为申请依据的学历（学位）', 'Mark the qualifying degree'));
    }
  }
  if (dossier.workHistory.length === 0) {
    issues.push(blocking('REQUIRED', 'workHistory', '请填写工作经历', 'Add your work history'));
  }
  const characters = countCharacters(application.selfStatement);
  if (characters === 0) {
    issues.push(blocking('REQUIRED', 'selfStatement', '请填写素质能力要求达成情况自述', 'Write the competency self-statement'));
  } else if (characters < DOSSIER_LIMITS.selfStatementRecommended.min || characters > DOSSIER_LIMITS.selfStatementRecommended.max) {
    const { min, max } = DOSSIER_LIMITS.selfStatementRecommended;
    issues.push(warning('SELF_STATEMENT_LENGTH', 'selfStatement', `自述现为 ${characters} 字，建议 ${min}–${max} 字`, `The statement has ${characters} characters; ${min}–${max} are recommended`));
  }
  for (const [key, zh, en] of CAREER_PLAN_HORIZONS) {
    if (!application[key]) {
      issues.push(blocking('CAREER_PLAN_REQUIRED', `selfStatement.${String(key)}`, `请填写${zh}职业发展规划`, `Write the ${en} career plan`));
    }
  }
  if (dossier.claims.length === 0) {
    issues.push(warning('NO_COMPETENCY_CLAIMS', 'competencyClaims', '自述尚未标注所证明的素质能力要求（如 A3）', 'No passage is linked to a competency item yet (e.g. A3)'));
  }
  for (const [purpose, rule] of Object.entries(FILE_RULES) as Array<[FilePurpose, (typeof FILE_RULES)[FilePurpose]]>) {
    const required = rule.required || (purpose === FilePurpose.TITLE_PROOF && application.internationalTitleKind !== undefined && application.internationalTitleKind !== null);
    if (required && !dossier.files.some((file) => file.purpose === purpose)) {
      const [zh, en] = FILE_LABELS[purpose];
      issues.push(blocking('FILE_REQUIRED', `files.${purpose}`, `请上传${zh}`, `Upload the ${en}`));
    }
  }
  // The degree must be verified: the CHSI record screenshot or the overseas degree certification (seed 000).
  const degreeEvidence = dossier.files.filter((file) => file.purpose === FilePurpose.DEGREE_EVIDENCE);
  if (degreeEvidence.length > 0 && !degreeEvidence.some((file) => file.degreeEvidenceKind)) {
    issues.push(blocking(
      'DEGREE_VERIFICATION_REQUIRED', `files.${FilePurpose.DEGREE_EVIDENCE}`,
      '请上传学信网查询结果截图或留学服务中心出具的国（境）外学历学位认证书，并标注其类型',
      'Upload the CHSI record screenshot or the overseas degree certification, marked as such',
    ));
  }
  return [...issues, ...pluginForField(dossier.fieldCode).dossierIssues(dossier)];
}
