import { ExaminerGrade, GrantRole } from '../../src/entities/enums';
import {
  AssignPaperJudgesDocument, ProceedFromExamToInterviewDocument, PublishWrittenExamStandardDocument, RecordWrittenExamSittingDocument, ScorePaperDocument,
  SetWrittenExamStandardDocument, WrittenExamStandardsByFieldDocument, WrittenExamStandardsDocument, WrittenExamViewDocument,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf, examinerGrantId, examinerOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const STANDARD = {
  passMark: 65,
  outline: '电气工程基础、电力系统分析、继电保护与自动化、工程伦理与法规。',
  references: [{ title: '《电力系统分析》（第四版）', link: null }, { title: '继电保护技术规程', link: 'https://example.test/gb14285' }],
};

/** The stored standard of a society's field, read as the owner (what the API must not have changed). */
const storedStandard = (society: string, field: string) => asOwner(app, async (c) => (await c.query(
  `select w.pass_mark, w.outline, w.published_at from written_exam_standard w join society s on s.id = w.society_id join engineering_field f on f.id = w.field_id
    where s.code = $1 and f.code = $2`, [society, field])).rows[0] ?? null);

describe('written-exam standards are set and published by each society (seed 000 rule 9)', () => {
  it('staff set their own field\'s standard as a draft, publish it, and only then the public sees it', async () => {
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    const set = await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'electrical', input: STANDARD }, asStaff);
    expect(set.data!.setWrittenExamStandard).toMatchObject({ fieldCode: 'ELECTRICAL', passMark: 65, references: STANDARD.references, publishedAt: null });
    expect((await app.gql(WrittenExamStandardsDocument, {}, { society: 'CSEE' })).data!.writtenExamStandards).toEqual([]);

    const published = await app.gql(PublishWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL' }, asStaff);
    expect(published.data!.publishWrittenExamStandard!.publishedAt).not.toBeNull();
    const seen = (await app.gql(WrittenExamStandardsDocument, {}, { society: 'CSEE' })).data!.writtenExamStandards!;
    expect(seen).toMatchObject([{ fieldCode: 'ELECTRICAL', passMark: 65, outline: STANDARD.outline, references: STANDARD.references }]);
    // Another society's public page does not show it.
    expect((await app.gql(WrittenExamStandardsDocument, {}, { society: 'CES' })).data!.writtenExamStandards).toEqual([]);

    // A change goes back to draft: the public keeps seeing nothing until it is published again.
    await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: { ...STANDARD, passMark: 66 } }, asStaff);
    expect((await app.gql(WrittenExamStandardsDocument, {}, { society: 'CSEE' })).data!.writtenExamStandards).toEqual([]);
  });

  it('refuses staff of another society, applicants and a federation admin without a society, and changes nothing', async () => {
    const staff = await staffOf(app, 'CSEE');
    await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: STANDARD }, { token: staff.token, society: 'CSEE' });
    const before = await storedStandard('CSEE', 'ELECTRICAL');
    const other = await staffOf(app, 'CES');
    const applicant = await applicantOf(app, 'CSEE');
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const tampered = { ...STANDARD, passMark: 10, outline: '改过的大纲' };
    const cases: Array<[string, { token: string; society?: string }, string]> = [
      ['staff of CES addressing CSEE', { token: other.token, society: 'CSEE' }, 'SOCIETY_ACCESS_DENIED'],
      ['an applicant of CSEE', { token: applicant.token, society: 'CSEE' }, 'FORBIDDEN'],
      ['a federation admin naming no society', { token: admin.token }, 'SOCIETY_REQUIRED'],
    ];
    for (const [who, as, code] of cases) {
      expect([who, errorOf(await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: tampered }, as))?.code]).toEqual([who, code]);
      expect([who, errorOf(await app.gql(PublishWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL' }, as))?.code]).toEqual([who, code]);
    }
    expect(await storedStandard('CSEE', 'ELECTRICAL')).toEqual(before);
    // Staff of CES writing in their own scope change CES's standard only.
    await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: { ...STANDARD, passMark: 72 } }, { token: other.token, society: 'CES' });
    expect(await storedStandard('CSEE', 'ELECTRICAL')).toEqual(before);
    expect((await storedStandard('CES', 'ELECTRICAL')).pass_mark).toBe(72);
  });

  it('refuses a field the society does not evaluate, an unknown field and a pass mark outside 0–100, writing nothing', async () => {
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    const before = await countRows(app, 'written_exam_standard');
    for (const fieldCode of ['CIVIL', 'NO_SUCH_FIELD']) {
      expect(errorOf(await app.gql(SetWrittenExamStandardDocument, { fieldCode, input: STANDARD }, asStaff))).toEqual({ code: 'FIELD_NOT_OF_SOCIETY', field: 'fieldCode' });
    }
    expect(errorOf(await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: { ...STANDARD, passMark: 101 } }, asStaff)))
      .toEqual({ code: 'NUMBER_OUT_OF_RANGE', field: 'input.passMark' });
    expect(errorOf(await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: { ...STANDARD, references: [{ title: '规程', link: 'javascript:alert(1)' }] } }, asStaff)))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.references[0].link' });
    expect(errorOf(await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: { ...STANDARD, outline: '   ' } }, asStaff)))
      .toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.outline' });
    expect(await countRows(app, 'written_exam_standard')).toBe(before);
  });

  it('shows the federation every society of a field side by side (ELECTRICAL: CES and CSEE), and no one else', async () => {
    const [csee, ces] = [await staffOf(app, 'CSEE'), await staffOf(app, 'CES')];
    await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: { ...STANDARD, passMark: 60 } }, { token: csee.token, society: 'CSEE' });
    await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: { ...STANDARD, passMark: 75 } }, { token: ces.token, society: 'CES' });
    await app.gql(PublishWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL' }, { token: ces.token, society: 'CES' });
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });

    const rows = (await app.gql(WrittenExamStandardsByFieldDocument, { fieldCode: 'ELECTRICAL' }, { token: admin.token })).data!.writtenExamStandardsByField!;
    expect(rows.map(({ societyCode, passMark, published }) => ({ societyCode, passMark, published }))).toEqual([
      { societyCode: 'CES', passMark: 75, published: true },
      { societyCode: 'CSEE', passMark: 60, published: false },
    ]);
    expect(rows.every((row) => typeof row.updatedAt === "string" && row.publishedAt !== undefined)).toBe(true);
    // A field no society has a standard of yet lists its societies with nothing set.
    const hydraulic = (await app.gql(WrittenExamStandardsByFieldDocument, { fieldCode: 'HYDRAULIC' }, { token: admin.token })).data!.writtenExamStandardsByField!;
    expect(hydraulic.map((row) => [row.societyCode, row.passMark, row.published])).toEqual([['CHES', null, false], ['CHINCOLD', null, false], ['CSHE', null, false]]);
    expect(errorOf(await app.gql(WrittenExamStandardsByFieldDocument, { fieldCode: 'NO_SUCH_FIELD' }, { token: admin.token }))).toEqual({ code: 'NOT_FOUND', field: 'fieldCode' });

    for (const as of [{ token: csee.token, society: 'CSEE' }, {}]) {
      const refused = await app.gql(WrittenExamStandardsByFieldDocument, { fieldCode: 'ELECTRICAL' }, as);
      expect(refused.data?.writtenExamStandardsByField ?? null).toBeNull();
      expect(errorOf(refused)?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });
});

