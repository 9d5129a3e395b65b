/**
 * Rules of the applicant's guide (seed 000) enforced by the API: each refused with its own code, and each refusal
 * shown to change nothing.
 */
import { ExaminerGrade } from '../../src/entities/enums';
import { GrantRole } from '../../src/entities/enums';
import { chinaToday } from '../../src/workflow/working-day-calendar';
import {
  PublishNoticeDocument, PublicNoticesDocument, RegisteredMemberDocument, SearchRegisterDocument,
  MarkSocietyMembershipDocument, RegisterMemberDocument,
  AssignMaterialReviewersDocument, ProceedToInterviewDocument, ProceedToWrittenExamDocument, SubmitMaterialReviewDocument,
  AssignPaperJudgesDocument, ProceedFromExamToComprehensiveReviewDocument, ProceedFromExamToInterviewDocument, RecordWrittenExamSittingDocument,
  ScorePaperDocument, SetWrittenExamPassMarkDocument,
  ApplicationHistoryDocument, ConcludeComprehensiveReviewDocument, FormReviewGroupDocument, SaveInternationalTitleDocument, TakeSimplifiedPathDocument,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const SOCIETY = 'CSEE';
const stateOf = (id: string) => asOwner(app, async (c) => (await c.query('select stage, version from application where id = $1', [id])).rows[0] as { stage: string; version: number });

/** A complete dossier of a grade, submitted, which the factory moves to a stage (earlier stages have their own tests). */
async function at(stage: string, options: { grade?: string; title?: boolean; member?: boolean | null } = {}) {
  const applicant = await applicantOf(app, SOCIETY);
  const { id, version } = await completeDossier(app, applicant, SOCIETY, { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: options.grade ?? 'PROFESSIONAL' });
  if (options.title) {
    await app.gql(SaveInternationalTitleDocument, { applicationId: id, expectedVersion: version, title: { kind: 'APEC_ENGINEER', number: 'APEC-CN-0001' } }, { token: applicant.token, society: SOCIETY });
  }
  await asOwner(app, (c) => c.query(`update application set stage = $2, submitted_at = now(), accepted_at = now(), society_member = $3 where id = $1`, [id, stage, options.member === undefined ? true : options.member]));
  return { applicant, id };
}

let employerSeq = 0;
async function examiner(grade = ExaminerGrade.FORMAL) {
  employerSeq += 1;
  const account = await loggedIn(app, examinerOf(SOCIETY, 'ELECTRICAL', grade, `考官单位${employerSeq}`, ['AUTOMATION']));
  return { ...account, grantId: await examinerGrantId(app, account.id), as: { token: account.token, society: SOCIETY } };
}

async function staff() {
  const account = await staffOf(app, SOCIETY);
  return { token: account.token, society: SOCIETY };
}

/** Forms a review group of three fresh examiners; answers one member. */
async function reviewGroup(id: string) {
  const members = [await examiner(), await examiner(), await examiner()];
  const formed = await app.gql(FormReviewGroupDocument, { input: { applicationId: id, expectedVersion: (await stateOf(id)).version, examinerIds: members.map((m) => m.grantId) } }, await staff());
  if (formed.errors) throw new Error(JSON.stringify(formed.errors));
  return members[0];
}

describe('rule 1: PROFESSIONAL and SENIOR are assessed at least by material review and interview', () => {
  it.each([
    ['PROFESSIONAL', 'MATERIAL_REVIEW, INTERVIEW'],
    ['SENIOR', 'MATERIAL_REVIEW, INTERVIEW'],
    ['TRAINEE', null],
  ])('a %s applicant without them is registered only if the grade allows (missing: %s)', async (grade, missing) => {
    const { id } = await at('COMPREHENSIVE_REVIEW', { grade });
    const member = await reviewGroup(id);
    const before = await stateOf(id);
    const decided = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: before.version, conclusion: 'REGISTER' } }, member.as);
    if (missing) {
      expect(errorOf(decided)).toEqual({ code: 'MINIMUM_ASSESSMENT_MISSING', field: 'applicationId' });
      expect(decided.errors![0].message).toContain(`尚缺：${missing}`);
      expect(await stateOf(id)).toEqual(before);
      expect(await countRows(app, 'comprehensive_review', 'application_id = $1', [id])).toBe(0);
      expect(await countRows(app, 'application_event', `application_id = $1 and action = 'decideRegister'`, [id])).toBe(0);
    } else {
      expect(decided.errors).toBeUndefined();
    }
  });

  it('counts a recorded interview and a material review; the simplified path excuses only what it recorded as skipped', async () => {
    const asStaff = await staff();
    // Material review and interview on record: registrable.
    const assessed = await at('COMPREHENSIVE_REVIEW');
    const r1 = await examiner();
    await asOwner(app, async (c) => {
      const assignment = (await c.query(`insert into assignment (id, society_id, application_id, examiner_id, kind, chief, assigned_at)
        select gen_random_uuid(), society_id, id, $2, 'MATERIAL_REVIEW', false, now() from application where id = $1 returning id`, [assessed.id, r1.grantId])).rows[0].id;
      await c.query(`insert into material_review (id, society_id, application_id, assignment_id, round, conclusion, supplement_areas, next_assessment, submitted_at)
        select gen_random_uuid(), society_id, id, $2, 1, 'RECOMMEND', '{}', 'INTERVIEW', now() from application where id = $1`, [assessed.id, assignment]);
      await c.query(`insert into interview (id, society_id, application_id, mode, scheduled_at, location, created_at, recorded_at, recorded_by_id, conclusion, questions)
        select gen_random_uuid(), society_id, id, 'ONLINE', now(), '线上', now(), now(), applicant_id, 'PASS', '{}' from application where id = $1`, [assessed.id]);
    });
    const member = await reviewGroup(assessed.id);
    const ok = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: assessed.id, expectedVersion: (await stateOf(assessed.id)).version, conclusion: 'REGISTER' } }, member.as);
    expect(ok.errors).toBeUndefined();

    // The simplified path must name what it skips, and the history keeps it.
    const holder = await at('ACCEPTED', { title: true });
    const noSkips = await app.gql(TakeSimplifiedPathDocument, { input: { applicationId: holder.id, expectedVersion: (await stateOf(holder.id)).version, reason: '持APEC工程师资格', skips: [] } }, asStaff);
    expect(errorOf(noSkips)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.skips' });
    expect((await stateOf(holder.id)).stage).toBe('ACCEPTED');
    await app.gql(TakeSimplifiedPathDocument, { input: { applicationId: holder.id, expectedVersion: (await stateOf(holder.id)).version, reason: '持APEC工程师资格，免于面试', skips: ['INTERVIEW'] } }, asStaff);
    const history = (await app.gql(ApplicationHistoryDocument, { id: holder.id }, asStaff)).data!.application!.history!;
    expect(history[history.length - 1]).toMatchObject({ action: 'simplifiedToComprehensiveReview', reason: '持APEC工程师资格，免于面试', items: ['INTERVIEW'] });
    // It skipped the interview, not the material review: that is still missing.
    const holderMember = await reviewGroup(holder.id);
    const refused = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: holder.id, expectedVersion: (await stateOf(holder.id)).version, conclusion: 'REGISTER' } }, holderMember.as);
    expect(errorOf(refused)).toEqual({ code: 'MINIMUM_ASSESSMENT_MISSING', field: 'applicationId' });
    expect(refused.errors![0].message).toContain('尚缺：MATERIAL_REVIEW（');
    expect(await countRows(app, 'comprehensive_review', 'application_id = $1', [holder.id])).toBe(0);

    const fully = await at('ACCEPTED', { title: true });
    await app.gql(TakeSimplifiedPathDocument, { input: { applicationId: fully.id, expectedVersion: (await stateOf(fully.id)).version, reason: '持APEC工程师资格', skips: ['MATERIAL_REVIEW', 'INTERVIEW'] } }, asStaff);
    const fullyMember = await reviewGroup(fully.id);
    expect((await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: fully.id, expectedVersion: (await stateOf(fully.id)).version, conclusion: 'REGISTER' } }, fullyMember.as)).errors).toBeUndefined();
  });
});

