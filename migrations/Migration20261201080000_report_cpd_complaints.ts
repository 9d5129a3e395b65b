import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * CPD compliance and complaints in the reports (issue 12).
 *
 * CPD: whether a registration met a year's CPD depends on the year's hours, the society's minimum now (prorated to
 * the days of the year the registration covers) and the year's audit, and a new calendar year makes every
 * registration owe again: no single event changes it. So the figures are a summary recomputed by scheduled work
 * (`report_refresh_cpd(today)`, the job `refresh-cpd-report`, every 15 minutes) — per society, field, grade,
 * channel and year: registrations due, compliant, short of hours, hours recorded against hours required, audits.
 * The same rules as cpdFigures (src/cpd/cpd-compliance.ts); a test holds them equal. `report_refresh` says when it
 * last ran, and the report shows it.
 *
 * Complaints are few (thousands, not millions): their report aggregates the complaint table itself, behind its
 * own row-level security; this index serves its period filter.
 */
export class Migration20261201080000_report_cpd_complaints extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "report_cpd_year" ("society_id" uuid not null references society (id), "field_id" uuid not null, "grade_id" uuid not null,
      "channel" application_channel not null, "year" int not null, "due" int not null, "compliant" int not null, "short_of_hours" int not null,
      "required_hours" bigint not null, "hours" bigint not null, "audited" int not null, "audits_rejected" int not null, "audits_pending" int not null,
      primary key ("society_id", "field_id", "grade_id", "channel", "year"));`);
    this.addSql(`create table "report_refresh" ("summary" text not null primary key, "refreshed_at" timestamptz not null, "rows" int not null);`);
    this.addSql(`create function report_refresh_cpd(today date) returns int language plpgsql security definer set search_path = public, pg_temp as $fn$
      declare written int;
      begin
        -- One refresh at a time, whichever process runs it; readers see the previous figures until it commits.
        perform pg_advisory_xact_lock(hashtext('report_refresh_cpd'));
        delete from report_cpd_year;
        insert into report_cpd_year (society_id, field_id, grade_id, channel, year, due, compliant, short_of_hours, required_hours, hours, audited, audits_rejected, audits_pending)
        with periods as (
          select r.id, a.society_id, a.field_id, a.grade_id, a.channel, r.valid_from, least(r.valid_until, make_date(extract(year from today)::int, 12, 31)) as valid_to,
                 coalesce(cs.minimum_hours, 50) as minimum_hours
            from registration r join application a on a.id = r.application_id left join cpd_setting cs on cs.society_id = r.society_id
        ), hours as (
          select registration_id, extract(year from ended_on)::int as year, sum(hours) as hours from cpd_activity group by 1, 2
        ), years as (
          select p.*, y.year, greatest(p.valid_from, make_date(y.year, 1, 1)) as y_from, least(p.valid_to, make_date(y.year, 12, 31)) as y_to
            from periods p, generate_series(extract(year from p.valid_from)::int, extract(year from p.valid_to)::int) y(year)
           where p.valid_from <= p.valid_to
        ), judged as (
          select x.society_id, x.field_id, x.grade_id, x.channel, x.year,
                 ceil(x.minimum_hours * ((x.y_to - x.y_from + 1)::numeric / (make_date(x.year, 12, 31) - make_date(x.year, 1, 1) + 1)))::int as required,
                 coalesce(h.hours, 0) as hours, au.status as audit
            from years x left join hours h on h.registration_id = x.id and h.year = x.year
            left join cpd_audit au on au.registration_id = x.id and au.year = x.year
        )
        select society_id, field_id, grade_id, channel, year, count(*),
               count(*) filter (where hours >= required and audit is distinct from 'REJECTED'), count(*) filter (where hours < required),
               sum(required), sum(hours), count(audit), count(*) filter (where audit = 'REJECTED'),
               count(*) filter (where audit in ('EVIDENCE_REQUESTED', 'EVIDENCE_SUBMITTED'))
          from judged group by 1, 2, 3, 4, 5;
        get diagnostics written = row_count;
        insert into report_refresh (summary, refreshed_at, rows) values ('cpd', clock_timestamp(), written)
          on conflict (summary) do update set refreshed_at = excluded.refreshed_at, rows = excluded.rows;
        return written;
      end $fn$;`);
    this.addSql(`select report_refresh_cpd((now() at time zone 'Asia/Shanghai')::date);`);
    for (const sql of tenantRlsStatements('report_cpd_year')) this.addSql(sql);
    this.addSql(`grant select on "report_cpd_year", "report_refresh" to ${APP_ROLE};`);
    // The scheduled work runs as the API's role; the function writes only the summary, recomputed from the records.
    this.addSql(`revoke execute on function report_refresh_cpd(date) from public;`);
    this.addSql(`grant execute on function report_refresh_cpd(date) to ${APP_ROLE};`);
    this.addSql(`create index "complaint_received_on_index" on "complaint" ("received_on", "society_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "complaint_received_on_index";`);
    this.addSql(`drop function report_refresh_cpd(date);`);
    this.addSql(`drop table "report_refresh";`);
    this.addSql(`drop table "report_cpd_year";`);
  }
}
