import type { EntityManager } from '@mikro-orm/postgresql';
import { breakdownKeyString, breakdownOf, breakdownSql, dimensionConditions, ReportDimension, type BreakdownKey, type ResolvedFilter } from './report-filter';

/** Registrations granted in the period and registrations expiring soon, within one breakdown cell. */
export interface RegistrationRow extends BreakdownKey {
  granted: number;
  /** Active registrations whose validity ends from this month to the month `expiringWithinMonths` ahead (by expiry month when broken down by period). */
  expiring: number;
}

/** Adds whole months to a China date (clamped to the month's last day, like PostgreSQL). */
function addMonthsSql(): string {
  return `(?::date + make_interval(months => ?::int))::date`;
}

/**
 * Registrations granted (entries into REGISTERED in the history summary, report_stage_flow) and expiries coming
 * up (the register's summary by expiry month, report_registration_expiry), merged by breakdown cell.
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
  // Expiries from the register's summary (report_registration_expiry), by the month validity ends: from this
  // month to the month `expiringWithinMonths` ahead.
  const expiryWhere = dimensionConditions(filter, 't');
  const e = breakdownSql(groupBy);
  const inner = e.inner.map((column) => column.replace('t.period as period', 't.expiry_month as period'));
  const group = e.innerGroup.map((column) => (column === 't.period' ? 't.expiry_month' : column));
  const expiring = await em.execute<Array<Record<string, unknown>>>(
    `select ${e.shown.join(', ')}, r.n from (
       select ${[...inner, 'sum(t.active)::int as n'].join(', ')} from report_registration_expiry t
        where ${expiryWhere.sql} and t.expiry_month between date_trunc('month', ?::date)::date and date_trunc('month', ${addMonthsSql()})::date
        ${group.length > 0 ? `group by ${group.join(', ')}` : ''}) r ${e.joins.join(' ')}`,
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
  for (const row of expiring) if (Number(row.n) > 0) cell(row).expiring += Number(row.n);
  return [...rows.values()].sort((x, y) => breakdownKeyString(x, '').localeCompare(breakdownKeyString(y, '')));
}
