import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Summary tables for the federation's and societies' reports (issue 12), kept current by triggers on the
 * history (application_event) and on assignments, material reviews and paper marks: in the same transaction as
 * the step that causes them, without any command knowing. The API's role may only read them (behind RLS); the
 * trigger functions run as their owner. `report_rebuild_summaries()` recomputes everything from the history in
 * a few set-based statements: the back-fill of this migration, the benchmark's after a bulk load, and the test
 * that the triggers agree with the history.
 *
 * Periods are China calendar months (Asia/Shanghai). Cycle times are kept as a histogram of whole days per
 * month, so p50/p90 come out of a few thousand rows instead of millions of visits.
 */
export class Migration20261130020000_report_summaries extends Migration {
  override async up(): Promise<void> {
    const dims = `"society_id" uuid not null references society (id), "field_id" uuid not null, "grade_id" uuid not null, "channel" application_channel not null`;
    // The stage each application is in now, since when, and the deadlines that judge the visit.
    this.addSql(`create table "report_stage_entry" ("application_id" uuid not null primary key references application (id) on delete cascade, ${dims},
      "stage" application_stage not null, "entered_at" timestamptz not null, "stage_deadline" date null,
      "accepted_at" timestamptz null, "evaluation_deadline" date null);`);
    this.addSql(`create index "report_stage_entry_stage_deadline_index" on "report_stage_entry" ("stage_deadline", "society_id") where stage_deadline is not null;`);
    this.addSql(`create index "report_stage_entry_evaluation_deadline_index" on "report_stage_entry" ("evaluation_deadline", "society_id") where evaluation_deadline is not null;`);
    // Entries into and exits from each stage per month.
    this.addSql(`create table "report_stage_flow" (${dims}, "stage" application_stage not null, "period" date not null,
      "entries" int not null default 0, "exits" int not null default 0,
      primary key ("society_id", "field_id", "grade_id", "channel", "stage", "period"));`);
    // Finished visits of a stage (span = stage name) or whole evaluations (span = 'EVALUATION'), by whole days taken.
    this.addSql(`create table "report_cycle_histogram" (${dims}, "span" text not null, "period" date not null, "days" int not null,
      "overdue" boolean not null, "visits" int not null default 0,
      primary key ("society_id", "field_id", "grade_id", "channel", "span", "period", "days", "overdue"));`);
    // Each examiner's assignments, removals and finished tasks per month, with the hours the finished tasks took.
    this.addSql(`create table "report_examiner_activity" ("examiner_id" uuid not null references role_grant (id), "society_id" uuid not null references society (id),
      "kind" assignment_kind not null, "period" date not null, "assigned" int not null default 0, "removed" int not null default 0,
      "completed" int not null default 0, "timed" int not null default 0, "turnaround_hours" bigint not null default 0,
      primary key ("examiner_id", "kind", "period"));`);
    this.addSql(`create index "report_examiner_activity_society_period_index" on "report_examiner_activity" ("society_id", "period");`);
    this.addSql(`create index "registration_valid_until_index" on "registration" ("valid_until");`);

    this.addSql(`create function report_period(at timestamptz) returns date language sql immutable as
      $$ select date_trunc('month', (at at time zone 'Asia/Shanghai'))::date $$;`);
    this.addSql(`create function report_china_day(at timestamptz) returns date language sql immutable as
      $$ select (at at time zone 'Asia/Shanghai')::date $$;`);
    // The enterprise channel's whole evaluation is due in 6 months (seeds 002, 004); otherwise the 12 months the acceptance set.
    this.addSql(`create function report_evaluation_deadline(channel application_channel, accepted timestamptz, recorded date) returns date language sql immutable as
      $$ select case when channel = 'ENTERPRISE' then (report_china_day(accepted) + interval '6 months')::date else recorded end $$;`);

    this.addSql(`create function report_add_flow(society uuid, field uuid, grade uuid, way application_channel, at_stage application_stage, month date,
        add_entries int, add_exits int) returns void language sql security definer set search_path = public, pg_temp as $fn$
      insert into report_stage_flow as f (society_id, field_id, grade_id, channel, stage, period, entries, exits)
        values (society, field, grade, way, at_stage, month, add_entries, add_exits)
        on conflict (society_id, field_id, grade_id, channel, stage, period) do update set entries = f.entries + excluded.entries, exits = f.exits + excluded.exits;
    $fn$;`);
    this.addSql(`create function report_on_application_event() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
      declare
        app record;
        entry report_stage_entry%rowtype;
        day date := report_china_day(new.at);
        month date := report_period(new.at);
        accepted timestamptz;
        evaluation date;
        had_entry boolean;
      begin
        if new.from_stage = new.to_stage then
          -- Not a step between stages; a moved deadline moves the open visit's deadline.
          if new.details ? 'stageDeadline' then
            update report_stage_entry set stage_deadline = (new.details->>'stageDeadline')::date where application_id = new.application_id;
          end if;
          return null;
        end if;
        select society_id, field_id, grade_id, channel into app from application where id = new.application_id;
        select * into entry from report_stage_entry where application_id = new.application_id for update;
        had_entry := found;
        accepted := entry.accepted_at;
        evaluation := entry.evaluation_deadline;
        -- Flow rows are locked in stage order whichever way the step goes, so that two steps in opposite
        -- directions in the same cell and month cannot deadlock each other.
        if had_entry and entry.stage < new.to_stage then
          perform report_add_flow(app.society_id, app.field_id, app.grade_id, app.channel, entry.stage, month, 0, 1);
        end if;
        perform report_add_flow(app.society_id, app.field_id, app.grade_id, app.channel, new.to_stage, month, 1, 0);
        if had_entry and entry.stage > new.to_stage then
          perform report_add_flow(app.society_id, app.field_id, app.grade_id, app.channel, entry.stage, month, 0, 1);
        end if;
        if had_entry then
          insert into report_cycle_histogram as h (society_id, field_id, grade_id, channel, span, period, days, overdue, visits)
            values (app.society_id, app.field_id, app.grade_id, app.channel, entry.stage::text, month,
                    greatest(0, floor(extract(epoch from new.at - entry.entered_at) / 86400))::int,
                    coalesce(day > entry.stage_deadline, false), 1)
            on conflict (society_id, field_id, grade_id, channel, span, period, days, overdue) do update set visits = h.visits + 1;
        end if;
        if new.details ? 'evaluationDeadline' then
          accepted := new.at;
          evaluation := report_evaluation_deadline(app.channel, new.at, (new.details->>'evaluationDeadline')::date);
        end if;
        if new.to_stage in ('REGISTERED', 'NOT_ACCEPTED', 'NOT_REGISTERED', 'WITHDRAWN', 'LAPSED') and evaluation is not null then
          -- The evaluation is over: how long it took from acceptance, against its deadline.
          insert into report_cycle_histogram as h (society_id, field_id, grade_id, channel, span, period, days, overdue, visits)
            values (app.society_id, app.field_id, app.grade_id, app.channel, 'EVALUATION', month,
                    greatest(0, floor(extract(epoch from new.at - accepted) / 86400))::int, day > evaluation, 1)
            on conflict (society_id, field_id, grade_id, channel, span, period, days, overdue) do update set visits = h.visits + 1;
          evaluation := null;
        end if;
        insert into report_stage_entry (application_id, society_id, field_id, grade_id, channel, stage, entered_at, stage_deadline, accepted_at, evaluation_deadline)
          values (new.application_id, app.society_id, app.field_id, app.grade_id, app.channel, new.to_stage, new.at,
                  (new.details->>'stageDeadline')::date, accepted, evaluation)
          on conflict (application_id) do update set stage = excluded.stage, entered_at = excluded.entered_at,
            stage_deadline = excluded.stage_deadline, accepted_at = excluded.accepted_at, evaluation_deadline = excluded.evaluation_deadline,
            society_id = excluded.society_id, field_id = excluded.field_id, grade_id = excluded.grade_id, channel = excluded.channel;
        return null;
      end $fn$;`);
    this.addSql(`create trigger report_application_event after insert on application_event for each row execute function report_on_application_event();`);

    this.addSql(`create function report_add_examiner_activity(examiner uuid, society uuid, work_kind assignment_kind, at timestamptz,
        add_assigned int, add_removed int, add_completed int, hours bigint) returns void language sql security definer set search_path = public, pg_temp as $fn$
      insert into report_examiner_activity as x (examiner_id, society_id, kind, period, assigned, removed, completed, timed, turnaround_hours)
        values (examiner, society, work_kind, report_period(at), add_assigned, add_removed, add_completed, case when hours is null then 0 else 1 end, coalesce(hours, 0))
        on conflict (examiner_id, kind, period) do update set assigned = x.assigned + excluded.assigned, removed = x.removed + excluded.removed,
          completed = x.completed + excluded.completed, timed = x.timed + excluded.timed, turnaround_hours = x.turnaround_hours + excluded.turnaround_hours;
    $fn$;`);
    this.addSql(`create function report_on_assignment() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
      begin
        if tg_op = 'INSERT' then
          perform report_add_examiner_activity(new.examiner_id, new.society_id, new.kind, new.assigned_at, 1, 0, 0, null);
        elsif old.removed_at is null and new.removed_at is not null then
          perform report_add_examiner_activity(new.examiner_id, new.society_id, new.kind, new.removed_at, 0, 1, 0, null);
        end if;
        return null;
      end $fn$;`);
    this.addSql(`create trigger report_assignment after insert or update of removed_at on assignment for each row execute function report_on_assignment();`);
    // A finished task: a material review (timed from the assignment in its first round only) or a paper marked.
    this.addSql(`create function report_on_finished_task() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
      declare a record; finished timestamptz; timed boolean;
      begin
        select examiner_id, society_id, kind, assigned_at into a from assignment where id = new.assignment_id;
        if tg_table_name = 'material_review' then finished := new.submitted_at; timed := new.round = 1;
        else finished := new.judged_at; timed := true; end if;
        perform report_add_examiner_activity(a.examiner_id, a.society_id, a.kind, finished, 0, 0, 1,
          case when timed then greatest(0, floor(extract(epoch from finished - a.assigned_at) / 3600))::bigint end);
        return null;
      end $fn$;`);
    this.addSql(`create trigger report_material_review after insert on material_review for each row execute function report_on_finished_task();`);
    this.addSql(`create trigger report_written_exam_score after insert on written_exam_score for each row execute function report_on_finished_task();`);

    this.addSql(REBUILD_FUNCTION);
    this.addSql(`select report_rebuild_summaries();`);

    for (const table of ['report_stage_entry', 'report_stage_flow', 'report_cycle_histogram', 'report_examiner_activity']) {
      for (const sql of tenantRlsStatements(table)) this.addSql(sql);
      this.addSql(`grant select on "${table}" to ${APP_ROLE};`);
    }
    // Only the triggers (running as the owner) may write the summaries: the API's role cannot call the writers.
    this.addSql(`revoke execute on function report_rebuild_summaries(), report_add_flow(uuid, uuid, uuid, application_channel, application_stage, date, int, int),
      report_add_examiner_activity(uuid, uuid, assignment_kind, timestamptz, int, int, int, bigint) from public;`);
  }
}

