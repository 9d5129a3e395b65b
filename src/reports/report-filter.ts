import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationChannel } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { ReportReach } from '../policies/report.policy';
import { chinaToday } from '../workflow/working-day-calendar';

/** The one filter every report takes (period, society, field, grade, channel); all parts optional. */
export interface ReportFilterValues {
  from?: string | null;
  to?: string | null;
  societyCodes?: string[] | null;
  fieldCodes?: string[] | null;
  gradeCodes?: string[] | null;
  channels?: ApplicationChannel[] | null;
}

/** The dimensions a report can be broken down by. */
export enum ReportDimension {
  SOCIETY = 'SOCIETY',
  FIELD = 'FIELD',
  GRADE = 'GRADE',
  CHANNEL = 'CHANNEL',
  PERIOD = 'PERIOD',
}

/** A filter resolved against the reference data and the viewer's reach: ids and months, ready for SQL. */
export interface ResolvedFilter {
  /** First day of the first and of the last month of the period (China calendar). */
  fromMonth: string;
  toMonth: string;
  today: string;
  /** null: every society (federation across tenants). */
  societyIds: string[] | null;
  fieldIds: string[] | null;
  gradeIds: string[] | null;
  channels: ApplicationChannel[] | null;
}

function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** The first day of the month `months` before the given month. */
function monthsBefore(month: string, months: number): string {
  const [year, mon] = month.split('-').map(Number);
  const index = year * 12 + (mon - 1) - months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

function cleanCodes(codes: string[] | null | undefined): string[] | null {
  if (!codes || codes.length === 0) return null;
  return [...new Set(codes.map((code) => code.trim().toUpperCase()).filter((code) => code.length > 0))];
}

async function idsOf(em: EntityManager, table: string, codes: string[] | null, field: string, extra = ''): Promise<string[] | null> {
  if (!codes) return null;
  const rows = await em.execute<Array<{ id: string; code: string }>>(`select id, code from ${table} where code = any (?::text[]) ${extra}`, [`{${codes.join(',')}}`]);
  const known = new Set(rows.map((row) => row.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length > 0) {
    throw new AppError('BAD_USER_INPUT', { field, params: { detail: `unknown code ${unknown.join(', ')}`, detailZh: `未知的代码：${unknown.join('、')}` } });
  }
  return rows.map((row) => row.id);
}

/**
 * Resolves the filter: codes to ids (unknown codes are BAD_USER_INPUT with their field), the period to whole China
 * months (default: the twelve months up to today), and the societies to the viewer's reach (staff asking for
 * another society get nothing of it: the intersection is empty).
 */
export async function resolveReportFilter(em: EntityManager, reach: ReportReach, filter: ReportFilterValues | null | undefined, now: Date): Promise<ResolvedFilter> {
  const today = chinaToday(now);
  const to = filter?.to ?? today;
  const toMonth = monthOf(to);
  const fromMonth = filter?.from ? monthOf(filter.from) : monthsBefore(toMonth, 11);
  if (filter?.from && filter.from > to) {
    throw new AppError('BAD_USER_INPUT', { field: 'filter.to', params: { detail: 'the period ends before it starts', detailZh: '统计期间的结束日期早于开始日期' } });
  }
  const requested = await idsOf(em, 'society', cleanCodes(filter?.societyCodes), 'filter.societyCodes');
  let societyIds: string[] | null;
  if (reach.kind === 'all') societyIds = requested;
  else societyIds = requested ? reach.societyIds.filter((id) => requested.includes(id)) : reach.societyIds;
  return {
    fromMonth, toMonth, today, societyIds,
    fieldIds: await idsOf(em, 'engineering_field', cleanCodes(filter?.fieldCodes), 'filter.fieldCodes'),
    gradeIds: await idsOf(em, 'grade', cleanCodes(filter?.gradeCodes), 'filter.gradeCodes'),
    channels: filter?.channels && filter.channels.length > 0 ? [...new Set(filter.channels)] : null,
  };
}

/** A period of whole months as blocks of the rollups (first months, YYYY-MM-01): 12 months, 3 months, single months. */
export interface PeriodBlocks {
  twelveMonths: string[];
  threeMonths: string[];
  months: string[];
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOfIndex(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Covers fromMonth–toMonth exactly with as many 12-month blocks as fit from its start, then 3-month blocks, then
 * single months (the rollups keep a block for every first month, so no alignment is needed): at most 6 blocks
 * besides the 12-month ones.
 */
export function periodBlocks(fromMonth: string, toMonth: string): PeriodBlocks {
  const blocks: PeriodBlocks = { twelveMonths: [], threeMonths: [], months: [] };
  const last = monthIndex(toMonth);
  let month = monthIndex(fromMonth);
  for (; month + 11 <= last; month += 12) blocks.twelveMonths.push(monthOfIndex(month));
  for (; month + 2 <= last; month += 3) blocks.threeMonths.push(monthOfIndex(month));
  for (; month <= last; month += 1) blocks.months.push(monthOfIndex(month));
  return blocks;
}

/** SQL conditions (with `?` parameters) for a summary table aliased `alias` that has society, field, grade and channel columns. */
export function dimensionConditions(filter: ResolvedFilter, alias: string, columns: { field?: string; grade?: string; channel?: string } = {}): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (column: string | undefined, values: string[] | null, type: string) => {
    if (!column || values === null) return;
    parts.push(`${column} = any (?::${type}[])`);
    params.push(`{${values.join(',')}}`);
  };
  add(`${alias}.society_id`, filter.societyIds, 'uuid');
  add(columns.field ?? `${alias}.field_id`, filter.fieldIds, 'uuid');
  add(columns.grade ?? `${alias}.grade_id`, filter.gradeIds, 'uuid');
  add(columns.channel ?? `${alias}.channel`, filter.channels, 'application_channel');
  return { sql: parts.length > 0 ? parts.join(' and ') : 'true', params };
}

/** How each dimension is grouped (an id column of the summary) and shown (its code, through a small reference join). */
const DIMENSION_SQL: Record<ReportDimension, { column: string; alias: string; shown: string; join?: string }> = {
  [ReportDimension.SOCIETY]: { column: 'society_id', alias: 'society_id', shown: 's.code', join: 'left join society s on s.id = r.society_id' },
  [ReportDimension.FIELD]: { column: 'field_id', alias: 'field_id', shown: 'f.code', join: 'left join engineering_field f on f.id = r.field_id' },
  [ReportDimension.GRADE]: { column: 'grade_id', alias: 'grade_id', shown: 'g.code', join: 'left join grade g on g.id = r.grade_id' },
  [ReportDimension.CHANNEL]: { column: 'channel', alias: 'channel', shown: 'r.channel::text' },
  [ReportDimension.PERIOD]: { column: 'period', alias: 'period', shown: `to_char(r.period, 'YYYY-MM')` },
};

const SHOWN_NAMES: Record<ReportDimension, string> = {
  [ReportDimension.SOCIETY]: 'society_code',
  [ReportDimension.FIELD]: 'field_code',
  [ReportDimension.GRADE]: 'grade_code',
  [ReportDimension.CHANNEL]: 'channel',
  [ReportDimension.PERIOD]: 'period',
};

/** The pieces of SQL one breakdown needs: grouped columns of the inner query, shown codes and joins of the outer one. */
export function breakdownSql(groupBy: readonly ReportDimension[], alias = 't', except: readonly ReportDimension[] = []) {
  const dims = Object.values(ReportDimension).filter((dimension) => groupBy.includes(dimension) && !except.includes(dimension));
  return {
    dims,
    inner: dims.map((dimension) => `${alias}.${DIMENSION_SQL[dimension].column} as ${DIMENSION_SQL[dimension].alias}`),
    innerGroup: dims.map((dimension) => `${alias}.${DIMENSION_SQL[dimension].column}`),
    partition: dims.map((dimension) => `${alias}.${DIMENSION_SQL[dimension].column}`),
    shown: Object.values(ReportDimension).map((dimension) =>
      dims.includes(dimension) ? `${DIMENSION_SQL[dimension].shown} as ${SHOWN_NAMES[dimension]}` : `null::text as ${SHOWN_NAMES[dimension]}`),
    joins: dims.map((dimension) => DIMENSION_SQL[dimension].join).filter((join): join is string => join !== undefined),
    order: dims.map((dimension) => SHOWN_NAMES[dimension]),
  };
}

/** The breakdown codes of one result row, as every report row carries them. */
export interface BreakdownKey {
  societyCode: string | null;
  fieldCode: string | null;
  gradeCode: string | null;
  channel: ApplicationChannel | null;
  period: string | null;
}

/** Reads the breakdown columns of a row. */
export function breakdownOf(row: Record<string, unknown>): BreakdownKey {
  return {
    societyCode: (row.society_code as string | null) ?? null,
    fieldCode: (row.field_code as string | null) ?? null,
    gradeCode: (row.grade_code as string | null) ?? null,
    channel: (row.channel as ApplicationChannel | null) ?? null,
    period: (row.period as string | null) ?? null,
  };
}

/** A string key of a row's breakdown, to join two result sets in memory. */
export function breakdownKeyString(key: BreakdownKey, extra: string): string {
  return [key.societyCode, key.fieldCode, key.gradeCode, key.channel, key.period, extra].join('|');
}
