import type { EntityManager } from '@mikro-orm/postgresql';
import { cursorInstantSql } from '../common/cursor-instant';
import { SYSTEM_ACCOUNT_ID } from '../jobs/system-actor';
import type { KeysetPosition } from '../resolvers/common/connection';

/** The history kinds that move a registration from one status to another (seed 003 clause 10.1.4 reports each). */
export const STATUS_CHANGE_ACTIONS = ['suspendRegistration', 'restoreRegistration', 'cancelRegistration', 'cancelRegistrationAutomatically', 'revokeRegistration'] as const;

/** One registration status change as the federation is told of it. */
export interface RegistrationStatusChangeRow {
  id: string;
  societyCode: string;
  registrationNumber: string;
  memberName: string;
  fromStatus: string;
  toStatus: string;
  reasonKind: string | null;
  reason: string | null;
  decidedAt: Date;
  /** decidedAt to the microsecond, for cursors. */
  cursorAt: string;
  automatic: boolean;
}

/** What one page asks for: China calendar days (both included), an optional society, the keyset position. */
export interface StatusChangeQuery {
  from: string;
  to: string;
  societyId: string | null;
  after: KeysetPosition | null;
  limit: number;
  /** Paging backward (last/before): `after` is then the `before` cursor, the rows come newest first. */
  backward?: boolean;
}

/** The rows a period's report holds, as SQL over the history entry `e`, its registration `r` and society `s` (no keyset). */
function periodSql(query: Pick<StatusChangeQuery, 'from' | 'to' | 'societyId'>): { from: string; params: unknown[] } {
  return {
    from: `from application_event e
       join registration r on r.registration_number = e.details->>'registrationNumber'
       join society s on s.id = r.society_id
      where e.action = any (?::text[])
        and e.details->>'fromStatus' is distinct from e.details->>'toStatus'
        and e.at >= (?::date)::timestamp at time zone 'Asia/Shanghai'
        and e.at < (?::date + 1)::timestamp at time zone 'Asia/Shanghai'
        and (?::uuid is null or r.society_id = ?::uuid)`,
    params: [`{${STATUS_CHANGE_ACTIONS.join(',')}}`, query.from, query.to, query.societyId, query.societyId],
  };
}

/**
 * One page of status changes across the societies the request's RLS lets it read, oldest first, in one statement:
 * the history entries (stage REGISTERED, status actually moved) with their registration's society and member name.
 * The days are China days, so a change at 01:00 Beijing time on the 1st belongs to the 1st.
 */
export async function registrationStatusChanges(em: EntityManager, query: StatusChangeQuery): Promise<RegistrationStatusChangeRow[]> {
  const period = periodSql(query);
  const rows = await em.execute<Array<Omit<RegistrationStatusChangeRow, 'decidedAt'> & { decidedAt: Date | string }>>(
    `select e.id, s.code as "societyCode", r.registration_number as "registrationNumber", r.name as "memberName",
            e.details->>'fromStatus' as "fromStatus", e.details->>'toStatus' as "toStatus", e.details->>'reasonKind' as "reasonKind",
            e.reason, e.at as "decidedAt", ${cursorInstantSql('e.at')} as "cursorAt", (e.actor_id = ?::uuid) as automatic
       ${period.from}
        and (?::timestamptz is null or (e.at, e.id) ${query.backward ? '<' : '>'} (?::timestamptz, ?::uuid))
      order by e.at ${query.backward ? 'desc' : 'asc'}, e.id ${query.backward ? 'desc' : 'asc'}
      limit ?`,
    [
      SYSTEM_ACCOUNT_ID, ...period.params,
      query.after?.sortValue ?? null, query.after?.sortValue ?? null, query.after?.id ?? null, query.limit,
    ],
  );
  return rows.map((row) => ({ ...row, decidedAt: new Date(row.decidedAt) }));
}

/** How many status changes the period's report holds (the `totalCount` of its pages), RLS applying as to the pages. */
export async function registrationStatusChangeCount(em: EntityManager, query: Pick<StatusChangeQuery, 'from' | 'to' | 'societyId'>): Promise<number> {
  const period = periodSql(query);
  const [row] = await em.execute<Array<{ count: string }>>(`select count(*) ${period.from}`, period.params);
  return Number(row.count);
}