/** Puts a paper before two fresh judges at a new sitting and has them mark it; answers the judges. */
async function sitAndMark(id: string, marks: [number, number], judges?: Array<Awaited<ReturnType<typeof examiner>>>) {
  const asStaff = await staff();
  if (!judges) {
    judges = [await examiner(), await examiner()];
    const assigned = await app.gql(AssignPaperJudgesDocument, { input: { applicationId: id, expectedVersion: (await stateOf(id)).version, examinerIds: judges.map((j) => j.grantId) } }, asStaff);
    if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
  }
  const sitting = (await app.gql(RecordWrittenExamSittingDocument, { input: { applicationId: id, heldOn: '2026-11-20', venue: '北京考点', paper: '电气工程综合' } }, asStaff)).data!.recordWrittenExamSitting!;
  for (const [index, judge] of judges.entries()) await app.gql(ScorePaperDocument, { input: { sittingId: sitting.id!, score: marks[index] } }, judge.as);
  return judges;
}

describe('rule 2: a failed written exam does not proceed to the interview', () => {
  beforeAll(async () => {
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    await app.gql(SetWrittenExamPassMarkDocument, { code: SOCIETY, passMark: 70 }, { token: admin.token });
  });

  it('is refused the interview; a resit (a new sitting) that passes proceeds', async () => {
    const asStaff = await staff();
    const { id } = await at('WRITTEN_EXAM');
    const judges = await sitAndMark(id, [50, 60]);
    const before = await stateOf(id);
    const refused = await app.gql(ProceedFromExamToInterviewDocument, { input: { applicationId: id, expectedVersion: before.version } }, asStaff);
    expect(errorOf(refused)).toEqual({ code: 'WRITTEN_EXAM_FAILED', field: 'applicationId' });
    expect(await stateOf(id)).toEqual(before);
    expect(await countRows(app, 'application_event', `application_id = $1 and action = 'proceedFromExamToInterview'`, [id])).toBe(0);

    await sitAndMark(id, [80, 75], judges);
    const passed = await app.gql(ProceedFromExamToInterviewDocument, { input: { applicationId: id, expectedVersion: (await stateOf(id)).version } }, asStaff);
    expect(passed.data!.proceedFromExamToInterview).toMatchObject({ stage: 'INTERVIEW' });
  });

  it('goes to the comprehensive review as a ground for not registering: the group cannot register on it', async () => {
    const { id } = await at('WRITTEN_EXAM');
    await sitAndMark(id, [40, 55]);
    const sent = await app.gql(ProceedFromExamToComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: (await stateOf(id)).version } }, await staff());
    expect(sent.data!.proceedFromExamToComprehensiveReview).toMatchObject({ stage: 'COMPREHENSIVE_REVIEW' });
    const member = await reviewGroup(id);
    const before = await stateOf(id);
    const register = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: before.version, conclusion: 'REGISTER' } }, member.as);
    // Issue 9: every problem at once — the failed paper first (its code is the error's), then the missing minimum assessments.
    expect(errorOf(register)).toMatchObject({
      code: 'WRITTEN_EXAM_FAILED', field: 'applicationId',
      issues: [
        { code: 'WRITTEN_EXAM_FAILED', field: 'applicationId', message: expect.stringContaining('笔试未通过') },
        { code: 'MINIMUM_ASSESSMENT_MISSING', field: 'applicationId', message: expect.stringContaining('MATERIAL_REVIEW, INTERVIEW') },
      ],
    });
    expect(await stateOf(id)).toEqual(before);
    expect(await countRows(app, 'comprehensive_review', 'application_id = $1', [id])).toBe(0);
    const notRegistered = await app.gql(ConcludeComprehensiveReviewDocument, { input: { applicationId: id, expectedVersion: before.version, conclusion: 'NOT_REGISTER', reasons: '笔试未通过' } }, member.as);
    expect(notRegistered.data!.concludeComprehensiveReview).toMatchObject({ stage: 'NOT_REGISTERED' });
  });
});

