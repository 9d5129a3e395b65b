import { ExaminerGrade } from '../../src/entities/enums';
import {
  interviewPanelViolations, materialReviewViolations, paperJudgeViolations, recusalReason, reviewGroupViolations, type AssessedApplication, type CandidateExaminer,
} from '../../src/workflow/composition-rules';

const FIELD = 'field-electrical';
const examiner = (grantId: string, overrides: Partial<CandidateExaminer> = {}): CandidateExaminer => ({
  grantId, accountId: grantId, grade: ExaminerGrade.FORMAL, fieldId: FIELD, specialtyCodes: ['AUTOMATION'], employer: `单位${grantId}`, ...overrides,
});
const application: AssessedApplication = { fieldId: FIELD, specialtyCode: 'AUTOMATION', employer: '国网北京市电力公司', conflictedGrantIds: new Set(['conflicted']) };
const codes = (violations: Array<{ code: string }>) => violations.map((violation) => violation.code);

describe('recusal', () => {
  it.each([
    ['the same employer, whatever the spacing and brackets', examiner('x', { employer: ' 国网北京市电力公司 ' }), 'SAME_EMPLOYER'],
    ['a declared conflict', examiner('conflicted'), 'CONFLICT_DECLARED'],
    ['a recommendation by their own enterprise', examiner('recommender'), 'RECOMMENDED_BY_OWN_ENTERPRISE'],
    ['employed by the recommending enterprise', examiner('employee', { employer: '中国电力建设集团（有限公司）' }), 'RECOMMENDED_BY_OWN_ENTERPRISE'],
    ['employed there, named by its credit code', examiner('coded', { employer: ' 91110000717825966f ' }), 'RECOMMENDED_BY_OWN_ENTERPRISE'],
    ['nothing in common', examiner('free'), undefined],
    ['an examiner without employer', examiner('none', { employer: null }), undefined],
  ])('%s', (_case, candidate, reason) => {
    expect(recusalReason(candidate, { ...application, recommendingAccountIds: new Set(['recommender']), recommendingEnterprise: { name: '中国电力建设集团(有限公司)', creditCode: '91110000717825966F' } })).toBe(reason);
  });
});

describe('material review', () => {
  it.each([
    ['two examiners of the field', [examiner('a'), examiner('b', { grade: ExaminerGrade.TRAINEE })], []],
    ['one reviewer', [examiner('a')], ['REVIEWERS_TOO_FEW']],
    ['the same examiner twice', [examiner('a'), examiner('a')], ['DUPLICATE_EXAMINER', 'REVIEWERS_TOO_FEW']],
    ['an examiner of another field', [examiner('a'), examiner('b', { fieldId: 'other' })], ['EXAMINER_OTHER_FIELD']],
    ['a same-employer examiner', [examiner('a'), examiner('b', { employer: '国网北京市电力公司' })], ['EXAMINER_RECUSED_SAME_EMPLOYER']],
    ['an examiner who declared a conflict', [examiner('a'), examiner('conflicted')], ['EXAMINER_RECUSED_CONFLICT_DECLARED']],
  ])('%s', (_case, reviewers, expected) => {
    expect(codes(materialReviewViolations(reviewers, application))).toEqual(expected);
  });
});

describe('interview panel', () => {
  it.each([
    ['2 with a FORMAL chief and a specialty match', [examiner('a'), examiner('b', { grade: ExaminerGrade.TRAINEE, specialtyCodes: ['OTHER'] })], 'a', []],
    ['3 examiners', [examiner('a'), examiner('b'), examiner('c')], 'a', []],
    ['4 panelists', [examiner('a'), examiner('b'), examiner('c'), examiner('d')], 'a', ['PANEL_SIZE']],
    ['1 panelist', [examiner('a')], 'a', ['PANEL_SIZE']],
    ['no FORMAL examiner', [examiner('a', { grade: ExaminerGrade.TRAINEE }), examiner('b', { grade: ExaminerGrade.TRAINEE })], 'a', ['PANEL_NO_FORMAL', 'CHIEF_NOT_FORMAL']],
    ['a TRAINEE chief', [examiner('a'), examiner('b', { grade: ExaminerGrade.TRAINEE })], 'b', ['CHIEF_NOT_FORMAL']],
    ['a chief off the panel', [examiner('a'), examiner('b')], 'z', ['CHIEF_NOT_ON_PANEL']],
    ['nobody of the specialty', [examiner('a', { specialtyCodes: ['OTHER'] }), examiner('b', { specialtyCodes: ['OTHER'] })], 'a', ['PANEL_NO_SPECIALTY_MATCH']],
    ['a same-employer panelist', [examiner('a'), examiner('b', { employer: '国网北京市电力公司' })], 'a', ['EXAMINER_RECUSED_SAME_EMPLOYER']],
  ])('%s', (_case, panel, chief, expected) => {
    expect(codes(interviewPanelViolations(panel, chief, application))).toEqual(expected);
  });
});

describe('review group', () => {
  const assessors = new Set(['a', 'b', 'c']);
  it.each([
    ['3 examiners sharing some assessors', [examiner('a'), examiner('b'), examiner('d')], []],
    ['3 new examiners', [examiner('d'), examiner('e'), examiner('f')], []],
    ['exactly the assessors', [examiner('c'), examiner('a'), examiner('b')], ['GROUP_SAME_AS_ASSESSORS']],
    ['2 examiners', [examiner('d'), examiner('e')], ['GROUP_TOO_SMALL']],
  ])('%s', (_case, group, expected) => {
    expect(codes(reviewGroupViolations(group, assessors, application))).toEqual(expected);
  });
});

// Two grants of one person (possible before the one-active-grant index, and across a revocation and a new grant)
// are one examiner: every rule counts people.
describe('two grants of one person', () => {
  const first = examiner('grant-1', { accountId: 'zhang' });
  const second = examiner('grant-2', { accountId: 'zhang' });
  it.each([
    ['material review', () => materialReviewViolations([first, second], application), ['DUPLICATE_EXAMINER', 'REVIEWERS_TOO_FEW']],
    ['paper judges', () => paperJudgeViolations([first, second], application), ['DUPLICATE_EXAMINER', 'JUDGES_TOO_FEW']],
    ['interview panel', () => interviewPanelViolations([first, second], 'grant-1', application), ['DUPLICATE_EXAMINER', 'PANEL_SIZE']],
    ['review group', () => reviewGroupViolations([first, second, examiner('c')], new Set(['a']), application), ['DUPLICATE_EXAMINER', 'GROUP_TOO_SMALL']],
  ])('are refused as one examiner in the %s', (_case, violations, expected) => {
    expect(codes(violations())).toEqual(expected);
  });

  it('a review group of the assessors through other grants is still the same people', () => {
    const group = [examiner('a2', { accountId: 'a' }), examiner('b2', { accountId: 'b' }), examiner('c2', { accountId: 'c' })];
    expect(codes(reviewGroupViolations(group, new Set(['a', 'b', 'c']), application))).toEqual(['GROUP_SAME_AS_ASSESSORS']);
  });

  it("a conflict declared through one grant recuses the person's other grant", () => {
    expect(recusalReason(second, { ...application, conflictedGrantIds: new Set(['grant-1']), conflictedAccountIds: new Set(['zhang']) })).toBe('CONFLICT_DECLARED');
  });
});
