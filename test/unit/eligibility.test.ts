import { unionYears } from '../../src/categories/eligibility';
import { addMonths } from '../../src/workflow/calendar';
import { actionsFrom, STAGES, TRANSITIONS } from '../../src/workflow/procedure';
import { ApplicationStage } from '../../src/entities/enums';

describe('unionYears: periods after the degree, overlaps counted once', () => {
  it.each([
    ['one period', [['2010-01-01', '2015-01-01']], undefined, '2026-01-01', 5],
    ['an open period runs to the as-of date', [['2020-01-01', null]], undefined, '2025-01-01', 5],
    ['overlapping periods count once', [['2010-01-01', '2014-01-01'], ['2012-01-01', '2016-01-01']], undefined, '2026-01-01', 6],
    ['a period inside another adds nothing', [['2010-01-01', '2020-01-01'], ['2012-01-01', '2013-01-01']], undefined, '2026-01-01', 10],
    ['gaps are not counted', [['2010-01-01', '2012-01-01'], ['2014-01-01', '2016-01-01']], undefined, '2026-01-01', 4],
    ['work before the degree is not counted', [['2005-01-01', '2015-01-01']], '2010-01-01', '2026-01-01', 5],
    ['future work is not counted', [['2024-01-01', '2030-01-01']], undefined, '2026-01-01', 2],
    ['4.99 years is not 5', [['2010-01-01', '2014-12-30']], undefined, '2026-01-01', 4.9],
    ['nothing', [], undefined, '2026-01-01', 0],
  ] as const)('%s', (_case, periods, from, asOf, years) => {
    expect(unionYears(periods.map(([fromDate, toDate]) => ({ fromDate, toDate })), from, asOf)).toBe(years);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-10-20', 12, '2027-10-20'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('the procedure table', () => {
  it('names every stage of the procedure, with terminal stages offering nothing but reading', () => {
    expect(Object.keys(STAGES).sort()).toEqual(Object.values(ApplicationStage).sort());
    for (const stage of Object.values(ApplicationStage)) {
      if (STAGES[stage].terminal) expect(actionsFrom(stage)).toEqual([]);
    }
  });

  it('leads every transition into a known stage, and only from stages where the applicant may act or staff review', () => {
    for (const transition of TRANSITIONS) {
      expect(STAGES[transition.to]).toBeDefined();
      for (const from of transition.from) expect(STAGES[from].terminal).toBe(false);
    }
  });

  it('freezes the dossier from acceptance on: supplements only', () => {
    expect(STAGES.ACCEPTED.editing).toBe('SUPPLEMENT_ONLY');
    expect(STAGES.RETURNED_FOR_CLARIFICATION.editing).toBe('FULL');
    expect(STAGES.SUBMITTED.editing).toBe('NONE');
  });
});