/** An accepted application whose two reviewers have recommended the next assessment given. */
async function reviewedRecommending(nextAssessment: 'INTERVIEW' | 'WRITTEN_EXAM' | 'BOTH') {
  const { id } = await at('ACCEPTED');
  const reviewers = [await examiner(), await examiner(ExaminerGrade.TRAINEE)];
  const assigned = await app.gql(AssignMaterialReviewersDocument, { input: { applicationId: id, expectedVersion: (await stateOf(id)).version, examinerIds: reviewers.map((r) => r.grantId) } }, await staff());
  if (assigned.errors) throw new Error(JSON.stringify(assigned.errors));
  for (const reviewer of reviewers) await app.gql(SubmitMaterialReviewDocument, { input: { applicationId: id, conclusion: 'RECOMMEND', nextAssessment } }, reviewer.as);
  return { id, reviewers };
}

describe('rule 3: consolidating into a step the reviewers did not recommend needs a reason, kept in the history', () => {
  it('refuses another step without a reason, and keeps the reason given', async () => {
    const asStaff = await staff();
    const { id } = await reviewedRecommending('INTERVIEW');
    const before = await stateOf(id);
    for (const reason of [undefined, '   ']) {
      const refused = await app.gql(ProceedToWrittenExamDocument, { input: { applicationId: id, expectedVersion: before.version, reason } }, asStaff);
      expect(errorOf(refused)).toEqual({ code: 'CONSOLIDATION_REASON_REQUIRED', field: 'reason' });
      expect(refused.errors![0].message).toContain('proceedToInterview');
      expect(await stateOf(id)).toEqual(before);
      expect(await countRows(app, 'application_event', `application_id = $1 and action = 'proceedToWrittenExam'`, [id])).toBe(0);
    }
    const reason = '本领域专业工程会员须先通过笔试（学会考核办法）';
    const moved = await app.gql(ProceedToWrittenExamDocument, { input: { applicationId: id, expectedVersion: before.version, reason } }, asStaff);
    expect(moved.data!.proceedToWrittenExam).toMatchObject({ stage: 'WRITTEN_EXAM' });
    const history = (await app.gql(ApplicationHistoryDocument, { id }, asStaff)).data!.application!.history!;
    expect(history[history.length - 1]).toMatchObject({ action: 'proceedToWrittenExam', reason });
  });

  it('takes the recommended step without one', async () => {
    const { id } = await reviewedRecommending('INTERVIEW');
    const moved = await app.gql(ProceedToInterviewDocument, { input: { applicationId: id, expectedVersion: (await stateOf(id)).version } }, await staff());
    expect(moved.data!.proceedToInterview).toMatchObject({ stage: 'INTERVIEW' });
  });
});

