import { ExaminerGrade } from '../entities/enums';

/** An examiner as the composition rules see one. */
export interface CandidateExaminer {
  grantId: string;
  /** The person holding the grant: every rule counts people, so two grants of one person are one examiner. */
  accountId: string;
  grade: ExaminerGrade;
  fieldId: string;
  specialtyCodes: readonly string[];
  employer?: string | null;
}

/** The application an assessment is composed for. */
export interface AssessedApplication {
  fieldId: string;
  specialtyCode: string;
  employer?: string | null;
  /** Examiners who declared a conflict of interest with this applicant. */
  conflictedGrantIds: ReadonlySet<string>;
  /** The people behind those grants: a conflict binds the person, whichever of their grants is named later. */
  conflictedAccountIds?: ReadonlySet<string>;
  /**
   * Enterprise channel: the people of the recommending enterprise — whoever holds (or held) one of its grants
   * (admin, recommender) and whoever created the redeemed code. None of them assesses its recommendee.
   */
  recommendingAccountIds?: ReadonlySet<string>;
  /** The recommending enterprise's name and unified social credit code: an examiner whose employer is either is recused. */
  recommendingEnterprise?: { name: string; creditCode?: string | null } | null;
}

/** One broken rule, with its own code and the input it concerns. */
export interface CompositionViolation {
  code: string;
  field: string;
  messageZh: string;
  messageEn: string;
}

/** Bounds from the guide (seed 000 "考核", "综合审议"). */
export const COMPOSITION = {
  materialReviewersMin: 2,
  paperJudgesMin: 2,
  panelMin: 2,
  panelMax: 3,
  reviewGroupMin: 3,
} as const;

const v = (code: string, field: string, messageZh: string, messageEn: string): CompositionViolation => ({ code, field, messageZh, messageEn });

/** The distinct people among examiners. */
export function distinctPeople(examiners: readonly CandidateExaminer[]): number {
  return new Set(examiners.map((examiner) => examiner.accountId)).size;
}

/** A person named twice is the most specific thing wrong with a set (it also makes the set look too small): said first. */
function duplicatesFirst(violations: CompositionViolation[]): CompositionViolation[] {
  return [...violations.filter((violation) => violation.code === 'DUPLICATE_EXAMINER'), ...violations.filter((violation) => violation.code !== 'DUPLICATE_EXAMINER')];
}

