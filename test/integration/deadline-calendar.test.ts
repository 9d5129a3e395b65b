import {
  ApplicationDeadlinesDocument, LoadHolidayArrangementDocument, NoticeDeadlinesDocument, PublishNoticeDocument, RemoveWorkingDayOverrideDocument,
  ResubmitCompletedApplicationDocument, ReturnForCompletionDocument, SetWorkingDayOverrideDocument, SubmitApplicationDocument,
  WorkingDayCalendarStatusDocument, WorkingDaysAfterDocument, type HolidayArrangementInput,
} from '../generated/operations';
import { GrantRole } from '../../src/entities/enums';
import { applicantOf, completeDossier, staffOf } from '../helpers/dossier';
import { asOwner, countRows, errorOf, loggedIn } from '../helpers/factories';
import { startTestApp, type TestApp } from '../helpers/test-app';

// Monday 2026-12-21, 10:00 in Beijing: ten working days from here reach into 2027, whose holidays the
// built-in data (chinese-days, through 2026) does not know.
let now = new Date('2026-12-21T02:00:00Z');
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({}, { clock: () => now });
});
afterAll(() => app.close());

// Test data shaped like a State Council notice; not the official 2027 arrangement (unknown when this was written).
const ARRANGEMENT_2027: HolidayArrangementInput = {
  year: 2027,
  source: '测试用安排（非官方）',
  holidays: [
    { name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03' },
    { name: '春节', firstDay: '2027-02-06', lastDay: '2027-02-13' },
  ],
  adjustedWorkingDays: [{ date: '2027-02-20', name: '春节调休' }],
};

const calendarRows = async () => [
  await countRows(app, 'holiday_arrangement'),
  await countRows(app, 'working_day_override', `date between '2027-01-01' and '2027-12-31'`),
];

/** A CSEE application returned for completion today, through the API. */
async function returnedToday() {
  const applicant = await applicantOf(app, 'CSEE');
  const staff = await staffOf(app, 'CSEE');
  const { id, version } = await completeDossier(app, applicant);
  const submitted = await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
  const returned = await app.gql(ReturnForCompletionDocument, {
    input: { applicationId: id, expectedVersion: submitted.data!.submitApplication!.version!, items: ['学信网学历认证截图'] },
  }, { token: staff.token, society: 'CSEE' });
  expect(returned.errors).toBeUndefined();
  return { id, applicant, staff, version: returned.data!.returnForCompletion!.version! };
}

describe('deadlines follow the calendar', () => {
  it('flags a deadline in a year without holiday data, moves it when the year is loaded, and keeps the move in the history', async () => {
    now = new Date('2026-12-21T02:00:00Z');
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const { id, applicant, staff, version } = await returnedToday();
    const asApplicant = { token: applicant.token, society: 'CSEE' };

    // 10 working days from 2026-12-21: 12-22…12-25, 12-28…12-31, then 2027-01-01 (Friday, no data yet), 2027-01-04.
    const before = (await app.gql(ApplicationDeadlinesDocument, { id }, asApplicant)).data!.application!;
    expect(before).toMatchObject({ stageDeadline: '2027-01-04', stageDeadlineCalendarConfirmed: false });
    expect((await app.gql(WorkingDaysAfterDocument, { from: '2026-12-21', workingDays: 10 })).data!.workingDaysAfter)
      .toEqual({ date: '2027-01-04', calendarConfirmed: false });
    expect((await app.gql(WorkingDaysAfterDocument, { from: '2026-12-01', workingDays: 5 })).data!.workingDaysAfter)
      .toEqual({ date: '2026-12-08', calendarConfirmed: true });
    // December: next year's arrangement is overdue and the platform says so.
    expect((await app.gql(WorkingDayCalendarStatusDocument)).data!.workingDayCalendarStatus)
      .toEqual({ libraryFirstYear: 2004, libraryLastYear: 2026, arrangedYears: [], nextYear: 2027, nextYearConfirmed: false, nextYearArrangementMissing: true });

    // Only federation admins load an arrangement; a refusal changes nothing.
    const refused = await app.gql(LoadHolidayArrangementDocument, { input: ARRANGEMENT_2027 }, { token: staff.token, society: 'CSEE' });
    expect(errorOf(refused)?.code).toBe('FORBIDDEN');
    expect(await calendarRows()).toEqual([0, 0]);

    const loaded = await app.gql(LoadHolidayArrangementDocument, { input: ARRANGEMENT_2027 }, { token: admin.token });
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data!.loadHolidayArrangement).toEqual({ year: 2027, holidayDays: 11, adjustedWorkingDays: 1, stageDeadlines: 1, noticeEnds: 0 });

    // 2027-01-01 is now a holiday: the deadline moves one working day, and it is confirmed.
    const after = (await app.gql(ApplicationDeadlinesDocument, { id }, asApplicant)).data!.application!;
    expect(after).toMatchObject({ stageDeadline: '2027-01-05', stageDeadlineCalendarConfirmed: true, version });
    const moved = after.history!.at(-1)!;
    expect(moved).toMatchObject({ action: 'moveDeadline', fromStage: 'RETURNED_FOR_COMPLETION', toStage: 'RETURNED_FOR_COMPLETION' });
    expect(moved.reason).toContain('2027-01-04');
    expect(moved.reason).toContain('2027-01-05');
    expect((await app.gql(WorkingDayCalendarStatusDocument)).data!.workingDayCalendarStatus)
      .toMatchObject({ arrangedYears: [2027], nextYearConfirmed: true, nextYearArrangementMissing: false });
    expect((await app.gql(WorkingDaysAfterDocument, { from: '2027-02-05', workingDays: 1 })).data!.workingDaysAfter)
      .toEqual({ date: '2027-02-15', calendarConfirmed: true });

    // A moved deadline is not an edit: the applicant's version still holds, and resubmission goes through.
    now = new Date('2027-01-05T02:00:00Z');
    const resubmitted = await app.gql(ResubmitCompletedApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, asApplicant);
    expect(resubmitted.errors).toBeUndefined();
  });

  it('moves an open deadline when an admin sets or removes a single day, and back again', async () => {
    now = new Date('2026-12-21T02:00:00Z');
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const { id, applicant } = await returnedToday();
    const deadline = async () => (await app.gql(ApplicationDeadlinesDocument, { id }, { token: applicant.token, society: 'CSEE' })).data!.application!;
    const start = (await deadline()).stageDeadline!;

    // A society header on the admin's request does not narrow a federation-wide calendar change.
    await app.gql(SetWorkingDayOverrideDocument, { date: '2026-12-24', kind: 'HOLIDAY', name: '测试' }, { token: admin.token, society: 'CSEE' });
    const later = await deadline();
    expect(later.stageDeadline! > start).toBe(true);
    await app.gql(RemoveWorkingDayOverrideDocument, { date: '2026-12-24' }, { token: admin.token });
    const back = await deadline();
    expect(back.stageDeadline).toBe(start);
    expect(back.history!.filter((entry) => entry.action === 'moveDeadline').map((entry) => entry.reason!.slice(0, 10))).toEqual(['2026-12-24', '2026-12-24']);
  });

  it.each([
    ['a year out of range', { year: 1800 }, 'input.year', 'NUMBER_OUT_OF_RANGE'],
    ['no holiday', { holidays: [] }, 'input.holidays'],
    ['a last day before the first', { holidays: [{ name: '元旦', firstDay: '2027-01-03', lastDay: '2027-01-01' }] }, 'input.holidays[0].lastDay'],
    ['an impossible date', { holidays: [{ name: '元旦', firstDay: '2027-02-30', lastDay: '2027-03-01' }] }, 'input.holidays[0].firstDay', 'MALFORMED_DATE'],
    ['a day of another year', { holidays: [{ name: '国庆节', firstDay: '2028-10-01', lastDay: '2028-10-07' }] }, 'input.holidays[0].firstDay'],
    ['overlapping holidays', { holidays: [{ name: '元旦', firstDay: '2027-01-01', lastDay: '2027-01-03' }, { name: '又一个', firstDay: '2027-01-03', lastDay: '2027-01-04' }] }, 'input.holidays[1].firstDay'],
    ['a make-up day on a weekday', { adjustedWorkingDays: [{ date: '2027-02-19' }] }, 'input.adjustedWorkingDays[0].date'],
    ['a make-up day inside a holiday', { adjustedWorkingDays: [{ date: '2027-02-06' }] }, 'input.adjustedWorkingDays[0].date'],
  ])('refuses %s, naming the field, and changes nothing', async (_case, change, field, code = 'BAD_USER_INPUT') => {
    now = new Date('2026-12-21T02:00:00Z');
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const before = await calendarRows();
    const refused = await app.gql(LoadHolidayArrangementDocument, { input: { ...ARRANGEMENT_2027, year: 2027, ...change } as HolidayArrangementInput }, { token: admin.token });
    expect(errorOf(refused)).toEqual({ code, field });
    expect(await calendarRows()).toEqual(before);
  });

  it('moves the last day of an open public notice and tells each listed applicant', async () => {
    now = new Date('2026-12-21T02:00:00Z');
    const admin = await loggedIn(app, { role: GrantRole.FEDERATION_ADMIN });
    const staff = await staffOf(app, 'CSEE');
    const applicant = await applicantOf(app, 'CSEE');
    const { id, version } = await completeDossier(app, applicant);
    await app.gql(SubmitApplicationDocument, { input: { applicationId: id, expectedVersion: version, consentToVerification: true } }, { token: applicant.token, society: 'CSEE' });
    // Set-up only (this is a calendar test, not a journey): the application stands decided for registration.
    const ready = await asOwner(app, async (c) => {
      await c.query(`update application set stage = 'COMPREHENSIVE_REVIEW' where id = $1`, [id]);
      await c.query(`insert into comprehensive_review (id, society_id, application_id, conclusion, decided_by_id, decided_at)
                     select gen_random_uuid(), society_id, id, 'REGISTER', applicant_id, now() from application where id = $1`, [id]);
      return (await c.query('select version from application where id = $1', [id])).rows[0].version as number;
    });
    const published = await app.gql(PublishNoticeDocument, {
      input: { title: '2026年第四批', startsOn: '2026-12-28', workingDays: 5, applications: [{ applicationId: id, expectedVersion: ready }] },
    }, { token: staff.token, society: 'CSEE' });
    expect(published.errors).toBeUndefined();
    // 12-28…12-31 are four days; the fifth is 2027-01-04 when 2027-01-01 is a holiday (the arrangement above), else 01-01.
    now = new Date('2026-12-28T02:00:00Z');
    const notice = async () => (await app.gql(NoticeDeadlinesDocument, undefined, { society: 'CSEE' })).data!.publicNotices!.find((n) => n.id === published.data!.publishNotice!.id)!;
    const first = await notice();
    await app.gql(SetWorkingDayOverrideDocument, { date: '2026-12-30', kind: 'HOLIDAY', name: '测试' }, { token: admin.token });
    const moved = await notice();
    expect(moved.endsOn > first.endsOn).toBe(true);
    expect(moved.endsOnCalendarConfirmed).toBe(true);
    const history = (await app.gql(ApplicationDeadlinesDocument, { id }, { token: staff.token, society: 'CSEE' })).data!.application!.history!;
    expect(history.at(-1)).toMatchObject({ action: 'moveDeadline', toStage: 'PUBLIC_NOTICE' });
    expect(history.at(-1)!.reason).toContain(moved.endsOn);
    await app.gql(RemoveWorkingDayOverrideDocument, { date: '2026-12-30' }, { token: admin.token });
    expect((await notice()).endsOn).toBe(first.endsOn);
  });
});