describe('rule 4: the review group may not be exactly the examiners who assessed, the written-exam judges included', () => {
  it('refuses the reviewers and judges as the group, and takes a group with someone else', async () => {
    const { id } = await at('COMPREHENSIVE_REVIEW');
    const [r1, r2, judge, other] = [await examiner(), await examiner(), await examiner(), await examiner()];
    await asOwner(app, async (c) => {
      for (const [grantId, kind] of [[r1.grantId, 'MATERIAL_REVIEW'], [r2.grantId, 'MATERIAL_REVIEW'], [judge.grantId, 'PAPER_JUDGE']]) {
        await c.query(`insert into assignment (id, society_id, application_id, examiner_id, kind, chief, assigned_at)
          select gen_random_uuid(), society_id, id, $2, $3, false, now() from application where id = $1`, [id, grantId, kind]);
      }
    });
    const asStaff = await staff();
    const before = await stateOf(id);
    const refused = await app.gql(FormReviewGroupDocument, { input: { applicationId: id, expectedVersion: before.version, examinerIds: [r1.grantId, judge.grantId, r2.grantId] } }, asStaff);
    expect(errorOf(refused)).toMatchObject({ code: 'GROUP_SAME_AS_ASSESSORS', field: 'examinerIds' });
    expect(await stateOf(id)).toEqual(before);
    expect(await countRows(app, 'assignment', `application_id = $1 and kind = 'REVIEW_GROUP'`, [id])).toBe(0);
    const formed = await app.gql(FormReviewGroupDocument, { input: { applicationId: id, expectedVersion: before.version, examinerIds: [r1.grantId, judge.grantId, other.grantId] } }, asStaff);
    expect(formed.errors).toBeUndefined();
  });
});

