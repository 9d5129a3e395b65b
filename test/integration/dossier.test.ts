import { createHash } from 'node:crypto';
import { GrantRole } from '../../src/entities/enums';
import {
  ApplicationChecklistDocument, ApplicationDocument, AttachFileDocument, PinyinOfDocument, SaveAchievementsDocument, SaveBasicInformationDocument,
  SaveCompetencyClaimsDocument, SaveEducationDocument, SaveCategoryFieldsDocument, SaveSelfStatementDocument, SaveWorkHistoryDocument,
  StartApplicationDocument, SubmitApplicationDocument, type StartApplicationInput,
} from '../generated/operations';
import { applicantOf, completeDossier, download, SAMPLE_FILES, staffOf, upload, VALID_ID_NUMBER } from '../helpers/dossier';
import { asOwner, countRows, createAccount, errorOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

let app: TestApp;
let small: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  small = await startTestApp({ FILE_MAX_BYTES: '1024' });
});
afterAll(async () => {
  await app.close();
  await small.close();
});

const CHOICE: StartApplicationInput = { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'PROFESSIONAL', channel: 'INDIVIDUAL' };

async function draft(applicant: { token: string }, society = 'CSEE') {
  const started = await app.gql(StartApplicationDocument, { input: CHOICE }, { token: applicant.token, society });
  if (!started.data?.startApplication) throw new Error(JSON.stringify(started.errors));
  return { id: started.data.startApplication.id!, version: started.data.startApplication.version! };
}

const snapshot = (id: string) =>
  asOwner(app, async (c) => ({
    application: (await c.query('select version, name, id_number, mobile, self_statement from application where id = $1', [id])).rows[0],
    education: Number((await c.query('select count(*) from education_entry where application_id = $1', [id])).rows[0].count),
    work: Number((await c.query('select count(*) from work_history_entry where application_id = $1', [id])).rows[0].count),
    achievements: Number((await c.query('select count(*) from achievement where application_id = $1', [id])).rows[0].count),
    claims: Number((await c.query('select count(*) from competency_claim where application_id = $1', [id])).rows[0].count),
  }));

describe('starting an application', () => {
  it('opens a draft in the request society, with the name and its pinyin offered from the account', async () => {
    const account = await createAccount(app, { displayName: '欧阳娜娜', grants: [{ role: GrantRole.APPLICANT, society: 'CSEE' }] });
    const token = await account.login();
    const started = await app.gql(StartApplicationDocument, { input: CHOICE }, { token, society: 'CSEE' });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startApplication).toMatchObject({ stage: 'DRAFT', version: 1, basicInformation: { name: '欧阳娜娜', namePinyin: 'Ouyang Nana', email: account.email } });
    expect((await app.gql(PinyinOfDocument, { name: '单雄信' })).data?.pinyinOf).toBe('Shan Xiongxin');
  });

  it.each([
    ['a field the society does not evaluate', { ...CHOICE, fieldCode: 'AUTOMOTIVE', specialtyCode: 'MANUFACTURING' }, 'applicant', { code: 'BAD_USER_INPUT', field: 'input.fieldCode' }],
    ['a specialty of another field', { ...CHOICE, specialtyCode: 'STRUCTURAL' }, 'applicant', { code: 'BAD_USER_INPUT', field: 'input.specialtyCode' }],
    ['a grade not on the ladder', { ...CHOICE, gradeCode: 'PRINCIPAL' }, 'applicant', { code: 'BAD_USER_INPUT', field: 'input.gradeCode' }],
    ['the enterprise channel without a code', { ...CHOICE, channel: 'ENTERPRISE' as const }, 'applicant', { code: 'PRE_APPLICATION_REQUIRED', field: 'input.channel' }],
    ['someone who is not an applicant of the society', CHOICE, 'staff', { code: 'FORBIDDEN' }],
    ['a barred person', CHOICE, 'barred', { code: 'APPLICANT_BARRED' }],
    ['a second open application in the same society', CHOICE, 'twice', { code: 'ALREADY_EXISTS', field: 'input' }],
  ])('refuses %s and creates nothing', async (_case, input, who, expected) => {
    let token: string;
    if (who === 'staff') token = (await staffOf(app, 'CSEE')).token;
    else {
      const applicant = await applicantOf(app, 'CSEE');
      token = applicant.token;
      if (who === 'barred') await asOwner(app, (c) => c.query(`update account set barred_at = now(), barred_reason = '提供虚假材料' where id = $1`, [applicant.id]));
      if (who === 'twice') await draft(applicant);
    }
    const before = await countRows(app, 'application');
    const result = await app.gql(StartApplicationDocument, { input }, { token, society: 'CSEE' });
    expect(errorOf(result)).toEqual(expected);
    expect(await countRows(app, 'application')).toBe(before);
  });

  it('allows one open application per society, and another society at the same time', async () => {
    const account = await createAccount(app, { grants: [{ role: GrantRole.APPLICANT, society: 'CSEE' }, { role: GrantRole.APPLICANT, society: 'CES' }] });
    const token = await account.login();
    await draft({ token }, 'CSEE');
    expect((await app.gql(StartApplicationDocument, { input: CHOICE }, { token, society: 'CES' })).errors).toBeUndefined();
  });
});