describe("an applicant's written exam is judged by the published standard of the application's field", () => {
  it('keeps the society pass mark while the standard is a draft, and uses the field\'s once published', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id } = await completeDossier(app, applicant);
    // The stages before the written exam are tested in their own files.
    await asOwner(app, (c) => c.query(`update application set stage = 'WRITTEN_EXAM', submitted_at = now(), society_member = true where id = $1`, [id]));
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    const versionOf = () => asOwner(app, async (c) => (await c.query('select version from application where id = $1', [id])).rows[0].version as number);
    const judges = await Promise.all(['阅卷甲', '阅卷乙'].map(async (employer) => {
      const account = await loggedIn(app, examinerOf('CSEE', 'ELECTRICAL', ExaminerGrade.FORMAL, employer, ['AUTOMATION']));
      return { grantId: await examinerGrantId(app, account.id), as: { token: account.token, society: 'CSEE' } };
    }));
    await app.gql(AssignPaperJudgesDocument, { input: { applicationId: id, expectedVersion: await versionOf(), examinerIds: judges.map((j) => j.grantId) } }, asStaff);
    const sitting = (await app.gql(RecordWrittenExamSittingDocument, { input: { applicationId: id, heldOn: '2026-11-20', venue: '北京考点', paper: '电气工程综合' } }, asStaff)).data!.recordWrittenExamSitting!;
    for (const judge of judges) await app.gql(ScorePaperDocument, { input: { sittingId: sitting.id!, score: 75 } }, judge.as);

    await app.gql(SetWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL', input: { ...STANDARD, passMark: 80 } }, asStaff);
    expect((await app.gql(WrittenExamViewDocument, { id }, asStaff)).data!.application!.writtenExam).toMatchObject({ average: 75, passMark: 60, passed: true });

    await app.gql(PublishWrittenExamStandardDocument, { fieldCode: 'ELECTRICAL' }, asStaff);
    expect((await app.gql(WrittenExamViewDocument, { id }, asStaff)).data!.application!.writtenExam).toMatchObject({ average: 75, passMark: 80, passed: false });
    const refused = await app.gql(ProceedFromExamToInterviewDocument, { input: { applicationId: id, expectedVersion: await versionOf() } }, asStaff);
    expect(errorOf(refused)?.code).toBe('WRITTEN_EXAM_FAILED');
    expect(await asOwner(app, async (c) => (await c.query('select stage from application where id = $1', [id])).rows[0].stage)).toBe('WRITTEN_EXAM');
  });
});