/** Recomputes every summary from the history, set-based (one pass over the stage changes). */
const REBUILD_FUNCTION = `create function report_rebuild_summaries() returns void language plpgsql security definer set search_path = public, pg_temp as $fn$
begin
  truncate report_stage_entry, report_stage_flow, report_cycle_histogram, report_examiner_activity;
  create temporary table report_change on commit drop as
    select e.application_id, e.seq, e.to_stage, e.at, e.details, a.society_id, a.field_id, a.grade_id, a.channel,
           lead(e.at) over w as next_at, lead(e.seq) over w as next_seq
      from application_event e join application a on a.id = e.application_id
     where e.from_stage <> e.to_stage
    window w as (partition by e.application_id order by e.seq);
  create index on report_change (application_id, seq);
  analyze report_change;
  -- A visit's deadline: the one its step set, as last moved before the visit ended.
  alter table report_change add column deadline date;
  update report_change c set deadline = coalesce((
      select (m.details->>'stageDeadline')::date from application_event m
       where m.application_id = c.application_id and m.from_stage = m.to_stage and m.details ? 'stageDeadline'
         and m.seq > c.seq and (c.next_seq is null or m.seq < c.next_seq)
       order by m.seq desc limit 1), (c.details->>'stageDeadline')::date)
   where c.details ? 'stageDeadline';

  insert into report_stage_flow (society_id, field_id, grade_id, channel, stage, period, entries, exits)
    select society_id, field_id, grade_id, channel, stage, period, sum(entries), sum(exits) from (
      select society_id, field_id, grade_id, channel, to_stage as stage, report_period(at) as period, 1 as entries, 0 as exits from report_change
      union all
      select society_id, field_id, grade_id, channel, to_stage, report_period(next_at), 0, 1 from report_change where next_at is not null
    ) moves group by 1, 2, 3, 4, 5, 6;

  insert into report_cycle_histogram (society_id, field_id, grade_id, channel, span, period, days, overdue, visits)
    select society_id, field_id, grade_id, channel, to_stage::text, report_period(next_at),
           greatest(0, floor(extract(epoch from next_at - at) / 86400))::int, coalesce(report_china_day(next_at) > deadline, false), count(*)
      from report_change where next_at is not null group by 1, 2, 3, 4, 5, 6, 7, 8;

  create temporary table report_evaluation on commit drop as
    select acc.application_id, acc.society_id, acc.field_id, acc.grade_id, acc.channel, acc.at as accepted_at,
           report_evaluation_deadline(acc.channel, acc.at, (acc.details->>'evaluationDeadline')::date) as deadline, fin.at as finished_at
      from report_change acc
      left join lateral (select t.at from report_change t where t.application_id = acc.application_id and t.seq > acc.seq
                           and t.to_stage in ('REGISTERED', 'NOT_ACCEPTED', 'NOT_REGISTERED', 'WITHDRAWN', 'LAPSED') order by t.seq limit 1) fin on true
     where acc.details ? 'evaluationDeadline';
  insert into report_cycle_histogram (society_id, field_id, grade_id, channel, span, period, days, overdue, visits)
    select society_id, field_id, grade_id, channel, 'EVALUATION', report_period(finished_at),
           greatest(0, floor(extract(epoch from finished_at - accepted_at) / 86400))::int, report_china_day(finished_at) > deadline, count(*)
      from report_evaluation where finished_at is not null group by 1, 2, 3, 4, 5, 6, 7, 8;

  insert into report_stage_entry (application_id, society_id, field_id, grade_id, channel, stage, entered_at, stage_deadline, accepted_at, evaluation_deadline)
    select c.application_id, c.society_id, c.field_id, c.grade_id, c.channel, c.to_stage, c.at, c.deadline, ev.accepted_at,
           case when ev.finished_at is null then ev.deadline end
      from report_change c left join report_evaluation ev on ev.application_id = c.application_id
     where c.next_seq is null;

  insert into report_examiner_activity (examiner_id, society_id, kind, period, assigned, removed, completed, timed, turnaround_hours)
    select examiner_id, society_id, kind, period, sum(assigned), sum(removed), sum(completed), sum(timed), sum(hours) from (
      select examiner_id, society_id, kind, report_period(assigned_at) as period, 1 as assigned, 0 as removed, 0 as completed, 0 as timed, 0::bigint as hours from assignment
      union all
      select examiner_id, society_id, kind, report_period(removed_at), 0, 1, 0, 0, 0 from assignment where removed_at is not null
      union all
      select a.examiner_id, a.society_id, a.kind, report_period(r.submitted_at), 0, 0, 1, case when r.round = 1 then 1 else 0 end,
             case when r.round = 1 then greatest(0, floor(extract(epoch from r.submitted_at - a.assigned_at) / 3600))::bigint else 0 end
        from material_review r join assignment a on a.id = r.assignment_id
      union all
      select a.examiner_id, a.society_id, a.kind, report_period(s.judged_at), 0, 0, 1, 1, greatest(0, floor(extract(epoch from s.judged_at - a.assigned_at) / 3600))::bigint
        from written_exam_score s join assignment a on a.id = s.assignment_id
    ) work group by 1, 2, 3, 4;
  drop table report_change;
  drop table report_evaluation;
end $fn$;`;
