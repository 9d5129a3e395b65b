/**
 * A score sheet as data (issue 10): a category's examiners fill it in item by item; the scoring engine
 * (score-sheet-engine.ts) checks each entry against the item's rule and adds the items up under the caps.
 *
 * Shape: sheet → sections (评价指标 / 能力) → groups (一级指标) → items (二级指标 / 要求). Every level may carry a cap:
 * a group's or section's "总分≤N" caps what its items add up to (the seed's "各项得分可累加，总分≤N"); an item's rule
 * decides what an examiner may enter for it; the sheet's maximum refuses a total above it.
 */

/** Text in both languages. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** One standard score an examiner picks (学历 博士 = 5, 国家级项目负责人 = 25…). */
export interface ScoreOption {
  code: string;
  label: Bilingual;
  points: number;
}

/** A band of a range the expert chooses in (项目评价 "25-21（含）"…), both ends included. */
export interface ScoreBand {
  label: Bilingual;
  min: number;
  max: number;
}

/**
 * How an item is scored:
 * - OPTIONS: one of the standard scores (`repeatable`: several entries, e.g. several awards, which add up);
 * - RANGE: points the expert chooses within one of the bands (or 0…max without bands), in whole or half points;
 * - COUNT: a formula of the number n of outputs, `first + next × (n − 1)`, at most `cap` (发明专利前三位 2×n ≤ 4).
 */
export type ScoringRule =
  | { kind: 'OPTIONS'; options: readonly ScoreOption[]; repeatable?: boolean }
  | { kind: 'RANGE'; step: 1 | 0.5; max: number; bands?: readonly ScoreBand[] }
  | { kind: 'COUNT'; first: number; next: number; cap: number; formula: string };

/** One item (二级指标, or one requirement of a competency sheet). */
export interface ScoreItemDefinition {
  code: string;
  name: Bilingual;
  rule: ScoringRule;
  /** An expert judgement every sheet must carry (no entry is not a zero). */
  required?: boolean;
  /** What the examiner checks it against (指标说明), in the seed's words. */
  evidence?: Bilingual;
}

/** A group of items under one cap (一级指标, e.g. 专利 ≤ 4). */
export interface ScoreGroupDefinition {
  code: string;
  name: Bilingual;
  /** What the group's items may add up to; more is capped ("总分≤"). */
  cap: number;
  items: readonly ScoreItemDefinition[];
}

/** A section of the sheet (评价指标 / 能力), with its cap. */
export interface ScoreSectionDefinition {
  code: string;
  name: Bilingual;
  cap: number;
  /** The section's scoring note (指标说明), in the seed's words. */
  note?: Bilingual;
  groups: readonly ScoreGroupDefinition[];
}

/** Which part of a weighted result a sheet is: the quantitative (专业能力) or the competency (素质) sheet. */
export type ScoreSheetKind = 'QUANTITATIVE' | 'COMPETENCY';

/** A whole score sheet: its code (stored with each examiner's sheet), its kind, its maximum and its sections. */
export interface ScoreSheetDefinition {
  code: string;
  kind: ScoreSheetKind;
  name: Bilingual;
  /** Where it comes from (e.g. "T/CSAE 附录B"). */
  source: string;
  maximum: number;
  /** The grades whose examiners fill it in (none: every scored grade of the category). */
  grades?: readonly string[];
  sections: readonly ScoreSectionDefinition[];
}

/** The scored assessments: the material review or the interview (seed 003 8.3). */
export type ScoredAssessment = 'MATERIALS' | 'INTERVIEW';

/** One entry of an examiner: an item and what they give it (an option, points, or a count). */
export interface ScoreEntryInput {
  item: string;
  option?: string | null;
  points?: number | null;
  count?: number | null;
}

/** Every item of a sheet, in order, with its group and section. */
export function itemsOf(sheet: ScoreSheetDefinition): Array<{ section: ScoreSectionDefinition; group: ScoreGroupDefinition; item: ScoreItemDefinition }> {
  return sheet.sections.flatMap((section) => section.groups.flatMap((group) => group.items.map((item) => ({ section, group, item }))));
}