function normalizeEmployer(employer: string | null | undefined): string {
  return (employer ?? '').replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

/** Why an examiner must not assess an applicant (回避, seed 003 §10.1.2), or undefined. */
export function recusalReason(examiner: CandidateExaminer, application: AssessedApplication): 'SAME_EMPLOYER' | 'CONFLICT_DECLARED' | 'RECOMMENDED_BY_OWN_ENTERPRISE' | undefined {
  if (application.conflictedGrantIds.has(examiner.grantId) || application.conflictedAccountIds?.has(examiner.accountId)) return 'CONFLICT_DECLARED';
  const own = normalizeEmployer(examiner.employer);
  if (application.recommendingAccountIds?.has(examiner.accountId)) return 'RECOMMENDED_BY_OWN_ENTERPRISE';
  const enterprise = application.recommendingEnterprise;
  if (own !== '' && enterprise && [enterprise.name, enterprise.creditCode].some((known) => own === normalizeEmployer(known))) return 'RECOMMENDED_BY_OWN_ENTERPRISE';
  if (own !== '' && own === normalizeEmployer(application.employer)) return 'SAME_EMPLOYER';
  return undefined;
}

/** Rules every assessor set shares: distinct people, the applicant's field, nobody recused. */
function commonViolations(examiners: readonly CandidateExaminer[], application: AssessedApplication, field: string): CompositionViolation[] {
  const violations: CompositionViolation[] = [];
  // One person named twice (the same grant, or two grants of theirs) is one examiner, never two.
  if (distinctPeople(examiners) !== examiners.length) {
    violations.push(v('DUPLICATE_EXAMINER', field, '同一考官不能重复指派', 'An examiner is named twice'));
  }
  for (const [index, examiner] of examiners.entries()) {
    if (examiner.fieldId !== application.fieldId) {
      violations.push(v('EXAMINER_OTHER_FIELD', `${field}[${index}]`, '考官须与申请人属同一工程技术领域', "The examiner is not of the applicant's field"));
    }
    const reason = recusalReason(examiner, application);
    if (reason) violations.push(v(`EXAMINER_RECUSED_${reason}`, `${field}[${index}]`, '该考官须回避', `The examiner must recuse (${reason})`));
  }
  return violations;
}

/** Material review: at least 2 examiners of the field, any grade, none recused. */
export function materialReviewViolations(reviewers: readonly CandidateExaminer[], application: AssessedApplication): CompositionViolation[] {
  const violations = commonViolations(reviewers, application, 'examinerIds');
  if (distinctPeople(reviewers) < COMPOSITION.materialReviewersMin) {
    violations.unshift(v('REVIEWERS_TOO_FEW', 'examinerIds', `材料审查须至少 ${COMPOSITION.materialReviewersMin} 名考官`, `Material review needs at least ${COMPOSITION.materialReviewersMin} examiners`));
  }
  return duplicatesFirst(violations);
}

/** Written exam: each paper is judged by at least 2 examiners of the field, none recused. */
export function paperJudgeViolations(judges: readonly CandidateExaminer[], application: AssessedApplication): CompositionViolation[] {
  const violations = commonViolations(judges, application, 'examinerIds');
  if (distinctPeople(judges) < COMPOSITION.paperJudgesMin) {
    violations.unshift(v('JUDGES_TOO_FEW', 'examinerIds', `笔试试卷须由至少 ${COMPOSITION.paperJudgesMin} 名考官评判`, `Each paper needs at least ${COMPOSITION.paperJudgesMin} judges`));
  }
  return duplicatesFirst(violations);
}

/** Interview panel: 2–3 examiners of the field, at least one FORMAL, one whose specialty matches, a FORMAL chief on the panel. */
export function interviewPanelViolations(panel: readonly CandidateExaminer[], chiefGrantId: string, application: AssessedApplication): CompositionViolation[] {
  const violations = commonViolations(panel, application, 'examinerIds');
  if (distinctPeople(panel) < COMPOSITION.panelMin || panel.length > COMPOSITION.panelMax) {
    violations.unshift(v('PANEL_SIZE', 'examinerIds', '面试考核组须由 2–3 名考官组成', 'An interview panel has 2 or 3 examiners'));
  }
  if (!panel.some((examiner) => examiner.grade === ExaminerGrade.FORMAL)) {
    violations.push(v('PANEL_NO_FORMAL', 'examinerIds', '面试考核组须至少有 1 名正式考官', 'The panel needs at least one FORMAL examiner'));
  }
  if (!panel.some((examiner) => examiner.specialtyCodes.includes(application.specialtyCode))) {
    violations.push(v('PANEL_NO_SPECIALTY_MATCH', 'examinerIds', '面试考核组须至少有 1 名与申请人专业相近的考官', "The panel needs an examiner of the applicant's specialty"));
  }
  const chief = panel.find((examiner) => examiner.grantId === chiefGrantId);
  if (!chief) violations.push(v('CHIEF_NOT_ON_PANEL', 'chiefId', '主面试官须为面试考核组成员', 'The chief must be on the panel'));
  else if (chief.grade !== ExaminerGrade.FORMAL) violations.push(v('CHIEF_NOT_FORMAL', 'chiefId', '主面试官须为正式考官', 'The chief must be a FORMAL examiner'));
  return duplicatesFirst(violations);
}

/**
 * Comprehensive review: at least 3 examiners, not exactly the people who assessed the applicant.
 * `assessorAccountIds` are the people (account ids) who assessed, whichever grants they were assigned through.
 */
export function reviewGroupViolations(group: readonly CandidateExaminer[], assessorAccountIds: ReadonlySet<string>, application: AssessedApplication): CompositionViolation[] {
  const violations = commonViolations(group, application, 'examinerIds');
  if (distinctPeople(group) < COMPOSITION.reviewGroupMin) {
    violations.unshift(v('GROUP_TOO_SMALL', 'examinerIds', `综合审议组须至少 ${COMPOSITION.reviewGroupMin} 名考官`, `A review group has at least ${COMPOSITION.reviewGroupMin} examiners`));
  }
  const people = new Set(group.map((examiner) => examiner.accountId));
  if (people.size === assessorAccountIds.size && [...people].every((id) => assessorAccountIds.has(id))) {
    violations.push(v('GROUP_SAME_AS_ASSESSORS', 'examinerIds', '综合审议组不能与考核考官完全相同', 'The review group must not be exactly the examiners who assessed the applicant'));
  }
  return duplicatesFirst(violations);
}
