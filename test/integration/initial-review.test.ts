import {
  AcceptApplicationDocument, AddSupplementDocument, ApplicationDocument, ApplicationHistoryDocument, LapseApplicationDocument,
  MarkSocietyMembershipDocument, PassBasicConditionsDocument, PassFormCheckDocument, RejectApplicationDocument, ResubmitClarifiedApplicationDocument,
  ResubmitCompletedApplicationDocument, ReturnForClarificationDocument, ReturnForCompletionDocument, SaveBasicInformationDocument,
  SetClarificationPeriodDocument, SetWorkingDayOverrideDocument, SubmitApplicationDocument, WithdrawApplicationDocument, WorkingDaysAfterDocument,
} from '../generated/operations';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';
import { GrantRole } from '../../src/entities/enums';

// The clock of this file: 2026-09-28 10:00 in Beijing, the Monday before the National Day holiday.
let now = new Date('2026-09-28T02:00:00Z');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
});
afterAll(() => app.close());

const stateOf = (id: string) =>
  asOwner(app, async (c) => (await c.query('select stage, version, stage_deadline::text, evaluation_deadline::text, society_member from application where id = $1', [id])).rows[0]);

describe('the procedure up to acceptance', () => {
  it('walks submission, both returns, acceptance, with deadlines on the PRC calendar and a full history', async () => {
    now = new Date('2026-09-28T02:00:00Z');
    const applicant = await applicantOf(app, 'CSEE');
    const staff = await staffOf(app, 'CSEE');
    const asApplicant = { token: applicant.token, society: 'CSEE' };
    const asStaff = { token: staff.token, society: 'CSEE' };
    let { id, version } = await completeDossier(app, applicant);

    const submitted = (await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, asApplicant)).data!.submitApplication!;
    expect(submitted).toMatchObject({ stage: 'SUBMITTED', viewerCan: ['read', 'readHistory', 'withdrawApplication'] });
    version = submitted.version!;

    // Form check: incomplete → returned; 10 working days from 2026-09-28 skip the National Day holiday → 2026-10-16.
    const returned = await app.gql(ReturnForCompletionDocument, { input: { applicationId: id, expectedVersion: version, items: ['学信网学历认证截图', '组织结构图未标注本人岗位'] } }, asStaff);
    expect(returned.errors).toBeUndefined();
    expect(returned.data!.returnForCompletion).toMatchObject({ stage: 'RETURNED_FOR_COMPLETION', stageDeadline: '2026-10-16', returnRequest: ['学信网学历认证截图', '组织结构图未标注本人岗位'] });
    version = returned.data!.returnForCompletion!.version!;

    now = new Date('2026-10-12T02:00:00Z');
    const edited = await app.gql(SaveBasicInformationDocument, { applicationId: id, expectedVersion: version, input: { employerEn: 'State Grid Beijing' } }, asApplicant);
    version = edited.data!.saveBasicInformation!.version!;
    const resubmitted = await app.gql(ResubmitCompletedApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, asApplicant);
    expect(resubmitted.data!.resubmitCompletedApplication).toMatchObject({ stage: 'SUBMITTED', stageDeadline: null });
    version = resubmitted.data!.resubmitCompletedApplication!.version!;

    version = (await app.gql(PassFormCheckDocument, { input: { applicationId: id, expectedVersion: version } }, asStaff)).data!.passFormCheck!.version!;
    const clarify = await app.gql(ReturnForClarificationDocument, { input: { applicationId: id, expectedVersion: version, reason: '2013年起的岗位是否属于重要工程工作，请补充说明' } }, asStaff);
    expect(clarify.data!.returnForClarification).toMatchObject({ stage: 'RETURNED_FOR_CLARIFICATION', viewerCan: ['read', 'readHistory', 'readAccessLog', 'recordConflictOfInterest'] });
    version = clarify.data!.returnForClarification!.version!;
    // The applicant sees that this is the last full edit: editing is open.
    const asApplicantView = await app.gql(ApplicationDocument, { id }, asApplicant);
    expect(asApplicantView.data!.application!.viewerCan).toEqual([
      'read', 'readHistory', 'saveBasicInformation', 'saveEducation', 'saveWorkHistory', 'saveSelfStatement', 'saveCareerPlan', 'saveCompetencyClaims', 'saveAchievements', 'saveInternationalTitle', 'saveCategoryFields', 'attachFile', 'detachFile',
      'resubmitClarifiedApplication', 'withdrawApplication',
    ]);
    version = (await app.gql(ResubmitClarifiedApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, asApplicant)).data!.resubmitClarifiedApplication!.version!;

    // Only one clarification return: it was the last full edit.
    const second = await app.gql(ReturnForClarificationDocument, { input: { applicationId: id, expectedVersion: version, reason: '再次' } }, asStaff);
    expect(errorOf(second)).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await stateOf(id)).stage).toBe('FORM_CHECKED');

    version = (await app.gql(PassBasicConditionsDocument, { input: { applicationId: id, expectedVersion: version } }, asStaff)).data!.passBasicConditions!.version!;
    const unmarked = await app.gql(AcceptApplicationDocument, { input: { applicationId: id, expectedVersion: version } }, asStaff);
    expect(errorOf(unmarked)).toEqual({ code: 'BAD_USER_INPUT', field: 'societyMember' });
    version = (await app.gql(MarkSocietyMembershipDocument, { applicationId: id, expectedVersion: version, member: false }, asStaff)).data!.markSocietyMembership!.version!;

    now = new Date('2026-10-20T02:00:00Z');
    const accepted = await app.gql(AcceptApplicationDocument, { input: { applicationId: id, expectedVersion: version } }, asStaff);
    expect(accepted.data!.acceptApplication).toMatchObject({ stage: 'ACCEPTED', evaluationDeadline: '2027-10-20', societyMember: false });
    version = accepted.data!.acceptApplication!.version!;

    // Frozen: no full edit; additions only, recorded as supplements.
    const frozen = await app.gql(SaveBasicInformationDocument, { applicationId: id, expectedVersion: version, input: { employer: '改了' } }, asApplicant);
    expect(errorOf(frozen)).toEqual({ code: 'DOSSIER_LOCKED', field: 'applicationId' });
    const supplement = await app.gql(AddSupplementDocument, { input: { applicationId: id, concerns: 'A3', content: '补充：2020年主持的智能变电站项目验收报告' } }, asApplicant);
    expect(supplement.errors).toBeUndefined();
    const view = (await app.gql(ApplicationDocument, { id }, asApplicant)).data!.application!;
    expect(view.basicInformation!.employer).toBe('国网北京市电力公司');
    expect(view.supplements).toEqual([{ concerns: 'A3', content: '补充：2020年主持的智能变电站项目验收报告', file: null }]);

    const history = (await app.gql(ApplicationHistoryDocument, { id }, asStaff)).data!.application!.history!;
    expect(history.map((event) => [event.action, event.fromStage, event.toStage])).toEqual([
      ['start', 'DRAFT', 'DRAFT'],
      ['submit', 'DRAFT', 'SUBMITTED'],
      ['returnForCompletion', 'SUBMITTED', 'RETURNED_FOR_COMPLETION'],
      ['resubmitCompleted', 'RETURNED_FOR_COMPLETION', 'SUBMITTED'],
      ['passFormCheck', 'SUBMITTED', 'FORM_CHECKED'],
      ['returnForClarification', 'FORM_CHECKED', 'RETURNED_FOR_CLARIFICATION'],
      ['resubmitClarified', 'RETURNED_FOR_CLARIFICATION', 'FORM_CHECKED'],
      ['passBasicConditions', 'FORM_CHECKED', 'BASIC_CONDITIONS_MET'],
      ['markSocietyMembership', 'BASIC_CONDITIONS_MET', 'BASIC_CONDITIONS_MET'],
      ['accept', 'BASIC_CONDITIONS_MET', 'ACCEPTED'],
    ]);
    expect(history[2].items).toEqual(['学信网学历认证截图', '组织结构图未标注本人岗位']);
    expect(history[5].reason).toBe('2013年起的岗位是否属于重要工程工作，请补充说明');
  });

  it('closes as not accepted with reasons', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const staff = await staffOf(app, 'CSEE');
    let { id, version } = await completeDossier(app, applicant);
    version = (await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' })).data!.submitApplication!.version!;
    version = (await app.gql(PassFormCheckDocument, { input: { applicationId: id, expectedVersion: version } }, { token: staff.token, society: 'CSEE' })).data!.passFormCheck!.version!;
    const noReason = await app.gql(RejectApplicationDocument, { input: { applicationId: id, expectedVersion: version } }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(noReason)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const rejected = await app.gql(RejectApplicationDocument, { input: { applicationId: id, expectedVersion: version, reason: '相关专业工作经历不足5年' } }, { token: staff.token, society: 'CSEE' });
    expect(rejected.data!.rejectApplication).toMatchObject({ stage: 'NOT_ACCEPTED', viewerCan: ['read', 'readHistory', 'readAccessLog'] });
    // A closed application frees the applicant to apply again.
    expect((await completeDossier(app, applicant)).id).not.toBe(id);
  });

  it('lapses only after the completion deadline, and then refuses the late resubmission', async () => {
    now = new Date('2026-09-28T02:00:00Z');
    const applicant = await applicantOf(app, 'CSEE');
    const staff = await staffOf(app, 'CSEE');
    const asStaff = { token: staff.token, society: 'CSEE' };
    let { id, version } = await completeDossier(app, applicant);
    version = (await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' })).data!.submitApplication!.version!;
    version = (await app.gql(ReturnForCompletionDocument, { input: { applicationId: id, expectedVersion: version, items: ['承诺书未签名'] } }, asStaff)).data!.returnForCompletion!.version!;

    now = new Date('2026-10-16T09:00:00Z'); // 17:00 in Beijing on the deadline day: still in time
    const early = await app.gql(LapseApplicationDocument, { input: { applicationId: id, expectedVersion: version } }, asStaff);
    expect(errorOf(early)).toEqual({ code: 'DEADLINE_NOT_PASSED' });
    now = new Date('2026-10-16T16:30:00Z'); // 00:30 on 10-17 in Beijing: past
    const late = await app.gql(ResubmitCompletedApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
    expect(errorOf(late)).toEqual({ code: 'DEADLINE_PASSED' });
    expect(late.errors![0].message).toContain('2026-10-16');
    const lapsed = await app.gql(LapseApplicationDocument, { input: { applicationId: id, expectedVersion: version } }, asStaff);
    expect(lapsed.data!.lapseApplication).toMatchObject({ stage: 'LAPSED' });
  });

  it('lets the applicant withdraw, and nobody else', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const staff = await staffOf(app, 'CSEE');
    const draft = await completeDossier(app, applicant);
    // A draft is the applicant's own: staff do not even see it.
    const onDraft = await app.gql(WithdrawApplicationDocument, { input: { applicationId: draft.id, expectedVersion: draft.version } }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(onDraft)).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });
    const { id, version } = { id: draft.id, version: (await app.gql(SubmitApplicationDocument, { input: { applicationId: draft.id, expectedVersion: draft.version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' })).data!.submitApplication!.version! };
    const byStaff = await app.gql(WithdrawApplicationDocument, { input: { applicationId: id, expectedVersion: version } }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(byStaff)).toEqual({ code: 'FORBIDDEN' });
    const withdrawn = await app.gql(WithdrawApplicationDocument, { input: { applicationId: id, expectedVersion: version } }, { token: applicant.token, society: 'CSEE' });
    expect(withdrawn.data!.withdrawApplication).toMatchObject({ stage: 'WITHDRAWN' });
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['a stale version', (v: number) => v - 1, 'staff', 'STALE_VERSION'],
    ['a step of the applicant taken by staff', (v: number) => v, 'staff-submit', 'FORBIDDEN'],
    ['a staff step taken by the applicant', (v: number) => v, 'applicant', 'FORBIDDEN'],
    ['staff of another society', (v: number) => v, 'csae-staff', 'SOCIETY_ACCESS_DENIED'],
    ['a step the stage does not allow', (v: number) => v, 'accept', 'INVALID_TRANSITION'],
  ])('refuses %s', async (_case, versionOf, who, code) => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version: draftVersion } = await completeDossier(app, applicant);
    const version = (await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: draftVersion, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' })).data!.submitApplication!.version!;
    const staff = await staffOf(app, 'CSEE');
    const before = [await stateOf(id), await countRows(app, 'application_event', 'application_id = $1', [id])];
    const input = { applicationId: id, expectedVersion: versionOf(version) };
    let result;
    if (who === 'staff') result = await app.gql(PassFormCheckDocument, { input }, { token: staff.token, society: 'CSEE' });
    else if (who === 'staff-submit') result = await app.gql(WithdrawApplicationDocument, { input }, { token: staff.token, society: 'CSEE' });
    else if (who === 'applicant') result = await app.gql(PassFormCheckDocument, { input }, { token: applicant.token, society: 'CSEE' });
    else if (who === 'accept') result = await app.gql(AcceptApplicationDocument, { input }, { token: staff.token, society: 'CSEE' });
    else {
      const other = await loggedIn(app, { role: GrantRole.SOCIETY_STAFF, society: 'CSAE' });
      result = await app.gql(PassFormCheckDocument, { input }, { token: other.token, society: 'CSEE' });
    }
    expect(errorOf(result)?.code).toBe(code);
    expect([await stateOf(id), await countRows(app, 'application_event', 'application_id = $1', [id])]).toEqual(before);
  });

  it("answers NOT_FOUND for another society's application asked in that society's own scope", async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const { id } = await completeDossier(app, applicant);
    const csaeStaff = await staffOf(app, 'CSAE');
    const result = await app.gql(ApplicationDocument, { id }, { token: csaeStaff.token, society: 'CSAE' });
    expect(errorOf(result)).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });
    const otherApplicant = await applicantOf(app, 'CSEE');
    expect(errorOf(await app.gql(ApplicationDocument, { id }, { token: otherApplicant.token, society: 'CSEE' }))).toEqual({ code: 'NOT_FOUND', field: 'applicationId' });
  });
});

