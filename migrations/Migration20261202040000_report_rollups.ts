import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Smaller summaries for the three reports that read most rows (issue 12's p50 ≤ 200 ms at a million applications),
 * each derived from a summary the history triggers already keep and kept current by a trigger on it — in the same
 * transaction as the step, whatever writes the summary:
 *
 * - `report_cycle_rollup`: the cycle-time day histogram summed by quarter (months = 3) and by year (months = 12).
 *   A period of whole quarters or years reads one block of rows instead of three or twelve months of them (the
 *   histogram of a quarter has hardly more rows than that of a month: the same day counts recur); the months at
 *   the period's edges still come from `report_cycle_histogram`. The figures are the same sums.
 * - `report_examiner_standing`: each examiner's assignments standing now (made and not removed). The workload's
 *   standing at the end of a period is this less what changed after it, so the report reads the period's months
 *   and the few after it, not every month since the first assignment.
 * - `report_stage_count`: applications in each stage and cell now, the same way for the funnel's count at the
 *   period's end.
 *
 * The summaries they derive from only ever gain (upserts adding to counters; truncated only by the rebuild), so a
 * row trigger adds the difference. `report_rebuild_summaries()` keeps its name and contract: it now rebuilds the
 * history's summaries (the former function, renamed) and then these from them, set-based.
 */
export class Migration20261202040000_report_rollups extends Migration {
  override async up(): Promise<void> {
    const dims = `"society_id" uuid not null references society (id), "field_id" uuid not null, "grade_id" uuid not null, "channel" application_channel not null`;
    this.addSql(`create table "report_cycle_rollup" ("months" smallint not null check (months in (3, 12)), "period" date not null, ${dims},
      "span" text not null, "days" int not null, "overdue" boolean not null, "visits" int not null default 0,
      primary key ("months", "period", "society_id", "field_id", "grade_id", "channel", "span", "days", "overdue") include ("visits"));`);
    this.addSql(`create table "report_examiner_standing" ("examiner_id" uuid not null references role_grant (id), "society_id" uuid not null references society (id),
      "kind" assignment_kind not null, "standing" int not null default 0, primary key ("examiner_id", "society_id", "kind"));`);
    this.addSql(`create index "report_examiner_standing_society_index" on "report_examiner_standing" ("society_id");`);
    this.addSql(`create table "report_stage_count" (${dims}, "stage" application_stage not null, "in_stage" int not null default 0,
      primary key ("society_id", "field_id", "grade_id", "channel", "stage"));`);
    // The workload reads a period's months across all societies: by month, with every column it sums (index-only).
    this.addSql(`create index "report_examiner_activity_period_index" on "report_examiner_activity" ("period")
      include ("examiner_id", "society_id", "kind", "assigned", "removed", "completed", "timed", "turnaround_hours");`);
    // The funnel reads the months of its period and those after it.
    this.addSql(`create index "report_stage_flow_period_index" on "report_stage_flow" ("period")
      include ("society_id", "field_id", "grade_id", "channel", "stage", "entries", "exits");`);

    this.addSql(`create function report_on_cycle_histogram() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
      declare added int := new.visits - case when tg_op = 'UPDATE' then old.visits else 0 end;
      begin
        if added = 0 then return null; end if;
        insert into report_cycle_rollup as r (months, period, society_id, field_id, grade_id, channel, span, days, overdue, visits)
          values (3, date_trunc('quarter', new.period::timestamp)::date, new.society_id, new.field_id, new.grade_id, new.channel, new.span, new.days, new.overdue, added),
                 (12, date_trunc('year', new.period::timestamp)::date, new.society_id, new.field_id, new.grade_id, new.channel, new.span, new.days, new.overdue, added)
          on conflict (months, period, society_id, field_id, grade_id, channel, span, days, overdue) do update set visits = r.visits + excluded.visits;
        return null;
      end $fn$;`);
    this.addSql(`create trigger report_cycle_histogram_rollup after insert or update of visits on report_cycle_histogram
      for each row execute function report_on_cycle_histogram();`);

    this.addSql(`create function report_on_examiner_activity() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
      declare change int := (new.assigned - new.removed) - case when tg_op = 'UPDATE' then old.assigned - old.removed else 0 end;
      begin
        -- A new activity row records its examiner even when nothing stands (a finished task): the report's rows start here.
        if tg_op = 'UPDATE' and change = 0 then return null; end if;
        insert into report_examiner_standing as s (examiner_id, society_id, kind, standing) values (new.examiner_id, new.society_id, new.kind, change)
          on conflict (examiner_id, society_id, kind) do update set standing = s.standing + excluded.standing;
        return null;
      end $fn$;`);
    this.addSql(`create trigger report_examiner_activity_standing after insert or update of assigned, removed on report_examiner_activity
      for each row execute function report_on_examiner_activity();`);

    this.addSql(`create function report_on_stage_flow() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
      declare change int := (new.entries - new.exits) - case when tg_op = 'UPDATE' then old.entries - old.exits else 0 end;
      begin
        if tg_op = 'UPDATE' and change = 0 then return null; end if;
        insert into report_stage_count as c (society_id, field_id, grade_id, channel, stage, in_stage)
          values (new.society_id, new.field_id, new.grade_id, new.channel, new.stage, change)
          on conflict (society_id, field_id, grade_id, channel, stage) do update set in_stage = c.in_stage + excluded.in_stage;
        return null;
      end $fn$;`);
    this.addSql(`create trigger report_stage_flow_count after insert or update of entries, exits on report_stage_flow
      for each row execute function report_on_stage_flow();`);

    this.addSql(`create function report_rebuild_derived_summaries() returns void language plpgsql security definer set search_path = public, pg_temp as $fn$
      begin
        truncate report_cycle_rollup, report_examiner_standing, report_stage_count;
        insert into report_cycle_rollup (months, period, society_id, field_id, grade_id, channel, span, days, overdue, visits)
          select m.months, date_trunc(case m.months when 3 then 'quarter' else 'year' end, h.period::timestamp)::date,
                 h.society_id, h.field_id, h.grade_id, h.channel, h.span, h.days, h.overdue, sum(h.visits)
            from report_cycle_histogram h cross join (values (3), (12)) m(months)
           group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
        insert into report_examiner_standing (examiner_id, society_id, kind, standing)
          select examiner_id, society_id, kind, sum(assigned - removed) from report_examiner_activity group by 1, 2, 3;
        insert into report_stage_count (society_id, field_id, grade_id, channel, stage, in_stage)
          select society_id, field_id, grade_id, channel, stage, sum(entries - exits) from report_stage_flow group by 1, 2, 3, 4, 5;
      end $fn$;`);
    // The former rebuild keeps its body under a new name; report_rebuild_summaries() now also rebuilds the derived summaries.
    this.addSql(`alter function report_rebuild_summaries() rename to report_rebuild_history_summaries;`);
    this.addSql(`create function report_rebuild_summaries() returns void language plpgsql security definer set search_path = public, pg_temp as $fn$
      begin
        perform report_rebuild_history_summaries();
        perform report_rebuild_derived_summaries();
      end $fn$;`);
    this.addSql(`select report_rebuild_derived_summaries();`);

    for (const table of ['report_cycle_rollup', 'report_examiner_standing', 'report_stage_count']) {
      for (const sql of tenantRlsStatements(table)) this.addSql(sql);
      this.addSql(`grant select on "${table}" to ${APP_ROLE};`);
    }
    this.addSql(`revoke execute on function report_rebuild_summaries(), report_rebuild_derived_summaries() from public;`);
  }
}