describe('saving the dossier section by section', () => {
  it('persists each save at once and moves the version', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await draft(applicant);
    const saved = await app.gql(SaveBasicInformationDocument, { applicationId: id, expectedVersion: version, input: { name: '王建国', mobile: '138 0013 8000' } }, { token: applicant.token, society: 'CSEE' });
    expect(saved.data!.saveBasicInformation).toMatchObject({ version: version + 1, basicInformation: { name: '王建国', namePinyin: 'Wang Jianguo', mobile: '13800138000' } });
    // Only what was sent changes: the email offered at start stays.
    const again = await app.gql(SaveBasicInformationDocument, { applicationId: id, expectedVersion: version + 1, input: { namePinyin: 'WANG Jianguo', idNumber: VALID_ID_NUMBER.toLowerCase() } }, { token: applicant.token, society: 'CSEE' });
    expect(again.data!.saveBasicInformation!.basicInformation).toMatchObject({ name: '王建国', namePinyin: 'WANG Jianguo', idNumber: VALID_ID_NUMBER, email: applicant.email });
  });

  it('keeps a long pasted statement exactly and reports its length against the recommendation', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await draft(applicant);
    const text = '第一段：自2010年起……\n\n第二段：（A3）负责……';
    const saved = await app.gql(SaveSelfStatementDocument, { applicationId: id, expectedVersion: version, text }, { token: applicant.token, society: 'CSEE' });
    expect(saved.data!.saveSelfStatement!.selfStatement).toEqual({ characterCount: 25, withinRecommendation: false });
    const view = await app.gql(ApplicationDocument, { id }, { token: applicant.token, society: 'CSEE' });
    expect(view.data!.application!.selfStatement).toMatchObject({ text, recommendedMin: 3000, recommendedMax: 5000 });
    const checklist = await app.gql(ApplicationChecklistDocument, { id }, { token: applicant.token, society: 'CSEE' });
    expect(checklist.data!.application!.validation!.issues).toContainEqual(expect.objectContaining({ code: 'SELF_STATEMENT_LENGTH', field: 'selfStatement', severity: 'WARNING' }));
  });

  const education = (overrides: Record<string, unknown>[]) => overrides.map((o) => ({ fromDate: '2003-09-01', toDate: '2007-07-01', school: '华北电力大学', level: 'BACHELOR' as const, ...o }));
  const work = (overrides: Record<string, unknown>) => [{ fromDate: '2007-08-01', employer: '某公司', position: '工程师', refereeName: '李', refereeContact: '139', ...overrides }];

  it.each([
    ['an ID number with a wrong check digit', SaveBasicInformationDocument, { input: { idNumber: '110105194912310021' } }, 'input.idNumber'],
    ['a malformed mobile number', SaveBasicInformationDocument, { input: { mobile: '12345' } }, 'input.mobile'],
    ['an impossible birth date', SaveBasicInformationDocument, { input: { birthDate: '1985-02-30' } }, 'input.birthDate'],
    ['a period ending before it starts', SaveEducationDocument, { entries: education([{ toDate: '2002-01-01' }]) }, 'entries[0].toDate'],
    ['two qualifying degrees', SaveEducationDocument, { entries: education([{ qualifying: true }, { qualifying: true }]) }, 'entries'],
    ['major engineering work without its kind', SaveWorkHistoryDocument, { entries: work({ majorEngineeringWork: true }) }, 'entries[0].majorWorkKind'],
    ['a referee without contact', SaveWorkHistoryDocument, { entries: work({ refereeContact: ' ' }) }, 'entries[0].refereeContact'],
    ['a seventh achievement', SaveAchievementsDocument, { achievements: Array.from({ length: 7 }, (_, i) => ({ category: 'PAPER_OR_BOOK' as const, date: '2020-01-01', title: `论文${i}`, role: '第一作者' })) }, 'achievements'],
    ['an unknown competency item', SaveCompetencyClaimsDocument, { claims: [{ passage: '负责……', itemCodes: ['A1', 'F9'] }] }, 'claims[0].itemCodes'],
    ['a statement beyond the hard cap', SaveSelfStatementDocument, { text: '字'.repeat(30001) }, 'text'],
  ])('refuses %s with the field named, and changes nothing', async (_case, document, variables, field) => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await draft(applicant);
    const before = await snapshot(id);
    const result = await app.gql(document as never, { applicationId: id, expectedVersion: version, ...variables } as never, { token: applicant.token, society: 'CSEE', language: 'en' });
    // A date that does not exist has its own code (LocalDate); every other case is the command's BAD_USER_INPUT.
    const malformedDate = field === 'input.birthDate';
    expect(errorOf(result)).toEqual({ code: malformedDate ? 'MALFORMED_DATE' : 'BAD_USER_INPUT', field });
    expect(result.errors![0].message).toMatch(malformedDate ? /^input\.birthDate is not a valid date/ : /^Invalid input: /);
    expect(await snapshot(id)).toEqual(before);
  });

  it('refuses a save on a stale version and keeps the newer data', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await draft(applicant);
    await app.gql(SaveBasicInformationDocument, { applicationId: id, expectedVersion: version, input: { mobile: '13800000001' } }, { token: applicant.token, society: 'CSEE' });
    const before = await snapshot(id);
    const stale = await app.gql(SaveBasicInformationDocument, { applicationId: id, expectedVersion: version, input: { mobile: '13800000002' } }, { token: applicant.token, society: 'CSEE' });
    expect(errorOf(stale)).toEqual({ code: 'STALE_VERSION', field: 'expectedVersion' });
    expect(await snapshot(id)).toEqual(before);
  });

  it("keeps other people's hands off a draft: other applicants and staff get NOT_FOUND", async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await draft(applicant);
    for (const other of [await applicantOf(app, 'CSEE'), await staffOf(app, 'CSEE')]) {
      expect(errorOf(await app.gql(ApplicationDocument, { id }, { token: other.token, society: 'CSEE' }))).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });
      const write = await app.gql(SaveBasicInformationDocument, { applicationId: id, expectedVersion: version, input: { name: '冒名' } }, { token: other.token, society: 'CSEE' });
      expect(errorOf(write)).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });
    }
    expect((await snapshot(id)).application.name).not.toBe('冒名');
  });

  it('saves the general category fields through the plug-in seam', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await draft(applicant);
    const saved = await app.gql(SaveCategoryFieldsDocument, { applicationId: id, expectedVersion: version, input: { general: { professionalTitle: '高级工程师', qualifications: ['注册电气工程师（供配电）'] } } }, { token: applicant.token, society: 'CSEE' });
    expect(saved.data!.saveCategoryFields!.categoryFields).toEqual({ __typename: 'GeneralCategoryFields', professionalTitle: '高级工程师', qualifications: ['注册电气工程师（供配电）'] });
  });
});