describe('the clarification period', () => {
  it("is the society's setting, changed by federation admins only", async () => {
    now = new Date('2026-09-28T02:00:00Z');
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const staff = await staffOf(app, 'CES');
    expect(errorOf(await app.gql(SetClarificationPeriodDocument, { code: 'CES', workingDays: 5 }, { token: staff.token, society: 'CES' }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(SetClarificationPeriodDocument, { code: 'CES', workingDays: 0 }, { token: admin.token }))).toEqual({ code: 'NUMBER_OUT_OF_RANGE', field: 'workingDays' });
    const set = await app.gql(SetClarificationPeriodDocument, { code: 'CES', workingDays: 5 }, { token: admin.token });
    expect(set.data!.setClarificationPeriod).toEqual({ code: 'CES', clarificationWorkingDays: 5 });

    const applicant = await applicantOf(app, 'CES');
    let { id, version } = await completeDossier(app, applicant, 'CES', { fieldCode: 'ELECTRICAL', specialtyCode: 'AUTOMATION', gradeCode: 'TRAINEE' });
    version = (await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CES' })).data!.submitApplication!.version!;
    version = (await app.gql(PassFormCheckDocument, { input: { applicationId: id, expectedVersion: version } }, { token: staff.token, society: 'CES' })).data!.passFormCheck!.version!;
    const returned = await app.gql(ReturnForClarificationDocument, { input: { applicationId: id, expectedVersion: version, reason: '学历认证' } }, { token: staff.token, society: 'CES' });
    // 5 working days from Monday 2026-09-28: 09-29, 09-30, then the holiday until 10-07, 10-08, 10-09, 10-10 (adjusted Saturday).
    expect(returned.data!.returnForClarification!.stageDeadline).toBe('2026-10-10');
  });
});

describe('history', () => {
  it('is append-only for the application role', async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: app.appUrl });
    await client.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.society_ids', '{}', true), set_config('app.federation', 'on', true), set_config('app.account_id', '', true)`);
      await expect(client.query(`update application_event set reason = 'rewritten'`)).rejects.toThrow(/permission denied/);
      await client.query('rollback');
      await client.query('begin');
      await client.query(`select set_config('app.society_ids', '{}', true), set_config('app.federation', 'on', true), set_config('app.account_id', '', true)`);
      await expect(client.query(`delete from application_event`)).rejects.toThrow(/permission denied/);
      await client.query('rollback');
    } finally {
      await client.end();
    }
  });

  it('lets only one of two concurrent saves on the same version through', async () => {
    const applicant = await applicantOf(app, 'CSEE');
    const started = await completeDossier(app, applicant);
    const as = { token: applicant.token, society: 'CSEE' };
    const results = await Promise.all(['13800000011', '13800000022'].map((mobile) =>
      app.gql(SaveBasicInformationDocument, { applicationId: started.id, expectedVersion: started.version, input: { mobile } }, as)));
    const codes = results.map((result) => errorOf(result)?.code ?? 'OK').sort();
    expect(codes).toEqual(['OK', 'STALE_VERSION']);
    expect((await stateOf(started.id)).version).toBe(started.version + 1);
  });
});

