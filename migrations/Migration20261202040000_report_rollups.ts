import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Smaller summaries for the three reports that read most rows (issue 12's p50 ≤ 200 ms at a million applications),
 * each derived from a summary the history triggers already keep and kept current by a trigger on it — in the same
 * transaction as the step, whatever writes the summary:
 *
 * - `report_cycle_rollup`: the cycle-time day histogram summed over blocks of 3 and of 12 consecutive months, one
 *   block for every first month (`months`, `period` = the block's first month). A period is read as whole 12-month
 *   blocks, then 3-month blocks, then single months from `report_cycle_histogram`: the usual twelve months up to
 *   today are one block, whose histogram has hardly more rows than one month's (the same day counts recur), instead
 *   of twelve months of rows. The figures are the same sums.
 * - `report_examiner_rollup`: each examiner's activity summed over the same blocks, for the workload's period sums.
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
    this.addSql(`create table "report_examiner_rollup" ("months" smallint not null check (months in (3, 12)), "period" date not null,
      "examiner_id" uuid not null references role_grant (id), "society_id" uuid not null references society (id), "kind" assignment_kind not null,
      "assigned" int not null default 0, "removed" int not null default 0, "completed" int not null default 0, "timed" int not null default 0,
      "turnaround_hours" bigint not null default 0,
      primary key ("months", "period", "examiner_id", "society_id", "kind") include ("assigned", "removed", "completed", "timed", "turnaround_hours"));`);
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

    // The blocks a month belongs to: the 12 blocks of 12 months and the 3 blocks of 3 months that contain it.
    this.addSql(`create function report_blocks_of(month date) returns table (months smallint, period date) language sql immutable as $fn$
      select 12::smallint, (month - make_interval(months => k))::date from generate_series(0, 11) k
      union all
      select 3::smallint, (month - make_interval(months => k))::date from generate_series(0, 2) k
    $fn$;`);
    this.addSql(`create function report_on_cycle_histogram() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
      declare added int := new.visits - case when tg_op = 'UPDATE' then old.visits else 0 end;
      begin
        if added = 0 then return null; end if;
        insert into report_cycle_rollup as r (months, period, society_id, field_id, grade_id, channel, span, days, overdue, visits)
          select b.months, b.period, new.society_id, new.field_id, new.grade_id, new.channel, new.span, new.days, new.overdue, added
            from report_blocks_of(new.period) b order by b.months, b.period
          on conflict (months, period, society_id, field_id, grade_id, channel, span, days, overdue) do update set visits = r.visits + excluded.visits;
        return null;
      end $fn$;`);
    this.addSql(`create trigger report_cycle_histogram_rollup after insert or update of visits on report_cycle_histogram
      for each row execute function report_on_cycle_histogram();`);

    this.addSql(`create function report_on_examiner_activity() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
      declare change int := (new.assigned - new.removed) - case when tg_op = 'UPDATE' then old.assigned - old.removed else 0 end;
      begin
        insert into report_examiner_rollup as x (months, period, examiner_id, society_id, kind, assigned, removed, completed, timed, turnaround_hours)
          select b.months, b.period, new.examiner_id, new.society_id, new.kind,
                 new.assigned - case when tg_op = 'UPDATE' then old.assigned else 0 end, new.removed - case when tg_op = 'UPDATE' then old.removed else 0 end,
                 new.completed - case when tg_op = 'UPDATE' then old.completed else 0 end, new.timed - case when tg_op = 'UPDATE' then old.timed else 0 end,
                 new.turnaround_hours - case when tg_op = 'UPDATE' then old.turnaround_hours else 0 end
            from report_blocks_of(new.period) b order by b.months, b.period
          on conflict (months, period, examiner_id, society_id, kind) do update set assigned = x.assigned + excluded.assigned, removed = x.removed + excluded.removed,
            completed = x.completed + excluded.completed, timed = x.timed + excluded.timed, turnaround_hours = x.turnaround_hours + excluded.turnaround_hours;
        -- A new activity row records its examiner even when nothing stands (a finished task): the report's rows start here.
        if tg_op = 'UPDATE' and change = 0 then return null; end if;
        insert into report_examiner_standing as s (examiner_id, society_id, kind, standing) values (new.examiner_id, new.society_id, new.kind, change)
          on conflict (examiner_id, society_id, kind) do update set standing = s.standing + excluded.standing;
        return null;
      end $fn$;`);
    this.addSql(`create trigger report_examiner_activity_standing after insert or update on report_examiner_activity
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
        truncate report_cycle_rollup, report_examiner_rollup, report_examiner_standing, report_stage_count;
        insert into report_cycle_rollup (months, period, society_id, field_id, grade_id, channel, span, days, overdue, visits)
          select b.months, b.period, h.society_id, h.field_id, h.grade_id, h.channel, h.span, h.days, h.overdue, sum(h.visits)
            from report_cycle_histogram h cross join lateral report_blocks_of(h.period) b
           group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
        insert into report_examiner_rollup (months, period, examiner_id, society_id, kind, assigned, removed, completed, timed, turnaround_hours)
          select b.months, b.period, x.examiner_id, x.society_id, x.kind, sum(x.assigned), sum(x.removed), sum(x.completed), sum(x.timed), sum(x.turnaround_hours)
            from report_examiner_activity x cross join lateral report_blocks_of(x.period) b
           group by 1, 2, 3, 4, 5;
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

    for (const table of ['report_cycle_rollup', 'report_examiner_rollup', 'report_examiner_standing', 'report_stage_count']) {
      for (const sql of tenantRlsStatements(table)) this.addSql(sql);
      this.addSql(`grant select on "${table}" to ${APP_ROLE};`);
    }
    this.addSql(`revoke execute on function report_rebuild_summaries(), report_rebuild_derived_summaries() from public;`);
  }
}
