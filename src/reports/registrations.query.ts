import type { EntityManager } from '@mikro-orm/postgresql';
import { breakdownKeyString, breakdownOf, breakdownSql, dimensionConditions, ReportDimension, type BreakdownKey, type ResolvedFilter } from './report-filter';

/** Registrations granted in the period and registrations expiring soon, within one breakdown cell. */
export interface RegistrationRow extends BreakdownKey {
  granted: number;
  /** Active registrations whose validity ends from today to `expiringWithinMonths` months ahead (by expiry month when broken down by period). */
  expiring: number;
}

/** Adds whole months to a China date (clamped to the month's last day, like PostgreSQL). */
function addMonthsSql(): string {
  return `(?::date + make_interval(months => ?::int))::date`;
}

/**
 * Registrations granted (entries into REGISTERED in the history summary, report_stage_flow) and expiries coming
 * up (the register's validity, through the index on valid_until), merged by breakdown cell.
 */
export async function registrationsReport(em: EntityManager, filter: ResolvedFilter, groupBy: readonly ReportDimension[], expiringWithinMonths: number): Promise<RegistrationRow[]> {
  const b = breakdownSql(groupBy);
  const flowWhere = dimensionConditions(filter, 't');
  const granted = await em.execute<Array<Record<string, unknown>>>(
    `select ${b.shown.join(', ')}, r.n from (
       select ${[...b.inner, 'sum(t.entries)::int as n'].join(', ')} from report_stage_flow t
        where ${flowWhere.sql} and t.stage = 'REGISTERED' and t.period between ?::date and ?::date
        ${b.innerGroup.length > 0 ? `group by ${b.innerGroup.join(', ')}` : ''}) r ${b.joins.join(' ')}`,
    [...flowWhere.params, filter.fromMonth, filter.toMonth],
  );
  // The register has no summary dimensions of its own: its application gives field, grade and channel.
  const expiryWhere = dimensionConditions(filter, 'reg', { field: 'app.field_id', grade: 'app.grade_id', channel: 'app.channel' });
  const inner = b.dims.map((d) => (d === ReportDimension.PERIOD ? `date_trunc('month', reg.valid_until)::date as period` : d === ReportDimension.SOCIETY ? 'reg.society_id' : d === ReportDimension.CHANNEL ? 'app.channel' : `app.${d.toLowerCase()}_id`));
  const group = inner.map((column) => column.replace(/ as period$/, ''));
  const expiring = await em.execute<Array<Record<string, unknown>>>(
    `select ${b.shown.join(', ')}, r.n from (
       select ${[...inner, 'count(*)::int as n'].join(', ')} from registration reg join application app on app.id = reg.application_id
        where ${expiryWhere.sql} and reg.status = 'ACTIVE' and reg.valid_until >= ?::date and reg.valid_until < ${addMonthsSql()}
        ${group.length > 0 ? `group by ${group.join(', ')}` : ''}) r ${b.joins.join(' ')}`,
    [...expiryWhere.params, filter.today, filter.today, expiringWithinMonths],
  );
  const rows = new Map<string, RegistrationRow>();
  const cell = (row: Record<string, unknown>) => {
    const key = breakdownOf(row);
    const id = breakdownKeyString(key, '');
    let found = rows.get(id);
    if (!found) rows.set(id, (found = { ...key, granted: 0, expiring: 0 }));
    return found;
  };
  for (const row of granted) if (Number(row.n) > 0) cell(row).granted += Number(row.n);
  for (const row of expiring) cell(row).expiring += Number(row.n);
  return [...rows.values()].sort((x, y) => breakdownKeyString(x, '').localeCompare(breakdownKeyString(y, '')));
}