describe('working days', () => {
  it('counts 10 working days from 2026-09-28 across the National Day holiday, and honours admin overrides', async () => {
    expect((await app.gql(WorkingDaysAfterDocument, { from: '2026-09-28', workingDays: 10 })).data?.workingDaysAfter?.date).toBe('2026-10-16');
    // A year the library does not know yet: the federation records its holidays.
    expect((await app.gql(WorkingDaysAfterDocument, { from: '2027-09-30', workingDays: 1 })).data?.workingDaysAfter?.date).toBe('2027-10-01');
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const staff = await staffOf(app, 'CSEE');
    const refused = await app.gql(SetWorkingDayOverrideDocument, { date: '2027-10-01', kind: 'HOLIDAY', name: '国庆节' }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    await app.gql(SetWorkingDayOverrideDocument, { date: '2027-10-01', kind: 'HOLIDAY', name: '国庆节' }, { token: admin.token });
    expect((await app.gql(WorkingDaysAfterDocument, { from: '2027-09-30', workingDays: 1 })).data?.workingDaysAfter?.date).toBe('2027-10-04');
    const bad = await app.gql(SetWorkingDayOverrideDocument, { date: '2027-02-30', kind: 'HOLIDAY' }, { token: admin.token });
    expect(errorOf(bad)).toEqual({ code: 'MALFORMED_DATE', field: 'date' });
  });
});
