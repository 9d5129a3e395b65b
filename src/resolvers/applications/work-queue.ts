import type { Application } from '../../entities';
import { AppError } from '../../errors/app-error';
import type { RequestContext } from '../../http/request-context';
import { forbiddenQueueArguments, QUEUE_STAGES, queueRelationOf } from '../../policies/queue-filters.policy';
import { chinaToday } from '../../workflow/working-day-calendar';
import { decodeCursor, keysetSql, pageRequest, type ConnectionArgs, type KeysetPosition, type PageRequest } from '../common/connection';
import { ApplicationOrder } from './application.enums';
import { submittedAtCursorOf, type ReadWindow, type SqlPart } from './application-read';
import type { ApplicationFilter } from './application.inputs';

const ORDER_COLUMN = { [ApplicationOrder.SUBMITTED_AT]: { column: 'submitted_at', type: 'timestamptz' }, [ApplicationOrder.DUE_DATE]: { column: 'due_date', type: 'date' } } as const;

function positionOf(application: Application, order: ApplicationOrder): KeysetPosition {
  const value = order === ApplicationOrder.SUBMITTED_AT ? submittedAtCursorOf(application)! : application.dueDate!;
  return { sortValue: value, id: application.id };
}

/** The queue's filter as SQL on the application `a` (the read model's statement). */
function filterSql(filter: ApplicationFilter | undefined, today: string): SqlPart {
  if (filter?.stages?.some((stage) => !QUEUE_STAGES.includes(stage))) {
    throw new AppError('BAD_USER_INPUT', { field: 'filter.stages', params: { detail: 'drafts are the applicant\'s own', detailZh: '草稿仅申请人本人可见' } });
  }
  const stages = filter?.stages?.length ? filter.stages : QUEUE_STAGES;
  const conditions = ['a.stage = any (?::application_stage[])'];
  const params: unknown[] = [`{${stages.join(',')}}`];
  if (filter?.fieldCode) conditions.push('a.field_id in (select id from engineering_field where code = ?)'), params.push(filter.fieldCode.toUpperCase());
  if (filter?.specialtyCode) conditions.push('a.specialty_id in (select id from specialty where code = ?)'), params.push(filter.specialtyCode.toUpperCase());
  if (filter?.gradeCode) conditions.push('a.grade_id in (select id from grade where code = ?)'), params.push(filter.gradeCode.toUpperCase());
  if (filter?.overdue === true) conditions.push('a.due_date < ?::date'), params.push(today);
  if (filter?.overdue === false) conditions.push('a.due_date >= ?::date'), params.push(today);
  return { sql: conditions.join(' and '), params };
}

/** Filters and sort orders may only read parts the viewer sees (src/policies/queue-filters.policy.ts). */
function checkQueueArguments(ctx: RequestContext, filter: ApplicationFilter | undefined, orderBy: ApplicationOrder): void {
  const used = Object.entries(filter ?? {}).filter(([, value]) => value !== undefined && value !== null).map(([key]) => key);
  if (orderBy !== ApplicationOrder.SUBMITTED_AT) used.push('orderBy');
  const stages = filter?.stages?.length ? filter.stages : QUEUE_STAGES;
  const [forbidden] = forbiddenQueueArguments(queueRelationOf(ctx), used, stages);
  if (forbidden) throw new AppError('FORBIDDEN', { field: forbidden === 'orderBy' ? 'orderBy' : `filter.${forbidden}` });
}

/** A work-queue page to read: the page asked for, its rows' condition and window, the count's condition, and each row's cursor position. */
export interface WorkQueueRead {
  request: PageRequest;
  where: SqlPart;
  window: ReadWindow;
  /** The filter alone (a count covers every page). */
  counted: SqlPart;
  positionOf: (application: Application) => KeysetPosition;
}

/**
 * The work queue's page from its arguments, checked as the queue checks them (the viewer may filter and sort only
 * by what they see; paging, cursors and stages are validated): throws the AppError of the first bad argument before
 * any statement runs. Shared by the `applications` resolver and the page PostgreSQL renders (src/read-path).
 */
export function workQueueRead(ctx: RequestContext, args: ConnectionArgs, filter: ApplicationFilter | undefined, orderBy: ApplicationOrder): WorkQueueRead {
  const request = pageRequest(args);
  checkQueueArguments(ctx, filter, orderBy);
  const { column, type } = ORDER_COLUMN[orderBy];
  const where = filterSql(filter, chinaToday(ctx.clock()));
  const counted = { sql: where.sql, params: [...where.params] };
  if (request.cursor && orderBy === ApplicationOrder.SUBMITTED_AT && Number.isNaN(new Date(request.cursor.sortValue).getTime())) decodeCursor('', request.backward ? 'before' : 'after');
  const keyset = keysetSql(`a.${column}`, 'a.id', type, 'asc', request);
  where.sql += ` and ${keyset.sql}`;
  where.params.push(...keyset.params);
  return { request, where, window: { order: keyset.order, limit: request.size + 1 }, counted, positionOf: (application) => positionOf(application, orderBy) };
}
