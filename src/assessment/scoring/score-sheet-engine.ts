import { itemsOf, type ScoreEntryInput, type ScoreItemDefinition, type ScoreSheetDefinition } from './score-sheet';

/** Why an entry of a score sheet is refused (each with its field path and message in both languages). */
export type ScoringIssueCode =
  | 'UNKNOWN_ITEM'
  | 'DUPLICATE_ITEM'
  | 'WRONG_ENTRY_KIND'
  | 'UNKNOWN_OPTION'
  | 'NOT_ON_STEP'
  | 'OUT_OF_RANGE'
  | 'INVALID_COUNT'
  | 'MISSING_ITEM'
  | 'TOTAL_ABOVE_MAXIMUM';

/** One refused entry. */
export interface ScoringIssue {
  code: ScoringIssueCode;
  field: string;
  messageZh: string;
  messageEn: string;
}

/** What one item scored (a repeatable item adds its entries up). */
export interface ItemScore {
  item: string;
  points: number;
}

/** What a group or section scored: the sum of its parts, and that sum under its cap. */
export interface CappedScore {
  code: string;
  sum: number;
  points: number;
}

/** A valid sheet's scores at every level. */
export interface SheetScore {
  sheet: string;
  items: ItemScore[];
  groups: CappedScore[];
  sections: CappedScore[];
  total: number;
}

/** The engine's answer: the scores, or every refused entry at once. */
export type ScoringOutcome = { ok: true; score: SheetScore } | { ok: false; issues: ScoringIssue[] };

const issue = (code: ScoringIssueCode, field: string, messageZh: string, messageEn: string): ScoringIssue => ({ code, field, messageZh, messageEn });

/** Whether a number is a multiple of the step (half points are exact in binary floating point). */
function onStep(value: number, step: number): boolean {
  return Number.isInteger(value / step);
}

/** The points of a COUNT item for n outputs: first + next × (n − 1), at most the cap. */
export function countPoints(rule: { first: number; next: number; cap: number }, n: number): number {
  if (n <= 0) return 0;
  return Math.min(rule.cap, rule.first + rule.next * (n - 1));
}

/** The points one entry gives its item, or the issue that refuses it. */
function entryPoints(item: ScoreItemDefinition, entry: ScoreEntryInput, path: string): number | ScoringIssue {
  const rule = item.rule;
  const given = (['option', 'points', 'count'] as const).filter((key) => entry[key] !== undefined && entry[key] !== null);
  const expected = rule.kind === 'OPTIONS' ? 'option' : rule.kind === 'RANGE' ? 'points' : 'count';
  if (given.length !== 1 || given[0] !== expected) {
    return issue('WRONG_ENTRY_KIND', `${path}.${expected}`, `${item.code}「${item.name.zh}」须填写且仅填写 ${expected}`, `${item.code} (${item.name.en}) takes exactly one ${expected}`);
  }
  switch (rule.kind) {
    case 'OPTIONS': {
      const option = rule.options.find((candidate) => candidate.code === entry.option);
      if (!option) {
        return issue('UNKNOWN_OPTION', `${path}.option`, `${item.code} 的标准分选项为 ${rule.options.map((o) => o.code).join('/')}`, `${item.code} options are ${rule.options.map((o) => o.code).join('/')}`);
      }
      return option.points;
    }
    case 'RANGE': {
      const points = entry.points!;
      if (!Number.isFinite(points) || !onStep(points, rule.step)) {
        const zh = rule.step === 1 ? '得分为整数' : '得分以0.5递增或递减';
        return issue('NOT_ON_STEP', `${path}.points`, `${item.code}「${item.name.zh}」${zh}`, `${item.code} (${item.name.en}) is scored in ${rule.step === 1 ? 'whole points' : 'steps of 0.5'}`);
      }
      const bands = rule.bands ?? [{ min: 0, max: rule.max, label: { zh: '', en: '' } }];
      if (points < 0 || points > rule.max || !bands.some((band) => points >= band.min && points <= band.max)) {
        const ranges = bands.map((band) => `${band.min}–${band.max}`).join(', ');
        return issue('OUT_OF_RANGE', `${path}.points`, `${item.code}「${item.name.zh}」须在标准分区间内（${ranges}）`, `${item.code} (${item.name.en}) must lie in ${ranges}`);
      }
      return points;
    }
    case 'COUNT': {
      const count = entry.count!;
      if (!Number.isInteger(count) || count < 0 || count > 1000) {
        return issue('INVALID_COUNT', `${path}.count`, `${item.code}「${item.name.zh}」的成果数量须为 0–1000 的整数`, `${item.code} (${item.name.en}) takes a whole number of outputs from 0 to 1000`);
      }
      return countPoints(rule, count);
    }
  }
}