describe('rule 5: society membership is checked before registration and before the simplified path', () => {
  it.each([
    ['TRAINEE', 'society staff'],
    ['PROFESSIONAL', 'the secretariat'],
  ])('refuses to register a non-member %s (by %s) until staff mark the membership granted', async (grade) => {
    const { id } = await at('AWAITING_REGISTRATION', { grade, member: false });
    const registrar = grade === 'TRAINEE' ? await staff() : { token: (await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT })).token };
    const before = await stateOf(id);
    const refused = await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: before.version } }, registrar);
    expect(errorOf(refused)).toEqual({ code: 'NOT_SOCIETY_MEMBER', field: 'societyMember' });
    expect(await stateOf(id)).toEqual(before);
    expect(await countRows(app, 'registration', 'application_id = $1', [id])).toBe(0);

    const marked = await app.gql(MarkSocietyMembershipDocument, { applicationId: id, expectedVersion: before.version, member: true }, await staff());
    expect(marked.errors).toBeUndefined();
    const registered = await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: (await stateOf(id)).version } }, registrar);
    expect(registered.errors).toBeUndefined();
  });

  it('refuses the simplified path to a title holder who is not a member yet', async () => {
    const { id } = await at('ACCEPTED', { title: true, member: false });
    const before = await stateOf(id);
    const refused = await app.gql(TakeSimplifiedPathDocument, { input: { applicationId: id, expectedVersion: before.version, reason: '持APEC工程师资格', skips: ['INTERVIEW'] } }, await staff());
    expect(errorOf(refused)).toEqual({ code: 'NOT_SOCIETY_MEMBER', field: 'societyMember' });
    expect(await stateOf(id)).toEqual(before);
    expect(await countRows(app, 'application_event', `application_id = $1 and action = 'simplifiedToComprehensiveReview'`, [id])).toBe(0);
  });
});

describe('rule 6: registration numbers are given by grade and stay unique across the federation', () => {
  it('carries the grade in the number, and refuses to issue a number already on the register', async () => {
    const secretariat = { token: (await loggedIn(app, { role: GrantRole.FEDERATION_SECRETARIAT })).token };
    const year = new Date().getUTCFullYear();
    const first = await at('AWAITING_REGISTRATION', { grade: 'SENIOR' });
    const issued = await app.gql(RegisterMemberDocument, { input: { applicationId: first.id, expectedVersion: (await stateOf(first.id)).version } }, secretariat);
    expect(issued.data!.registerMember!.registrationNumber).toBe(`CSE-S-${year}-000001`);

    // A number already on the register (say, issued under an earlier format) is never issued again.
    await asOwner(app, (c) => c.query(
      `insert into registration (id, society_id, application_id, member_id, registration_number, name, field_name_zh, field_name_en, grade_name_zh, grade_name_en, valid_from, valid_until, status, confirmed_by_id, registered_at)
       select gen_random_uuid(), society_id, application_id, member_id, $2, name, field_name_zh, field_name_en, grade_name_zh, grade_name_en, valid_from, valid_until, status, confirmed_by_id, registered_at
       from registration where registration_number = $1`, [`CSE-S-${year}-000001`, `CSE-S-${year}-000002`],
    ));
    const second = await at('AWAITING_REGISTRATION', { grade: 'SENIOR' });
    const before = await stateOf(second.id);
    const refused = await app.gql(RegisterMemberDocument, { input: { applicationId: second.id, expectedVersion: before.version } }, secretariat);
    expect(errorOf(refused)).toEqual({ code: 'REGISTRATION_NUMBER_TAKEN' });
    expect(await stateOf(second.id)).toEqual(before);
    expect(await countRows(app, 'registration', 'application_id = $1', [second.id])).toBe(0);
    // The refusal consumed no number of the sequence (it rolled back with the rest).
    expect(await asOwner(app, async (c) => (await c.query(`select last_value from registration_sequence where year = $1 and grade = 'S'`, [year])).rows[0].last_value)).toBe(1);
  });
});

