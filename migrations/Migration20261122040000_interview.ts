import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** Interviews: the panel as assignments (with its chief), the schedule and the chief's record. */
export class Migration20261122040000_interview extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "interview_mode" as enum ('ONSITE', 'ONLINE', 'MIXED');`);
    this.addSql(`create type "interview_conclusion" as enum ('PASS', 'FAIL');`);
    this.addSql(`create table "interview" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "mode" "interview_mode" not null, "scheduled_at" timestamptz not null, "location" text not null, "identity_checked" boolean null, "changes_since_submission" text null, "self_statement_minutes" int null, "questioning_minutes" int null, "deliberation_minutes" int null, "questions" jsonb not null, "conclusion" "interview_conclusion" null, "advice" text null, "reasons" text null, "recorded_by_id" uuid null, "recorded_at" timestamptz null, "created_at" timestamptz not null, constraint "interview_pkey" primary key ("id"));`);
    this.addSql(`alter table "interview" add constraint "interview_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "interview" add constraint "interview_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "interview" add constraint "interview_recorded_by_id_foreign" foreign key ("recorded_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter type "assignment_kind" add value if not exists 'INTERVIEW' after 'MATERIAL_REVIEW';`);
    this.addSql(`alter table "assignment" add column "chief" boolean not null default false;`);
    this.addSql(`create index "interview_application_id_index" on "interview" ("application_id");`);
    for (const sql of tenantRlsStatements('interview')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "interview" to ${APP_ROLE};`);
  }
}
