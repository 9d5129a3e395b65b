import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Active registrations by the month their validity ends, per society, field, grade and channel (issue 12's
 * "expiries coming up"), kept by a trigger on the register: joining the whole register to its applications
 * took seconds at a million applications. Rebuilt with the other summaries.
 */
export class Migration20261130020100_registration_expiry_summary extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "report_registration_expiry" ("society_id" uuid not null references society (id), "field_id" uuid not null, "grade_id" uuid not null,
      "channel" application_channel not null, "expiry_month" date not null, "active" int not null default 0,
      primary key ("society_id", "field_id", "grade_id", "channel", "expiry_month"));`);
    this.addSql(`create function report_add_expiry(application uuid, valid_until date, change int) returns void language sql security definer set search_path = public, pg_temp as $fn$
      insert into report_registration_expiry as x (society_id, field_id, grade_id, channel, expiry_month, active)
        select a.society_id, a.field_id, a.grade_id, a.channel, date_trunc('month', valid_until)::date, change from application a where a.id = application
        on conflict (society_id, field_id, grade_id, channel, expiry_month) do update set active = x.active + excluded.active;
    $fn$;`);
    this.addSql(`create function report_on_registration() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
      begin
        if tg_op in ('UPDATE', 'DELETE') and old.status = 'ACTIVE' then perform report_add_expiry(old.application_id, old.valid_until, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') and new.status = 'ACTIVE' then perform report_add_expiry(new.application_id, new.valid_until, 1); end if;
        return null;
      end $fn$;`);
    this.addSql(`create trigger report_registration after insert or delete or update of status, valid_until on registration for each row execute function report_on_registration();`);
    this.addSql(`create function report_rebuild_registration_expiry() returns void language sql security definer set search_path = public, pg_temp as $fn$
      delete from report_registration_expiry;
      insert into report_registration_expiry (society_id, field_id, grade_id, channel, expiry_month, active)
        select a.society_id, a.field_id, a.grade_id, a.channel, date_trunc('month', r.valid_until)::date, count(*)
          from registration r join application a on a.id = r.application_id where r.status = 'ACTIVE' group by 1, 2, 3, 4, 5;
    $fn$;`);
    this.addSql(`select report_rebuild_registration_expiry();`);
    for (const sql of tenantRlsStatements('report_registration_expiry')) this.addSql(sql);
    this.addSql(`grant select on "report_registration_expiry" to ${APP_ROLE};`);
    this.addSql(`revoke execute on function report_add_expiry(uuid, date, int), report_rebuild_registration_expiry() from public;`);
  }
}