describe('rule 10: the public notice and the register are bilingual', () => {
  /** An application the review group decided to register; without the pinyin of the name when asked (legacy data). */
  async function decidedToRegister(withoutPinyin = false) {
    const { id } = await at('COMPREHENSIVE_REVIEW');
    await asOwner(app, async (c) => {
      await c.query(`insert into comprehensive_review (id, society_id, application_id, conclusion, decided_by_id, decided_at)
                     select gen_random_uuid(), society_id, id, 'REGISTER', applicant_id, now() from application where id = $1`, [id]);
      if (withoutPinyin) await c.query(`update application set name_pinyin = null where id = $1`, [id]);
    });
    return id;
  }

  it('refuses a notice for an applicant without the pinyin of the name, and shows English names and pinyin', async () => {
    const asStaff = await staff();
    const [bare, ready] = [await decidedToRegister(true), await decidedToRegister()];
    const refusedInput = { title: '2026年第三批', startsOn: chinaToday(), workingDays: 5, applications: [] as Array<{ applicationId: string; expectedVersion: number }> };
    for (const id of [ready, bare]) refusedInput.applications.push({ applicationId: id, expectedVersion: (await stateOf(id)).version });
    const [bareBefore, readyBefore] = [await stateOf(bare), await stateOf(ready)];
    const refused = await app.gql(PublishNoticeDocument, { input: refusedInput }, asStaff);
    expect(errorOf(refused)).toEqual({ code: 'NAME_PINYIN_MISSING', field: 'basicInformation.namePinyin' });
    expect([await stateOf(bare), await stateOf(ready)]).toEqual([bareBefore, readyBefore]);
    expect(await countRows(app, 'public_notice', `title = '2026年第三批'`)).toBe(0);

    const published = await app.gql(PublishNoticeDocument, { input: { ...refusedInput, applications: [{ applicationId: ready, expectedVersion: readyBefore.version }] } }, asStaff);
    expect(published.errors).toBeUndefined();
    const entries = (await app.gql(PublicNoticesDocument, undefined, { society: SOCIETY })).data!.publicNotices!.flatMap((n) => n.entries);
    expect(entries.find((entry) => entry.applicationId === ready)).toMatchObject({
      name: '张伟', namePinyin: 'Zhang Wei', field: '电气工程类', fieldEn: 'Electrical Engineering', grade: '专业工程会员', gradeEn: 'Professional Engineering Member',
    });
  });

  it('refuses to register without the pinyin, and the register answers in English and by pinyin', async () => {
    const registrar = await staff();
    const { id } = await at('AWAITING_REGISTRATION', { grade: 'TRAINEE' });
    await asOwner(app, (c) => c.query(`update application set name_pinyin = null where id = $1`, [id]));
    const before = await stateOf(id);
    const refused = await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: before.version } }, registrar);
    expect(errorOf(refused)).toEqual({ code: 'NAME_PINYIN_MISSING', field: 'basicInformation.namePinyin' });
    expect(await stateOf(id)).toEqual(before);
    expect(await countRows(app, 'registration', 'application_id = $1', [id])).toBe(0);

    await asOwner(app, (c) => c.query(`update application set name_pinyin = 'Li Na', name = '李娜' where id = $1`, [id]));
    const number = (await app.gql(RegisterMemberDocument, { input: { applicationId: id, expectedVersion: before.version } }, registrar)).data!.registerMember!.registrationNumber;
    expect((await app.gql(RegisteredMemberDocument, { registrationNumber: number })).data!.registeredMember).toMatchObject({
      name: '李娜', namePinyin: 'Li Na', fieldEn: 'Electrical Engineering', gradeEn: 'Trainee Engineering Member',
    });
    expect((await app.gql(SearchRegisterDocument, { name: 'li na' })).data!.searchRegister.map((m) => m.registrationNumber)).toEqual([number]);
  });
});
