import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';
import { SYSTEM_ACCOUNT_ID } from '../src/jobs/system-actor';

/**
 * Re-registration (seed 000 "每 5 年进行一次再注册"): requests made in the window, their conditions as staff checked
 * them, the decision. And the automatic cancellation once the window has closed without one:
 * app_cancel_lapsed_registrations(today, at) cancels every lapsed registration and writes its one history entry
 * in one statement, safe to run from several processes at once (rows are locked, already-cancelled ones no longer
 * match); SECURITY DEFINER because scheduled work has no request scope. Its actor is the disabled system account.
 */
export class Migration20261130062000_reregistration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "reregistration_status" as enum ('PENDING', 'GRANTED', 'REFUSED');`);
    this.addSql(`create table "reregistration_request" ("id" uuid not null, "society_id" uuid not null, "registration_id" uuid not null, "requested_by_id" uuid not null, "requested_at" timestamptz not null, "statement" text not null, "window_opens_on" date not null, "window_closes_on" date not null, "expiring" date not null, "status" "reregistration_status" not null default 'PENDING', "conditions" jsonb not null, "checked_by_id" uuid null, "checked_at" timestamptz null, "decided_by_id" uuid null, "decided_at" timestamptz null, "reasons" text null, "new_valid_from" date null, "new_valid_until" date null, constraint "reregistration_request_pkey" primary key ("id"));`);
    this.addSql(`create index "reregistration_request_registration_id_index" on "reregistration_request" ("registration_id");`);
    this.addSql(`create unique index "reregistration_request_one_pending" on "reregistration_request" ("registration_id") where status = 'PENDING';`);
    for (const [column, table] of [['society_id', 'society'], ['registration_id', 'registration'], ['requested_by_id', 'account'], ['checked_by_id', 'account'], ['decided_by_id', 'account']]) {
      this.addSql(`alter table "reregistration_request" add constraint "reregistration_request_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete restrict;`);
    }
    for (const sql of tenantRlsStatements('reregistration_request')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "reregistration_request" to ${APP_ROLE};`);

    // The automatic cancellation's actor is the system account scheduled work acts as (Migration20261130040000).
    this.addSql(`create function app_cancel_lapsed_registrations(today date, at timestamptz)
      returns table (registration_id uuid, registration_number text)
      language sql volatile security definer set search_path = public, pg_temp as $$
      with due as (
        select r.id, r.status as from_status from registration r
        where r.status in ('ACTIVE', 'SUSPENDED') and (r.valid_until + interval '12 months')::date < today
          and not exists (select 1 from reregistration_request q where q.registration_id = r.id and q.status = 'PENDING')
        for update of r skip locked
      ), cancelled as (
        update registration r set status = 'CANCELLED', status_changed_at = at, status_reason_kind = 'NO_REREGISTRATION', restoration_requested_at = null
        from due where r.id = due.id and r.status in ('ACTIVE', 'SUSPENDED')
        returning r.id, r.society_id, r.application_id, r.registration_number, r.valid_until, due.from_status
      ), history as (
        insert into application_event (id, society_id, application_id, actor_id, action, from_stage, to_stage, reason, details, at)
        select gen_random_uuid(), c.society_id, c.application_id, '${SYSTEM_ACCOUNT_ID}', 'cancelRegistrationAutomatically', 'REGISTERED', 'REGISTERED',
          '再注册申请期已于 ' || (c.valid_until + interval '12 months')::date || ' 届满，未提出再注册申请 / The re-registration window closed on ' || (c.valid_until + interval '12 months')::date || ' without a request',
          jsonb_build_object('registrationNumber', c.registration_number, 'fromStatus', c.from_status, 'toStatus', 'CANCELLED', 'reasonKind', 'NO_REREGISTRATION'), at
        from cancelled c
      )
      select c.id, c.registration_number from cancelled c $$;`);
    this.addSql(`revoke all on function app_cancel_lapsed_registrations(date, timestamptz) from public;`);
    this.addSql(`grant execute on function app_cancel_lapsed_registrations(date, timestamptz) to ${APP_ROLE};`);
  }
}