/** Sums at half-point precision (every score on a sheet is a multiple of 0.5). */
function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * Checks an examiner's entries against a sheet and scores it: every refused entry is reported at once (field
 * `input.items[i]…`); items left out score 0 unless required; groups and sections are capped ("总分≤N");
 * a total above the sheet's maximum is refused.
 */
export function scoreSheet(sheet: ScoreSheetDefinition, entries: readonly ScoreEntryInput[], pathPrefix = 'input.items'): ScoringOutcome {
  const all = itemsOf(sheet);
  const byCode = new Map(all.map((row) => [row.item.code, row]));
  const issues: ScoringIssue[] = [];
  const pointsByItem = new Map<string, number[]>();
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const path = `${pathPrefix}[${index}]`;
    const row = byCode.get(entry.item);
    if (!row) {
      issues.push(issue('UNKNOWN_ITEM', `${path}.item`, `评分表 ${sheet.code} 中没有指标 ${entry.item}`, `sheet ${sheet.code} has no item ${entry.item}`));
      return;
    }
    const repeatable = row.item.rule.kind === 'OPTIONS' && row.item.rule.repeatable === true;
    const again = seen.has(entry.item);
    seen.add(entry.item);
    if (again && !repeatable) {
      issues.push(issue('DUPLICATE_ITEM', `${path}.item`, `指标 ${entry.item} 只能评一次`, `item ${entry.item} is scored once`));
      return;
    }
    const points = entryPoints(row.item, entry, path);
    if (typeof points !== 'number') {
      issues.push(points);
      return;
    }
    pointsByItem.set(entry.item, [...(pointsByItem.get(entry.item) ?? []), points]);
  });
  for (const { item } of all) {
    if (item.required && !seen.has(item.code)) {
      issues.push(issue('MISSING_ITEM', pathPrefix, `须为 ${item.code}「${item.name.zh}」评分`, `${item.code} (${item.name.en}) must be scored`));
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const items: ItemScore[] = all.map(({ item }) => ({ item: item.code, points: sum(pointsByItem.get(item.code) ?? []) }));
  const itemPoints = new Map(items.map((row) => [row.item, row.points]));
  const groups: CappedScore[] = [];
  const sections: CappedScore[] = sheet.sections.map((section) => {
    const groupScores = section.groups.map((group) => {
      const groupSum = sum(group.items.map((item) => itemPoints.get(item.code) ?? 0));
      return { code: group.code, sum: groupSum, points: Math.min(group.cap, groupSum) };
    });
    groups.push(...groupScores);
    const sectionSum = sum(groupScores.map((group) => group.points));
    return { code: section.code, sum: sectionSum, points: Math.min(section.cap, sectionSum) };
  });
  const total = sum(sections.map((section) => section.points));
  if (total > sheet.maximum) {
    return { ok: false, issues: [issue('TOTAL_ABOVE_MAXIMUM', pathPrefix, `总分 ${total} 超过评分表满分 ${sheet.maximum}`, `the total ${total} is above the sheet's maximum ${sheet.maximum}`)] };
  }
  return { ok: true, score: { sheet: sheet.code, items, groups, sections, total } };
}

/** The largest total each item can reach under its rule (for checking a sheet's definition against its maximum). */
export function itemMaximum(item: ScoreItemDefinition): number {
  const rule = item.rule;
  switch (rule.kind) {
    case 'OPTIONS':
      return Math.max(...rule.options.map((option) => option.points));
    case 'RANGE':
      return rule.max;
    case 'COUNT':
      return rule.cap;
  }
}
