import type { MikroORM } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify';
import express, { type Request, type Response, type Router } from 'express';
import { GraphQLError } from 'graphql';
import { once } from 'node:events';
import type { RateLimits } from '../abuse/rate-limits';
import { checkCalendarDate, checkIntegerRange } from '../common/input-ranges';
import type { AppConfig } from '../config';
import { ApplicationChannel } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { Logger } from '../observability/logger';
import { REPORT_COLUMNS } from '../reports/report-columns';
import { ReportDimension, type ReportFilterValues } from '../reports/report-filter';
import { REPORT_NAMES, runReport, type ReportName, type ReportRequest } from '../reports/run-report';
import { createRequestContext, finishRequestTransaction } from './request-context';

type ErrorFormatter = (error: { message: string; extensions: Record<string, unknown> }) => unknown;

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const REPORT_TITLES: Record<ReportName, string> = {
  funnel: '申请漏斗', 'cycle-times': '办理周期', 'examiner-workload': '考官工作量', registrations: '注册与到期', 'cpd-compliance': '继续职业发展达标情况', complaints: '申诉投诉办理', 'written-exam-standards': '笔试合格条件', 'application-rounds': '申请批次',
};

function list(value: unknown): string[] | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return value.split(',').map((part) => part.trim()).filter((part) => part.length > 0);
}

function oneOf<T extends string>(values: string[] | undefined, allowed: readonly T[], field: string): T[] | undefined {
  const wrong = values?.filter((value) => !allowed.includes(value as T));
  if (wrong && wrong.length > 0) {
    throw new AppError('BAD_USER_INPUT', { field, params: { detail: `not one of ${allowed.join(', ')}`, detailZh: `须为 ${allowed.join('、')} 之一` } });
  }
  return values as T[] | undefined;
}

/** Reads the export's query string into the same request the GraphQL reports take, with the same input rules. */
function requestOf(query: Request['query']): ReportRequest {
  const single = (name: string) => (typeof query[name] === 'string' && query[name] !== '' ? (query[name] as string) : undefined);
  const from = single('from');
  const to = single('to');
  const filter: ReportFilterValues = {
    from: from === undefined ? undefined : checkCalendarDate(from, 'from'),
    to: to === undefined ? undefined : checkCalendarDate(to, 'to'),
    societyCodes: list(query.society), fieldCodes: list(query.field), gradeCodes: list(query.grade),
    channels: oneOf(list(query.channel), Object.values(ApplicationChannel), 'channel'),
  };
  const months = single('expiringWithinMonths');
  return {
    filter,
    groupBy: query.groupBy === undefined ? undefined : (oneOf(list(query.groupBy) ?? [], Object.values(ReportDimension), 'groupBy') ?? []),
    expiringWithinMonths: months === undefined ? undefined : checkIntegerRange(Number(months), 'expiringWithinMonths', { min: 1, max: 60 }),
  };
}

function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  return value as string | number | boolean;
}

/** Streams rows as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the Chinese headers right). */
async function streamCsv(res: Response, name: ReportName, rows: object[]): Promise<void> {
  const columns = REPORT_COLUMNS[name];
  const csv = stringify({ header: true, bom: true, columns: columns.map((column) => ({ key: column.key, header: column.header })) });
  csv.pipe(res);
  for (const row of rows) {
    const record = Object.fromEntries(columns.map((column) => [column.key, cellValue((row as Record<string, unknown>)[column.key])]));
    if (!csv.write(record)) await once(csv, 'drain');
  }
  csv.end();
  await once(res, 'finish');
}

/** Streams rows as an XLSX workbook (exceljs' streaming writer: each row is committed as it is written). */
async function streamXlsx(res: Response, name: ReportName, rows: object[]): Promise<void> {
  // exceljs (with jszip, archiver, unzipper, bluebird, saxes: ~17 MB RSS) loads on the first XLSX export, not at start.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet(REPORT_TITLES[name]);
  sheet.columns = REPORT_COLUMNS[name].map((column) => ({ header: column.header, key: column.key }));
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(REPORT_COLUMNS[name].map((column) => [column.key, cellValue((row as Record<string, unknown>)[column.key])]))).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Report exports: GET /reports/<name>.csv or .xlsx, with the GraphQL reports' filters as query parameters
 * (from, to, society, field, grade, channel as comma lists, groupBy, expiringWithinMonths), `Authorization:
 * Bearer` and optionally `X-Society`: the same scope, walls and report policy as the queries. The figures are
 * aggregated in the request's transaction; the file is then streamed row by row.
 */
export function reportRoutes(orm: MikroORM, config: AppConfig, clock: () => Date, format: ErrorFormatter, rateLimits: RateLimits, logger: Logger): Router {
  const router = express.Router();
  router.get('/reports/:file', async (req: Request, res: Response) => {
    const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(String(req.params.file));
    let ctx: Awaited<ReturnType<typeof createRequestContext>> | undefined;
    let rows: object[];
    try {
      if (!match || !(REPORT_NAMES as readonly string[]).includes(match[1])) throw new AppError('NOT_FOUND', { field: 'file' });
      ctx = await createRequestContext(orm, config, req, clock, rateLimits);
      rows = await runReport(ctx, match[1] as ReportName, requestOf(req.query));
      await finishRequestTransaction(ctx, false);
    } catch (error) {
      if (ctx) await finishRequestTransaction(ctx, true);
      const known = error instanceof GraphQLError ? error : new AppError('INTERNAL_SERVER_ERROR');
      if (!(error instanceof GraphQLError)) logger.error({ err: error }, 'report export failed');
      const http = known.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
      for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
      res.status(http?.status ?? 500).json({ errors: [format({ message: known.message, extensions: known.extensions })] });
      return;
    }
    const [, name, kind] = match as unknown as [string, ReportName, 'csv' | 'xlsx'];
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[kind]);
    res.setHeader('Content-Disposition', `attachment; filename="${name}.${kind}"; filename*=UTF-8''${encodeURIComponent(`${REPORT_TITLES[name]}.${kind}`)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await (kind === 'csv' ? streamCsv(res, name, rows) : streamXlsx(res, name, rows));
    } catch (error) {
      // The status is gone already: end the stream so the client sees a broken file rather than waiting.
      logger.error({ err: error }, 'report export stream failed');
      res.destroy(error as Error);
    }
  });
  return router;
}