describe('the submission checklist and eligibility', () => {
  it('lists every blocking item of an empty draft with its field path, and refuses submission with the same list', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await draft(applicant);
    const checklist = (await app.gql(ApplicationChecklistDocument, { id }, { token: applicant.token, society: 'CSEE' })).data!.application!.validation!;
    expect(checklist.ready).toBe(false);
    const blocking = checklist.issues!.filter((issue) => issue!.severity === 'BLOCKING').map((issue) => `${issue!.code}:${issue!.field}`);
    expect(blocking).toEqual([
      'REQUIRED:basicInformation.idNumber', 'REQUIRED:basicInformation.birthDate', 'REQUIRED:basicInformation.mailingAddress',
      'REQUIRED:basicInformation.mobile', 'REQUIRED:basicInformation.employer', 'REQUIRED:education', 'REQUIRED:workHistory', 'REQUIRED:selfStatement',
      'CAREER_PLAN_REQUIRED:selfStatement.careerPlanShortTerm', 'CAREER_PLAN_REQUIRED:selfStatement.careerPlanMidTerm', 'CAREER_PLAN_REQUIRED:selfStatement.careerPlanLongTerm',
      'FILE_REQUIRED:files.PHOTO', 'FILE_REQUIRED:files.ID_COPY', 'FILE_REQUIRED:files.DEGREE_EVIDENCE', 'FILE_REQUIRED:files.ORG_CHART', 'FILE_REQUIRED:files.PLEDGE',
    ]);
    const submit = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE', language: 'en' });
    expect(submit.errors![0].extensions).toMatchObject({ code: 'APPLICATION_INCOMPLETE' });
    expect((submit.errors![0].extensions!.issues as unknown[]).length).toBe(16);
    expect(submit.errors![0].message).toBe('The dossier is incomplete: 16 items still block submission.');
    expect((await snapshot(id)).application.version).toBe(version);
  });

  it('computes eligibility from the work history after the degree, overlaps counted once', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id } = await completeDossier(app, applicant, 'CSEE', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'SENIOR' });
    const as = { token: applicant.token, society: 'CSEE' };
    const version = (await app.gql(ApplicationDocument, { id }, as)).data!.application!.version!;
    // 2007-08..2012-12 and an overlapping 2010..2016 post, major work 2013..2016 only, degree ends 2007-07-01.
    await app.gql(SaveWorkHistoryDocument, {
      applicationId: id, expectedVersion: version,
      entries: [
        { fromDate: '2007-08-01', toDate: '2013-01-01', employer: 'A', position: '工程师', refereeName: '甲', refereeContact: '1' },
        { fromDate: '2010-01-01', toDate: '2017-01-01', employer: 'B', position: '兼职', refereeName: '乙', refereeContact: '2' },
        { fromDate: '2013-01-01', toDate: '2016-01-01', employer: 'A', position: '主管', refereeName: '丙', refereeContact: '3', majorEngineeringWork: true, majorWorkKind: 'EMERGING_COMPLEX' },
      ],
    }, as);
    const eligibility = (await app.gql(ApplicationChecklistDocument, { id }, as)).data!.application!.eligibility!;
    expect(eligibility.countedFrom).toBe('2007-07-01');
    expect(eligibility.conditions).toEqual([
      { code: 'EDUCATION', status: 'MET', required: null, actual: null },
      { code: 'RELEVANT_WORK_YEARS', status: 'NOT_MET', required: 10, actual: 9.4 },
      { code: 'MAJOR_WORK_YEARS', status: 'NOT_MET', required: 5, actual: 3 },
    ]);
    expect(eligibility.allMet).toBe(false);
  });

  it('shows a complete dossier as ready', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id } = await completeDossier(app, applicant);
    const checklist = (await app.gql(ApplicationChecklistDocument, { id }, { token: applicant.token, society: 'CSEE' })).data!.application!;
    expect(checklist.validation).toEqual({ ready: true, issues: [] });
    expect(checklist.eligibility!.allMet).toBe(true);
  });
});

