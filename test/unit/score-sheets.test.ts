import { itemsOf, type ScoreEntryInput, type ScoreSheetDefinition } from '../../src/assessment/scoring/score-sheet';
import { countPoints, scoreSheet, type ScoringOutcome } from '../../src/assessment/scoring/score-sheet-engine';
import { checkScoringSetting } from '../../src/assessment/scoring/scoring-setting.commands';
import { weightedResult } from '../../src/assessment/scoring/weighted-result';
import { scoringRouteFor } from '../../src/assessment/scoring/scoring-route';
import { AUTOMOTIVE_COMPETENCY_SHEETS, AUTOMOTIVE_QUANTITATIVE_SHEET, AUTOMOTIVE_SCORE_SHEETS } from '../../src/categories/automotive/score-sheets';

const B = AUTOMOTIVE_QUANTITATIVE_SHEET;
/** The four expert judgements every B sheet carries, at their lowest valid scores (project assessment from 5). */
const JUDGEMENTS: ScoreEntryInput[] = [
  { item: 'B3.2.1', points: 5 }, { item: 'B3.3.1', points: 0 }, { item: 'B3.4.1', points: 0 }, { item: 'B3.5.1', points: 0 },
];

function scored(outcome: ScoringOutcome) {
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.issues)}`);
  return outcome.score;
}
function refused(outcome: ScoringOutcome) {
  if (outcome.ok) throw new Error(`accepted with total ${outcome.score.total}`);
  return outcome.issues;
}
const itemPoints = (outcome: ScoringOutcome, item: string) => scored(outcome).items.find((row) => row.item === item)!.points;
const groupPoints = (outcome: ScoringOutcome, group: string) => scored(outcome).groups.find((row) => row.code === group)!.points;
const sectionPoints = (outcome: ScoringOutcome, section: string) => scored(outcome).sections.find((row) => row.code === section)!.points;

describe('Appendix B, the quantitative sheet (seed 003), as data', () => {
  it('is 110 points: background 10, continuing learning 5, projects 75, research 10, bonus 10', () => {
    expect(B.maximum).toBe(110);
    expect(B.sections.map((section) => [section.name.zh, section.cap])).toEqual([
      ['专业基础与积累', 10], ['持续学习', 5], ['项目能力', 75], ['科研成果', 10], ['加分项', 10],
    ]);
    expect(B.sections.reduce((total, section) => total + section.cap, 0)).toBe(110);
  });

  it('caps each first-level indicator as the seed does', () => {
    expect(B.sections.flatMap((section) => section.groups.map((group) => [group.name.zh, group.cap]))).toEqual([
      // 学历 (5分), but the seed's high-skill route to senior gives the item 6: taken as written.
      ['学历', 6], ['资历', 5], ['培训学时', 5], ['授课学时', 5],
      ['项目课题', 25], ['项目评价', 25], ['理论高度', 8], ['科学性', 10], ['实用性', 7],
      ['专利', 4], ['标准/技术规范', 3], ['论文发表', 4], ['专业书籍', 5], ['技术沉淀文件', 2], ['专题报告', 3],
      ['获奖', 10], ['工程伦理与职业道德', 5], ['外语水平', 2],
    ]);
  });

  it('has a Chinese and an English name for every item, and unique item codes', () => {
    const items = itemsOf(B).map(({ item }) => item);
    expect(items.every((item) => item.name.zh.length > 0 && item.name.en.length > 0)).toBe(true);
    expect(new Set(items.map((item) => item.code)).size).toBe(items.length);
  });
});

describe('Appendix B: every standard score (whole points, picked from the seed\'s table)', () => {
  const cases: Array<[string, string, number]> = [
    ['B1.1.1', 'DOCTORATE', 5], ['B1.1.1', 'MASTER', 4], ['B1.1.1', 'BACHELOR', 3], ['B1.1.1', 'COLLEGE', 2], ['B1.1.1', 'VOCATIONAL_SCHOOL', 1],
    ['B1.1.1', 'SENIOR_WORKER_FOR_ASSISTANT', 3], ['B1.1.1', 'TECHNICIAN_FOR_ENGINEER', 5], ['B1.1.1', 'SENIOR_TECHNICIAN_FOR_SENIOR', 6], ['B1.1.1', 'EXCEPTIONAL_SKILL_FOR_SENIOR', 6],
    ['B1.2.1', 'YEARS_15_PLUS', 5], ['B1.2.1', 'YEARS_11_TO_14', 4], ['B1.2.1', 'YEARS_7_TO_10', 3], ['B1.2.1', 'YEARS_4_TO_6', 2], ['B1.2.1', 'YEARS_1_TO_3', 1],
    ['B2.1.1', 'AT_LEAST_12', 5], ['B2.1.1', 'FROM_8_BELOW_12', 4], ['B2.2.1', 'AT_LEAST_6', 5], ['B2.2.1', 'FROM_4_BELOW_6', 4],
    ['B3.1.1', 'NATIONAL_LEAD', 25], ['B3.1.1', 'NATIONAL_MAJOR', 22], ['B3.1.1', 'NATIONAL_GENERAL', 16],
    ['B3.1.1', 'PROVINCIAL_LEAD', 22], ['B3.1.1', 'PROVINCIAL_MAJOR', 19], ['B3.1.1', 'PROVINCIAL_GENERAL', 13],
    ['B3.1.1', 'LOCAL_LEAD', 19], ['B3.1.1', 'LOCAL_MAJOR', 16], ['B3.1.1', 'LOCAL_GENERAL', 10],
    ['B5.1.1', 'NATIONAL_FIRST_RANK_1', 10], ['B5.1.1', 'NATIONAL_FIRST_RANK_2', 9], ['B5.1.1', 'NATIONAL_FIRST_RANK_3_OR_LOWER', 8],
    ['B5.1.1', 'NATIONAL_SECOND_RANK_1', 9], ['B5.1.1', 'NATIONAL_SECOND_RANK_2', 8], ['B5.1.1', 'NATIONAL_SECOND_RANK_3_OR_LOWER', 7],
    ['B5.1.1', 'PROVINCIAL_FIRST_RANK_1', 9], ['B5.1.1', 'PROVINCIAL_FIRST_RANK_2', 8], ['B5.1.1', 'PROVINCIAL_FIRST_RANK_3_OR_LOWER', 7],
    ['B5.1.1', 'PROVINCIAL_SECOND_RANK_1', 8], ['B5.1.1', 'PROVINCIAL_SECOND_RANK_2', 7], ['B5.1.1', 'PROVINCIAL_SECOND_RANK_3_OR_LOWER', 6],
    ['B5.1.1', 'PROVINCIAL_THIRD_RANK_1', 7], ['B5.1.1', 'PROVINCIAL_THIRD_RANK_2', 6], ['B5.1.1', 'PROVINCIAL_THIRD_RANK_3_OR_LOWER', 5],
    ['B5.1.1', 'MUNICIPAL_FIRST_RANK_1', 7], ['B5.1.1', 'MUNICIPAL_FIRST_RANK_2', 6], ['B5.1.1', 'MUNICIPAL_FIRST_RANK_3_OR_LOWER', 5],
    ['B5.1.1', 'MUNICIPAL_SECOND_RANK_1', 6], ['B5.1.1', 'MUNICIPAL_SECOND_RANK_2', 5], ['B5.1.1', 'MUNICIPAL_SECOND_RANK_3_OR_LOWER', 4],
    ['B5.1.1', 'MUNICIPAL_THIRD_RANK_1', 5], ['B5.1.1', 'MUNICIPAL_THIRD_RANK_2', 4], ['B5.1.1', 'MUNICIPAL_THIRD_RANK_3_OR_LOWER', 3],
    ['B5.2.1', 'NATIONAL', 5], ['B5.2.1', 'PROVINCIAL', 4], ['B5.2.1', 'MUNICIPAL', 3], ['B5.2.1', 'ENTERPRISE', 2],
    ['B5.3.1', 'ADVANCED', 2], ['B5.3.1', 'INTERMEDIATE', 1],
  ];

  it('lists exactly these options, no more', () => {
    const defined = itemsOf(B).flatMap(({ item }) => (item.rule.kind === 'OPTIONS' ? item.rule.options.map((option) => `${item.code}:${option.code}`) : []));
    expect(defined.sort()).toEqual(cases.map(([item, option]) => `${item}:${option}`).sort());
  });

  it.each(cases)('%s %s scores %s', (item, option, points) => {
    expect(itemPoints(scoreSheet(B, [...JUDGEMENTS, { item, option }]), item)).toBe(points);
  });

  it.each(['B1.1.1', 'B1.2.1', 'B2.1.1', 'B2.2.1', 'B3.1.1', 'B5.1.1', 'B5.2.1', 'B5.3.1'])('%s refuses an option the seed does not have, and points instead of an option', (item) => {
    const issues = refused(scoreSheet(B, [...JUDGEMENTS, { item, option: 'NOT_IN_THE_SEED' }, { item, points: 1 }]));
    expect(issues.map((issue) => [issue.code, issue.field])).toEqual([
      ['UNKNOWN_OPTION', 'input.items[4].option'], [item === 'B5.1.1' ? 'WRONG_ENTRY_KIND' : 'DUPLICATE_ITEM', item === 'B5.1.1' ? 'input.items[5].option' : 'input.items[5].item'],
    ]);
  });

  it('takes one project only (the highest, not added up), but several awards, which add up under the cap of 10', () => {
    expect(refused(scoreSheet(B, [...JUDGEMENTS, { item: 'B3.1.1', option: 'LOCAL_LEAD' }, { item: 'B3.1.1', option: 'LOCAL_MAJOR' }]))[0].code).toBe('DUPLICATE_ITEM');
    const awards = scoreSheet(B, [...JUDGEMENTS, { item: 'B5.1.1', option: 'MUNICIPAL_THIRD_RANK_1' }, { item: 'B5.1.1', option: 'MUNICIPAL_THIRD_RANK_2' }]);
    expect(itemPoints(awards, 'B5.1.1')).toBe(9);
    const many = scoreSheet(B, [...JUDGEMENTS, { item: 'B5.1.1', option: 'NATIONAL_FIRST_RANK_1' }, { item: 'B5.1.1', option: 'PROVINCIAL_FIRST_RANK_1' }]);
    expect([itemPoints(many, 'B5.1.1'), groupPoints(many, 'B5.1')]).toEqual([19, 10]);
  });
});

describe('Appendix B: the ranges the expert chooses in (whole points or half-point steps, within the bands)', () => {
  const cases: Array<[string, number, 'ok' | 'NOT_ON_STEP' | 'OUT_OF_RANGE']> = [
    // 项目评价: 25-21 / 20-16 / 15-11 / 10-5, whole points.
    ['B3.2.1', 25, 'ok'], ['B3.2.1', 21, 'ok'], ['B3.2.1', 5, 'ok'], ['B3.2.1', 26, 'OUT_OF_RANGE'], ['B3.2.1', 4, 'OUT_OF_RANGE'], ['B3.2.1', 20.5, 'NOT_ON_STEP'],
    // 理论高度: 8 / 7 / 6.5-5 / 4.5-0, half points: 7.5 lies between two bands.
    ['B3.3.1', 8, 'ok'], ['B3.3.1', 7, 'ok'], ['B3.3.1', 6.5, 'ok'], ['B3.3.1', 4.5, 'ok'], ['B3.3.1', 0, 'ok'], ['B3.3.1', 7.5, 'OUT_OF_RANGE'], ['B3.3.1', 8.5, 'OUT_OF_RANGE'], ['B3.3.1', 4.75, 'NOT_ON_STEP'], ['B3.3.1', -0.5, 'OUT_OF_RANGE'],
    // 科学性: 10-9 / 8.5-7 / 6.5-5 / 4.5-0.
    ['B3.4.1', 10, 'ok'], ['B3.4.1', 9.5, 'ok'], ['B3.4.1', 8.5, 'ok'], ['B3.4.1', 4.5, 'ok'], ['B3.4.1', 10.5, 'OUT_OF_RANGE'], ['B3.4.1', 9.2, 'NOT_ON_STEP'],
    // 实用性: 7-6 / 5.5-3 / 2.5-0.
    ['B3.5.1', 7, 'ok'], ['B3.5.1', 5.5, 'ok'], ['B3.5.1', 2.5, 'ok'], ['B3.5.1', 7.5, 'OUT_OF_RANGE'], ['B3.5.1', 3.25, 'NOT_ON_STEP'],
  ];

  it.each(cases)('%s given %s: %s', (item, points, expected) => {
    const entries = JUDGEMENTS.map((entry) => (entry.item === item ? { item, points } : entry));
    const outcome = scoreSheet(B, entries);
    if (expected === 'ok') expect(itemPoints(outcome, item)).toBe(points);
    else expect(refused(outcome).map((issue) => [issue.code, issue.field])).toEqual([[expected, `input.items[${entries.findIndex((entry) => entry.item === item)}].points`]]);
  });

  it('requires the four expert judgements, reporting each one missing', () => {
    expect(refused(scoreSheet(B, [])).map((issue) => [issue.code, issue.messageZh.includes(issue.code) ? '' : issue.messageEn.split(' ')[0]])).toEqual([
      ['MISSING_ITEM', 'B3.2.1'], ['MISSING_ITEM', 'B3.3.1'], ['MISSING_ITEM', 'B3.4.1'], ['MISSING_ITEM', 'B3.5.1'],
    ]);
  });
});

describe('Appendix B: the formulas of n (research output, each under its cap)', () => {
  const cases: Array<[string, number, number]> = [
    // 发明专利 前三位 2×n, 第四位起 1×n, 实用新型/外观 0.5×n; 专利 ≤ 4.
    ['B4.1.1', 0, 0], ['B4.1.1', 1, 2], ['B4.1.1', 2, 4], ['B4.1.1', 3, 4],
    ['B4.1.2', 1, 1], ['B4.1.2', 3, 3], ['B4.1.2', 5, 4],
    ['B4.1.3', 1, 0.5], ['B4.1.3', 3, 1.5], ['B4.1.3', 9, 4],
    // 标准 国家 多项/一项 3/2, 行业/团体 2/1.
    ['B4.2.1', 1, 2], ['B4.2.1', 2, 3], ['B4.2.1', 6, 3], ['B4.2.2', 1, 1], ['B4.2.2', 2, 2], ['B4.2.2', 4, 2],
    // 论文 第一作者 2+0.5×(n−1), 2-3位 1+0.5×(n−1); 论文 ≤ 4.
    ['B4.3.1', 1, 2], ['B4.3.1', 2, 2.5], ['B4.3.1', 5, 4], ['B4.3.1', 8, 4], ['B4.3.2', 1, 1], ['B4.3.2', 3, 2], ['B4.3.2', 7, 4], ['B4.3.2', 9, 4],
    // 专业书籍 排名不限 4, 前2位 5; ≤ 5.
    ['B4.4.1', 1, 4], ['B4.4.1', 2, 5], ['B4.4.2', 1, 5], ['B4.4.2', 2, 5],
    // 技术沉淀文件 多项/一项 2/1.
    ['B4.5.1', 1, 1], ['B4.5.1', 2, 2], ['B4.5.1', 5, 2],
    // 专题报告 国际或国家 3, 省部级 2, 司局级 1; ≤ 3.
    ['B4.6.1', 1, 3], ['B4.6.1', 2, 3], ['B4.6.2', 1, 2], ['B4.6.2', 2, 3], ['B4.6.3', 1, 1], ['B4.6.3', 2, 2], ['B4.6.3', 4, 3],
  ];

  it('covers every formula item', () => {
    const defined = itemsOf(B).filter(({ item }) => item.rule.kind === 'COUNT').map(({ item }) => item.code);
    expect([...new Set(cases.map(([item]) => item))].sort()).toEqual(defined.sort());
  });

  it.each(cases)('%s with n = %s scores %s', (item, n, points) => {
    expect(itemPoints(scoreSheet(B, [...JUDGEMENTS, { item, count: n }]), item)).toBe(points);
  });

  it('scores three first-author invention patents 4, not 6', () => {
    const outcome = scoreSheet(B, [...JUDGEMENTS, { item: 'B4.1.1', count: 3 }]);
    expect([itemPoints(outcome, 'B4.1.1'), groupPoints(outcome, 'B4.1'), sectionPoints(outcome, 'B4')]).toEqual([4, 4, 4]);
    expect(countPoints({ first: 2, next: 2, cap: 4 }, 3)).toBe(4);
  });

  it('caps the patents group at 4 across its items, and research output at 10 across its groups', () => {
    const outcome = scoreSheet(B, [...JUDGEMENTS, { item: 'B4.1.1', count: 1 }, { item: 'B4.1.2', count: 2 }, { item: 'B4.1.3', count: 2 },
      { item: 'B4.2.1', count: 2 }, { item: 'B4.3.1', count: 5 }]);
    expect([groupPoints(outcome, 'B4.1'), groupPoints(outcome, 'B4.2'), groupPoints(outcome, 'B4.3')]).toEqual([4, 3, 4]);
    expect(sectionPoints(outcome, 'B4')).toBe(10);
  });

  it.each([[-1], [1.5], [1001]])('refuses a count of %s', (n) => {
    expect(refused(scoreSheet(B, [...JUDGEMENTS, { item: 'B4.1.1', count: n }])).map((issue) => [issue.code, issue.field])).toEqual([['INVALID_COUNT', 'input.items[4].count']]);
  });
});

describe('Appendix B: the section caps ("总分≤") and the total', () => {
  it.each([
    // 专业基础与积累 ≤ 10: the senior high-skill route's 6 with 15 years' 5 makes 10.
    ['B1', [{ item: 'B1.1.1', option: 'SENIOR_TECHNICIAN_FOR_SENIOR' }, { item: 'B1.2.1', option: 'YEARS_15_PLUS' }], 11, 10],
    // 持续学习 ≤ 5: training and teaching do not add up beyond 5.
    ['B2', [{ item: 'B2.1.1', option: 'AT_LEAST_12' }, { item: 'B2.2.1', option: 'FROM_4_BELOW_6' }], 9, 5],
    // 加分项 ≤ 10.
    ['B5', [{ item: 'B5.1.1', option: 'MUNICIPAL_FIRST_RANK_1' }, { item: 'B5.2.1', option: 'PROVINCIAL' }, { item: 'B5.3.1', option: 'ADVANCED' }], 13, 10],
  ] as Array<[string, ScoreEntryInput[], number, number]>)('%s: items adding up to %s score %s', (section, entries, sum, points) => {
    const outcome = scoreSheet(B, [...JUDGEMENTS, ...entries]);
    expect(scored(outcome).sections.find((row) => row.code === section)).toEqual({ code: section, sum, points });
  });

  it('scores the best possible sheet 110 and the least 5', () => {
    const best: ScoreEntryInput[] = [
      { item: 'B1.1.1', option: 'DOCTORATE' }, { item: 'B1.2.1', option: 'YEARS_15_PLUS' }, { item: 'B2.1.1', option: 'AT_LEAST_12' },
      { item: 'B3.1.1', option: 'NATIONAL_LEAD' }, { item: 'B3.2.1', points: 25 }, { item: 'B3.3.1', points: 8 }, { item: 'B3.4.1', points: 10 }, { item: 'B3.5.1', points: 7 },
      { item: 'B4.1.1', count: 2 }, { item: 'B4.2.1', count: 2 }, { item: 'B4.5.1', count: 1 }, { item: 'B4.6.1', count: 1 },
      { item: 'B5.1.1', option: 'NATIONAL_FIRST_RANK_1' },
    ];
    expect(scored(scoreSheet(B, best)).total).toBe(110);
    expect(scored(scoreSheet(B, JUDGEMENTS)).total).toBe(5);
  });

  it('refuses a total above the sheet\'s maximum (a sheet whose sections allow more than its maximum)', () => {
    const tooSmall: ScoreSheetDefinition = { ...B, code: 'TEST_100', maximum: 100 };
    const all: ScoreEntryInput[] = [
      { item: 'B1.1.1', option: 'DOCTORATE' }, { item: 'B3.1.1', option: 'NATIONAL_LEAD' }, { item: 'B3.2.1', points: 25 }, { item: 'B3.3.1', points: 8 },
      { item: 'B3.4.1', points: 10 }, { item: 'B3.5.1', points: 7 }, { item: 'B4.4.2', count: 2 }, { item: 'B4.1.1', count: 3 }, { item: 'B4.3.1', count: 5 },
      { item: 'B5.1.1', option: 'NATIONAL_FIRST_RANK_1' },
    ];
    expect(scored(scoreSheet(B, all)).total).toBe(100);
    expect(refused(scoreSheet(tooSmall, [...all, { item: 'B2.1.1', option: 'FROM_8_BELOW_12' }]))).toEqual([
      { code: 'TOTAL_ABOVE_MAXIMUM', field: 'input.items', messageZh: '总分 104 超过评分表满分 100', messageEn: "the total 104 is above the sheet's maximum 100" },
    ]);
  });

  it('reports every bad entry at once, each with its field path and both languages', () => {
    const issues = refused(scoreSheet(B, [
      { item: 'B9.9.9', points: 1 }, { item: 'B3.2.1', points: 30 }, { item: 'B3.3.1', points: 6.3 }, { item: 'B3.4.1', points: 9 }, { item: 'B3.4.1', points: 9 },
      { item: 'B3.5.1', option: 'X' }, { item: 'B4.1.1', count: 2, points: 4 },
    ]));
    expect(issues.map((issue) => [issue.code, issue.field])).toEqual([
      ['UNKNOWN_ITEM', 'input.items[0].item'], ['OUT_OF_RANGE', 'input.items[1].points'], ['NOT_ON_STEP', 'input.items[2].points'],
      ['DUPLICATE_ITEM', 'input.items[4].item'], ['WRONG_ENTRY_KIND', 'input.items[5].points'], ['WRONG_ENTRY_KIND', 'input.items[6].count'],
    ]);
    expect(issues.every((issue) => /[\u4e00-\u9fff]/.test(issue.messageZh) && /[a-z]/.test(issue.messageEn))).toBe(true);
  });
});

describe('Appendix C, the competency sheets C.1–C.5 (100 points: five abilities of 20)', () => {
  // The maximum of each requirement, ability by ability, as the seed's tables give them.
  const maxima: Array<[string, number[][]]> = [
    ['C.1', [[10, 10], [6, 7, 7], [5, 5, 5, 5], [10, 10], [10, 10]]],
    ['C.2', [[10, 10], [5, 5, 5, 5], [5, 5, 5, 5], [10, 10], [5, 5, 5, 5]]],
    ['C.3', [[10, 10], [5, 5, 5, 5], [5, 5, 5, 5], [10, 10], [4, 4, 4, 4, 4]]],
    ['C.4', [[6, 7, 7], [5, 5, 5, 5], [5, 5, 5, 5], [10, 10], [4, 4, 4, 4, 4]]],
    ['C.5', [[6, 7, 7], [5, 5, 5, 5], [5, 5, 5, 5], [10, 10], [4, 4, 4, 4, 4]]],
  ];

  it.each(maxima.map(([table, values], index) => [table, index, values] as const))('table %s has the seed\'s requirements and maxima', (table, index, values) => {
    const sheet = AUTOMOTIVE_COMPETENCY_SHEETS[index];
    expect(sheet.source).toContain(table);
    expect([sheet.kind, sheet.maximum]).toEqual(['COMPETENCY', 100]);
    expect(sheet.sections.map((section) => [section.name.zh, section.cap])).toEqual([
      ['工程伦理与职业道德', 20], ['工程知识与专业能力', 20], ['团队合作与交流能力', 20], ['持续发展与终身学习', 20], ['组织领导与项目管理能力', 20],
    ]);
    expect(sheet.sections.map((section) => section.groups.flatMap((group) => group.items.map((item) => (item.rule.kind === 'RANGE' ? item.rule.max : NaN))))).toEqual(values);
    expect(sheet.sections.every((section) => section.groups[0].items.every((item, i) => item.name.zh.startsWith(`${i + 1}. `)))).toBe(true);
  });

  const everyItem = AUTOMOTIVE_COMPETENCY_SHEETS.flatMap((sheet) => itemsOf(sheet).map(({ item }) => [sheet, item.code, item.rule.kind === 'RANGE' ? item.rule.max : NaN] as const));
  const full = (sheet: ScoreSheetDefinition, override: ScoreEntryInput) => itemsOf(sheet).map(({ item }) => (item.code === override.item ? override : { item: item.code, points: 0 }));

  it.each(everyItem.map(([sheet, code, max]) => [code, max, sheet] as const))('%s: up to %s in half points, no more', (code, max, sheet) => {
    expect(itemPoints(scoreSheet(sheet, full(sheet, { item: code, points: max })), code)).toBe(max);
    expect(itemPoints(scoreSheet(sheet, full(sheet, { item: code, points: max - 0.5 })), code)).toBe(max - 0.5);
    expect(refused(scoreSheet(sheet, full(sheet, { item: code, points: max + 0.5 })))[0].code).toBe('OUT_OF_RANGE');
    expect(refused(scoreSheet(sheet, full(sheet, { item: code, points: max - 0.25 })))[0].code).toBe('NOT_ON_STEP');
  });

  it.each(AUTOMOTIVE_COMPETENCY_SHEETS.map((sheet) => [sheet.code, sheet] as const))('%s: every requirement at its maximum makes 100; each must be scored', (_code, sheet) => {
    expect(scored(scoreSheet(sheet, itemsOf(sheet).map(({ item }) => ({ item: item.code, points: item.rule.kind === 'RANGE' ? item.rule.max : 0 })))).total).toBe(100);
    expect(refused(scoreSheet(sheet, [])).every((issue) => issue.code === 'MISSING_ITEM')).toBe(true);
    expect(refused(scoreSheet(sheet, [])).length).toBe(itemsOf(sheet).length);
  });
});

describe('the automotive grades and their sheets (the plug-in\'s routes, seed 003 clause 8)', () => {
  it.each([
    ['INTERN', []],
    ['ASSISTANT', [['MATERIALS', ['AUTOMOTIVE_B', 'AUTOMOTIVE_C2'], true]]],
    ['ENGINEER', [['MATERIALS', ['AUTOMOTIVE_B', 'AUTOMOTIVE_C3'], true]]],
    // 8.3.3: the material reviewers score the quantitative sheet; the interview experts both, and theirs decides.
    ['SENIOR', [['MATERIALS', ['AUTOMOTIVE_B'], false], ['INTERVIEW', ['AUTOMOTIVE_B', 'AUTOMOTIVE_C4'], true]]],
    ['PRINCIPAL', [['MATERIALS', ['AUTOMOTIVE_B'], false], ['INTERVIEW', ['AUTOMOTIVE_B', 'AUTOMOTIVE_C5'], true]]],
  ] as Array<[string, Array<[string, string[], boolean]>]>)('%s is scored: %j', (grade, steps) => {
    const route = scoringRouteFor('AUTOMOTIVE', grade);
    expect(route?.steps.map((step) => [step.assessment, step.sheets.map((sheet) => sheet.code), step.decidesPass]) ?? []).toEqual(steps);
  });

  it('fills the plug-in slot with Appendix B and one competency table per grade', () => {
    expect(AUTOMOTIVE_SCORE_SHEETS.map((sheet) => [sheet.code, sheet.grades ?? null])).toEqual([
      ['AUTOMOTIVE_B', null], ['AUTOMOTIVE_C1', ['INTERN']], ['AUTOMOTIVE_C2', ['ASSISTANT']], ['AUTOMOTIVE_C3', ['ENGINEER']],
      ['AUTOMOTIVE_C4', ['SENIOR']], ['AUTOMOTIVE_C5', ['PRINCIPAL']],
    ]);
    expect(scoringRouteFor('ELECTRICAL', 'PROFESSIONAL')).toBeNull();
  });
});

describe('the weighted result against the configured pass mark', () => {
  const weights = { quantitativeWeight: 60, competencyWeight: 40, passMark: 70 };
  it.each([
    // two examiners: B 80 and 70 (average 75), C 75 and 85 (average 80): 0.6 × 75 + 0.4 × 80 = 77.
    [[['e1', 80, 75], ['e2', 70, 85]], 77, true],
    // exactly the pass mark passes.
    [[['e1', 70, 70]], 70, true],
    // a hundredth below does not: 0.6 × 69.5 + 0.4 × 70.25 = 69.8.
    [[['e1', 69.5, 70.25]], 69.8, false],
    // the bonus may take the quantitative sheet above 100.
    [[['e1', 110, 100]], 106, true],
  ] as Array<[Array<[string, number, number]>, number, boolean]>)('%j → %s (passed: %s)', (examiners, score, passed) => {
    const totals = examiners.flatMap(([examinerId, b, c]) => [{ examinerId, kind: 'QUANTITATIVE' as const, total: b }, { examinerId, kind: 'COMPETENCY' as const, total: c }]);
    expect(weightedResult(totals, weights)).toMatchObject({ examiners: examiners.length, score, passed });
  });

  it('counts only examiners who submitted both sheets, and has no result before one has', () => {
    expect(weightedResult([{ examinerId: 'e1', kind: 'QUANTITATIVE', total: 90 }], weights)).toBeNull();
    expect(weightedResult([
      { examinerId: 'e1', kind: 'QUANTITATIVE', total: 90 }, { examinerId: 'e1', kind: 'COMPETENCY', total: 60 }, { examinerId: 'e2', kind: 'QUANTITATIVE', total: 10 },
    ], weights)).toEqual({ examiners: 1, quantitativeAverage: 90, competencyAverage: 60, score: 78, passed: true });
  });

  it.each([
    [{ quantitativeWeight: 50, competencyWeight: 40, passMark: 60 }, 'input.competencyWeight'],
    [{ quantitativeWeight: 50.5, competencyWeight: 49.5, passMark: 60 }, 'input.quantitativeWeight'],
    [{ quantitativeWeight: 60, competencyWeight: 40, passMark: 110.5 }, 'input.passMark'],
    [{ quantitativeWeight: 60, competencyWeight: 40, passMark: 60.125 }, 'input.passMark'],
    [{ quantitativeWeight: 60, competencyWeight: 40, passMark: -1 }, 'input.passMark'],
  ])('refuses the setting %j at %s', (setting, field) => {
    expect(() => checkScoringSetting({ categoryCode: 'automotive', ...setting })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }));
  });

  it('refuses a category without score sheets and accepts CSAE-like settings', () => {
    expect(() => checkScoringSetting({ categoryCode: 'general', quantitativeWeight: 60, competencyWeight: 40, passMark: 60 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.categoryCode' }) }));
    expect(checkScoringSetting({ categoryCode: ' Automotive ', quantitativeWeight: 60, competencyWeight: 40, passMark: 72.5 })).toEqual({ categoryCode: 'automotive', quantitativeWeight: 60, competencyWeight: 40, passMark: 72.5 });
  });
});
