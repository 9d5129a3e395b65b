import { periodBlocks } from '../../src/reports/report-filter';

/** Every month a set of blocks covers, in order (a 12-month block starting in a month covers it and the 11 after). */
function covered(blocks: ReturnType<typeof periodBlocks>): string[] {
  const months: string[] = [];
  const add = (first: string, count: number) => {
    const start = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1;
    for (let i = start; i < start + count; i += 1) months.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`);
  };
  for (const first of blocks.twelveMonths) add(first, 12);
  for (const first of blocks.threeMonths) add(first, 3);
  for (const first of blocks.months) add(first, 1);
  return months;
}

describe('the blocks a report period is read in', () => {
  it('reads the usual twelve months up to today as one block, whatever month they start in', () => {
    expect(periodBlocks('2025-12-01', '2026-11-01')).toEqual({ twelveMonths: ['2025-12-01'], threeMonths: [], months: [] });
  });

  it('takes 12-month blocks, then 3-month blocks, then single months', () => {
    expect(periodBlocks('2024-01-01', '2026-11-01')).toEqual({
      twelveMonths: ['2024-01-01', '2025-01-01'], threeMonths: ['2026-01-01', '2026-04-01', '2026-07-01'], months: ['2026-10-01', '2026-11-01'],
    });
    expect(periodBlocks('2026-11-01', '2026-11-01')).toEqual({ twelveMonths: [], threeMonths: [], months: ['2026-11-01'] });
  });

  it('covers each month of the period exactly once', () => {
    for (const [from, to] of [['2023-05-01', '2026-02-01'], ['2026-02-01', '2026-03-01'], ['2025-12-01', '2027-01-01'], ['2024-11-01', '2026-10-01']]) {
      const expected: string[] = [];
      for (let month = new Date(`${from}T00:00:00Z`); month <= new Date(`${to}T00:00:00Z`); month.setUTCMonth(month.getUTCMonth() + 1)) {
        expected.push(month.toISOString().slice(0, 10));
      }
      expect(covered(periodBlocks(from, to)).sort()).toEqual(expected);
    }
  });
});