describe('files', () => {
  it('stores the bytes with their real type and checksum, and lets only those allowed download them', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const stored = await upload(app, applicant.token, 'CSEE', SAMPLE_FILES.png, '组织结构图.pdf');
    expect(stored.status).toBe(201);
    expect(stored.json).toMatchObject({ contentType: 'image/png', size: SAMPLE_FILES.png.length, sha256: createHash('sha256').update(SAMPLE_FILES.png).digest('hex') });
    const own = await download(app, applicant.token, 'CSEE', stored.json.id!);
    expect(own).toMatchObject({ status: 200, contentType: 'image/png' });
    expect(own.body.equals(SAMPLE_FILES.png)).toBe(true);
    const stranger = await applicantOf(app, 'CSEE');
    expect((await download(app, stranger.token, 'CSEE', stored.json.id!)).status).toBe(404);
    expect((await download(app, (await staffOf(app, 'CSEE')).token, 'CSEE', stored.json.id!)).status).toBe(404);
    const csae = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSAE' });
    expect((await download(app, csae.token, 'CSAE', stored.json.id!)).status).toBe(404);
  });

  it('lets staff download a submitted dossier file', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await completeDossier(app, applicant);
    await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
    const staff = await staffOf(app, 'CSEE');
    const files = (await app.gql(ApplicationDocument, { id }, { token: staff.token, society: 'CSEE' })).data!.application!.files!;
    const pledge = files.find((file) => file.purpose === 'PLEDGE')!;
    const fetched = await download(app, staff.token, 'CSEE', pledge.id!);
    expect(fetched).toMatchObject({ status: 200, contentType: 'application/pdf' });
    expect(createHash('sha256').update(fetched.body).digest('hex')).toBe(pledge.sha256);
  });

  it.each([
    ['bytes of no accepted type, whatever the name', 'CSEE', SAMPLE_FILES.text, 415, 'UNSUPPORTED_FILE_TYPE'],
    ['an empty body', 'CSEE', Buffer.alloc(0), 400, 'BAD_USER_INPUT'],
    ['an upload without a society', undefined, SAMPLE_FILES.pdf, 400, 'SOCIETY_REQUIRED'],
  ] as const)('refuses %s and stores nothing', async (_case, society, bytes, status, code) => {
    const applicant = await applicantOf(app, 'CSEE');
    const before = await countRows(app, 'stored_file');
    const refused = await upload(app, applicant.token, society, bytes, 'evidence.pdf');
    expect(refused.status).toBe(status);
    expect(refused.json.errors?.[0].extensions.code).toBe(code);
    expect(await countRows(app, 'stored_file')).toBe(before);
  });

  it('refuses an upload without a token, and one over the size limit', async () => {
    expect((await upload(app, undefined, 'CSEE', SAMPLE_FILES.pdf)).json.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const applicant = await applicantOf(small, 'CSEE');
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(2048, 0x20)]);
    const refused = await upload(small, applicant.token, 'CSEE', big);
    expect(refused.status).toBe(413);
    expect(refused.json.errors?.[0].extensions).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect(await countRows(small, 'stored_file')).toBe(0);
  });

  it('enforces the count and type of each dossier part', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    let { id, version } = await draft(applicant);
    const as = { token: applicant.token, society: 'CSEE' };
    const attach = async (bytes: Buffer, purpose: 'ORG_CHART' | 'PHOTO' | 'EVIDENCE') => {
      const stored = await upload(app, applicant.token, 'CSEE', bytes);
      return app.gql(AttachFileDocument, { input: { applicationId: id, expectedVersion: version, fileId: stored.json.id!, purpose } }, as);
    };
    for (let i = 0; i < 2; i += 1) version = (await attach(SAMPLE_FILES.pdf, 'ORG_CHART')).data!.attachFile!.version!;
    const third = await attach(SAMPLE_FILES.pdf, 'ORG_CHART');
    expect(errorOf(third)).toEqual({ code: 'BAD_USER_INPUT', field: 'input.purpose' });
    const photoAsPdf = await attach(SAMPLE_FILES.pdf, 'PHOTO');
    expect(errorOf(photoAsPdf)).toEqual({ code: 'UNSUPPORTED_FILE_TYPE', field: 'input.fileId' });
    for (let i = 0; i < 6; i += 1) version = (await attach(SAMPLE_FILES.jpeg, 'EVIDENCE')).data!.attachFile!.version!;
    expect(errorOf(await attach(SAMPLE_FILES.jpeg, 'EVIDENCE'))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.purpose' });
    expect(await countRows(app, 'stored_file', 'application_id = $1', [id])).toBe(8);

    const stranger = await applicantOf(app, 'CSEE');
    const theirs = await upload(app, stranger.token, 'CSEE', SAMPLE_FILES.jpeg);
    const stolen = await app.gql(AttachFileDocument, { input: { applicationId: id, expectedVersion: version, fileId: theirs.json.id!, purpose: 'PHOTO' } }, as);
    expect(errorOf(stolen)).toEqual({ code: 'NOT_FOUND', field: 'input.fileId' });
  });
});
