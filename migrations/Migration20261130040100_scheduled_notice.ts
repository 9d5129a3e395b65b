import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * The ledger of what scheduled jobs have announced: one row per (kind, subject, date), inserted in the same
 * transaction as the notification it stands for. A second run, a retry or another API process running the same job
 * finds the row (on conflict do nothing) and announces nothing: a reminder goes out once per deadline.
 * Rows of a society follow the tenant wall; federation-wide notices (the calendar warning) have no society.
 * Append-only for the application role.
 */
export class Migration20261130040100_scheduled_notice extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "scheduled_notice" (
      "id" uuid not null default gen_random_uuid(),
      "kind" text not null,
      "subject_key" text not null,
      "due_on" date not null,
      "society_id" uuid null,
      "created_at" timestamptz not null default now(),
      constraint "scheduled_notice_pkey" primary key ("id"),
      constraint "scheduled_notice_once" unique ("kind", "subject_key", "due_on"),
      constraint "scheduled_notice_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict
    );`);
    this.addSql(`alter table "scheduled_notice" enable row level security;`);
    this.addSql(`create policy scheduled_notice_tenant on "scheduled_notice"
      using (society_id is null or (select app_is_federation()) or society_id = any (app_society_ids()))
      with check (society_id is null or (select app_is_federation()) or society_id = any (app_society_ids()));`);
    this.addSql(`grant select, insert on "scheduled_notice" to ${APP_ROLE};`);
  }
}
