import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * Deadlines that follow the calendar: a stage deadline and a notice's last day keep what they are counted
 * from, so a holiday added or removed later moves them; the years whose official arrangement the federation
 * loaded are recorded, so deadlines in years nobody has confirmed yet can be flagged.
 */
export class Migration20261129100000_deadline_calendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "application" add column "stage_deadline_start" date null, add column "stage_deadline_working_days" int null;`);
    this.addSql(`alter table "public_notice" add column "working_days" int null;`);
    // Open deadlines are few (returns, open notices): partial indexes keep the calendar-change walk off the big table.
    this.addSql(`create index "application_open_stage_deadline_index" on "application" ("stage_deadline_start") where stage_deadline is not null and stage_deadline_start is not null;`);
    this.addSql(`create index "public_notice_open_index" on "public_notice" ("starts_on") where closed_at is null;`);

    this.addSql(`create table "holiday_arrangement" ("year" int not null, "source" text null, "loaded_by_id" uuid not null, "loaded_at" timestamptz not null, constraint "holiday_arrangement_pkey" primary key ("year"));`);
    this.addSql(`alter table "holiday_arrangement" add constraint "holiday_arrangement_loaded_by_id_foreign" foreign key ("loaded_by_id") references "account" ("id") on update cascade on delete restrict;`);
    // The calendar is public knowledge: anyone reads it; only the federation writes it.
    this.addSql(`alter table "holiday_arrangement" enable row level security;`);
    this.addSql(`create policy holiday_arrangement_read on "holiday_arrangement" for select using (true);`);
    this.addSql(`create policy holiday_arrangement_federation_write on "holiday_arrangement" for all using (app_is_federation()) with check (app_is_federation());`);
    this.addSql(`grant select, insert, update, delete on "holiday_arrangement" to ${APP_ROLE};`);
  }
}
