import { isWorkday as libraryIsWorkday } from 'chinese-days';
import { chinaToday, parseCalendarDate, WorkingDayCalendar } from '../../src/workflow/working-day-calendar';
import { nextYearArrangementMissing } from '../../src/workflow/holiday-arrangement.command';

const calendar = new WorkingDayCalendar();

describe('WorkingDayCalendar with the library alone (2026)', () => {
  it('knows the years 2004–2026 (chinese-days 1.5.7)', () => {
    expect(WorkingDayCalendar.libraryYears()).toEqual({ first: 2004, last: 2026 });
  });

  it.each([
    ['2026-09-28', 'Monday', true],
    ['2026-03-10', 'Tuesday', true],
    ['2026-03-07', 'Saturday', false],
    ['2026-03-08', 'Sunday', false],
    ['2026-02-16', 'Monday, Spring Festival', false],
    ['2026-09-25', 'Friday, Mid-Autumn Festival', false],
    ['2026-10-01', 'Thursday, National Day', false],
    ['2026-10-07', 'Wednesday, National Day', false],
    ['2026-01-04', 'Sunday worked for New Year', true],
    ['2026-02-14', 'Saturday worked for Spring Festival', true],
    ['2026-09-20', 'Sunday worked for National Day', true],
    ['2026-10-10', 'Saturday worked for National Day', true],
  ])('%s (%s) is a working day: %s', (date, _what, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('puts 10 working days from 2026-09-28 on 2026-10-16, across National Day', () => {
    // Counted: 09-29 Tue (1), 09-30 Wed (2); 10-01…10-07 National Day holiday; 10-08 Thu (3), 10-09 Fri (4),
    // 10-10 Sat worked in lieu (5); 10-11 Sun off; 10-12 Mon (6), 10-13 (7), 10-14 (8), 10-15 (9), 10-16 Fri (10).
    expect(calendar.addWorkingDays('2026-09-28', 10)).toBe('2026-10-16');
    expect(calendar.workingDaysBetween('2026-09-28', '2026-10-16')).toBe(10);
    expect(calendar.workingDaysBetween('2026-09-28', '2026-10-15')).toBe(9);
  });

  it.each([
    ['2026-09-28', 0, '2026-09-28'],
    ['2026-10-01', 0, '2026-10-01'],
    ['2026-09-28', 1, '2026-09-29'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-18', 1, '2026-09-20'],
  ])('addWorkingDays(%s, %i) is %s', (start, count, deadline) => {
    expect(calendar.addWorkingDays(start, count)).toBe(deadline);
  });

  it.each([
    ['2026-10-16', '2026-09-28', 0],
    ['2026-09-28', '2026-09-28', 0],
    ['2026-09-30', '2026-10-07', 0],
    ['2026-09-30', '2026-10-08', 1],
  ])('workingDaysBetween(%s, %s) is %i', (from, to, days) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(days);
  });

  // West of UTC the library's own functions shift every holiday a day early (why the module reads its JSON).
  const eastOfUtc = Math.max(new Date(2026, 0, 1).getTimezoneOffset(), new Date(2026, 6, 1).getTimezoneOffset()) <= 0;
  (eastOfUtc ? it : it.skip)("agrees with chinese-days' own isWorkday on every day it covers", () => {
    // Local-midnight Dates, because the library reads its argument in the host's zone.
    const disagreements: string[] = [];
    for (let day = new Date(2004, 0, 1); day.getFullYear() <= 2026; day.setDate(day.getDate() + 1)) {
      const iso = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
      if (calendar.isWorkingDay(iso) !== libraryIsWorkday(new Date(day))) disagreements.push(iso);
    }
    expect(disagreements).toEqual([]);
  });
});

describe('WorkingDayCalendar with overrides', () => {
  const overridden = new WorkingDayCalendar([
    { date: '2026-10-09', kind: 'HOLIDAY', name: 'Federation closure' },
    { date: '2026-10-11', kind: 'WORKDAY' },
    { date: '2026-10-01', kind: 'WORKDAY' },
    { date: '2026-09-20', kind: 'HOLIDAY' },
  ]);

  it.each([
    ['2026-10-09', 'a Friday made a holiday', false],
    ['2026-10-11', 'a Sunday made a workday', true],
    ['2026-10-01', "the library's holiday made a workday", true],
    ['2026-09-20', "the library's adjusted Sunday made a holiday", false],
    ['2026-10-12', 'an untouched Monday', true],
  ])('%s (%s) is a working day: %s', (date, _what, working) => {
    expect(overridden.isWorkingDay(date)).toBe(working);
  });

  it('moves the deadline accordingly', () => {
    // 09-29 (1), 09-30 (2), 10-01 overridden to work (3), 10-08 (4), 10-09 now off, 10-10 (5), 10-11 (6), 10-12 … 10-15 (7–10).
    expect(overridden.addWorkingDays('2026-09-28', 10)).toBe('2026-10-15');
  });

  it('lets a later row correct an earlier one', () => {
    const corrected = new WorkingDayCalendar([
      { date: '2026-10-09', kind: 'HOLIDAY' },
      { date: '2026-10-09', kind: 'WORKDAY' },
    ]);
    expect(corrected.isWorkingDay('2026-10-09')).toBe(true);
  });
});

describe('WorkingDayCalendar outside the library years', () => {
  it.each([
    ['2003-10-01', 'Wednesday, before the data', true],
    ['2027-10-01', 'Friday, after the data', true],
    ['2027-10-02', 'Saturday', false],
    ['2027-10-04', 'Monday', true],
  ])('%s (%s) follows Mon–Fri: %s', (date, _what, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it('applies overrides that the admins add for the year', () => {
    const holidays = ['2027-10-01', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'];
    const with2027 = new WorkingDayCalendar([
      ...holidays.map((date) => ({ date, kind: 'HOLIDAY' as const, name: 'National Day' })),
      { date: '2027-10-09', kind: 'WORKDAY', name: 'National Day' },
    ]);
    expect(calendar.addWorkingDays('2027-09-30', 3)).toBe('2027-10-05');
    // 10-01…10-07 off except the weekend; 10-08 Fri (1), 10-09 Sat worked (2), 10-10 Sun off, 10-11 Mon (3).
    expect(with2027.addWorkingDays('2027-09-30', 3)).toBe('2027-10-11');
    expect(with2027.workingDaysBetween('2027-09-30', '2027-10-11')).toBe(3);
  });
});

describe('bad input', () => {
  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-9-28', '2026/09/28', '2026-09-28T00:00:00Z', '', 'tomorrow'])(
    'parseCalendarDate(%j) throws RangeError',
    (value) => {
      expect(() => parseCalendarDate(value)).toThrow(RangeError);
    },
  );

  it.each(['2024-02-29', '2026-12-31', '0050-01-01'])('parseCalendarDate(%j) accepts a real date', (value) => {
    expect(parseCalendarDate(value)).toBe(value);
  });

  it.each<[string, () => unknown]>([
    ['isWorkingDay on 2026-02-30', () => calendar.isWorkingDay('2026-02-30')],
    ['addWorkingDays with a malformed start', () => calendar.addWorkingDays('28/09/2026', 1)],
    ['addWorkingDays with a negative count', () => calendar.addWorkingDays('2026-09-28', -1)],
    ['addWorkingDays with a fractional count', () => calendar.addWorkingDays('2026-09-28', 1.5)],
    ['workingDaysBetween with a malformed end', () => calendar.workingDaysBetween('2026-09-28', '2026-10-32')],
    ['an override with a malformed date', () => new WorkingDayCalendar([{ date: '2026-02-30', kind: 'HOLIDAY' }])],
    ['an override with an unknown kind', () => new WorkingDayCalendar([{ date: '2026-10-09', kind: 'OFF' as never }])],
  ])('%s throws RangeError', (_what, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('chinaToday', () => {
  it.each([
    ['2026-11-22T17:30:00Z', '2026-11-23'],
    ['2026-11-22T15:59:59Z', '2026-11-22'],
    ['2026-11-22T16:00:00Z', '2026-11-23'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
  ])('at %s is %s', (instant, today) => {
    expect(chinaToday(new Date(instant))).toBe(today);
  });
});

describe('confirmed years', () => {
  it('confirms spans inside the library years and the loaded ones only', () => {
    const loaded = new WorkingDayCalendar([], [2027]);
    expect([calendar.isSpanConfirmed('2026-12-21', '2026-12-31'), calendar.isSpanConfirmed('2026-12-21', '2027-01-04')]).toEqual([true, false]);
    expect([loaded.isSpanConfirmed('2026-12-21', '2027-01-04'), loaded.isSpanConfirmed('2027-12-21', '2028-01-04')]).toEqual([true, false]);
  });

  it('lets a loaded arrangement speak alone for its year, also over the library', () => {
    // 2026-10-01 is a library holiday; once 2026 is arranged without it, it is an ordinary Thursday.
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(new WorkingDayCalendar([], [2026]).isWorkingDay('2026-10-01')).toBe(true);
    expect(new WorkingDayCalendar([{ date: '2026-10-01', kind: 'HOLIDAY' }], [2026]).isWorkingDay('2026-10-01')).toBe(false);
  });

  it.each([
    ['2026-10-31', false],
    ['2026-11-01', true],
    ['2026-12-31', true],
    ['2025-11-15', false],
  ])('on %s next year is overdue: %s', (today, missing) => {
    expect(nextYearArrangementMissing(calendar, today)).toBe(missing);
  });
});
