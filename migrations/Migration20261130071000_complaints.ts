import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * Complaints, appeals and opinions (seed 000 申诉、投诉; seed 003 10.2): the complaint with its current handler and
 * status, its append-only steps with their evidence, and each handler's target in working days. RLS: a complaint is
 * the federation's, its complainant's, or (handled by a society) that society's; the policies narrow it to the
 * handlers. Steps follow their complaint. Anyone may lodge (an anonymous opinion has no complainant and a federation handler).
 */
export class Migration20261130071000_complaints extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "complaint_kind" as enum ('RESULT', 'PROCEDURE_BREACH', 'MISMANAGEMENT', 'OPINION');`);
    this.addSql(`create type "complaint_handler" as enum ('SOCIETY', 'QUALITY_SUPERVISION', 'SECRETARIAT');`);
    this.addSql(`create type "complaint_status" as enum ('RECEIVED', 'ASSIGNED', 'INVESTIGATING', 'DECIDED', 'FEEDBACK_GIVEN');`);
    this.addSql(`create type "complaint_outcome" as enum ('UPHELD', 'PARTLY_UPHELD', 'DISMISSED');`);
    this.addSql(`create type "complaint_step_action" as enum ('RECEIVE', 'ASSIGN', 'INVESTIGATE', 'DECIDE', 'FEEDBACK', 'ESCALATE');`);
    this.addSql(`create table "complaint_target" ("handler" varchar(255) not null, "working_days" int not null, constraint "complaint_target_pkey" primary key ("handler"));`);
    this.addSql(`create table "complaint" ("id" uuid not null, "kind" "complaint_kind" not null, "handler" "complaint_handler" not null, "status" "complaint_status" not null default 'RECEIVED', "round" int not null default 1, "society_id" uuid null, "complainant_id" uuid null, "complainant_name" text null, "complainant_email" text null, "contact" text null, "application_id" uuid null, "decision_event_id" uuid null, "concerns_registration_id" uuid null, "subject" text not null, "content" text not null, "received_on" date not null, "target_working_days" int not null, "due_on" date not null, "assigned_to_id" uuid null, "outcome" "complaint_outcome" null, "outcome_reasons" text null, "feedback" text null, "feedback_on" date null, "created_at" timestamptz not null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_handler_status_index" on "complaint" ("handler", "status");`);
    this.addSql(`create table "complaint_step" ("id" uuid not null, "complaint_id" uuid not null, "seq" int not null, "round" int not null, "handler" "complaint_handler" not null, "action" "complaint_step_action" not null, "actor_id" uuid null, "note" text not null, "evidence" text null, "at" timestamptz not null, constraint "complaint_step_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaint_step" add constraint "complaint_step_complaint_id_seq_unique" unique ("complaint_id", "seq");`);
    this.addSql(`alter table "complaint" add constraint "complaint_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_complainant_id_foreign" foreign key ("complainant_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_decision_event_id_foreign" foreign key ("decision_event_id") references "application_event" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_concerns_registration_id_foreign" foreign key ("concerns_registration_id") references "registration" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_assigned_to_id_foreign" foreign key ("assigned_to_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint_step" add constraint "complaint_step_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "complaint_step" add constraint "complaint_step_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on update cascade on delete restrict;`);
    // A complaint: the federation's (the policies narrow it to its quality supervision committee and secretariat),
    // its complainant's, or the handling society's. Lodging: the complainant's own, or an anonymous one to the federation.
    this.addSql(`alter table "complaint" enable row level security;`);
    this.addSql(`create policy complaint_read on "complaint" for select using (
      (select app_is_federation()) or complainant_id = app_account_id() or (handler = 'SOCIETY' and society_id = any (app_society_ids())));`);
    this.addSql(`create policy complaint_lodge on "complaint" for insert with check (
      (select app_is_federation()) or complainant_id = app_account_id() or (complainant_id is null and handler <> 'SOCIETY'));`);
    this.addSql(`create policy complaint_handle on "complaint" for update using (
      (select app_is_federation()) or complainant_id = app_account_id() or (handler = 'SOCIETY' and society_id = any (app_society_ids())));`);
    // A step is visible with its complaint; written by the commands of whoever may see the complaint, or by an anonymous lodging.
    this.addSql(`alter table "complaint_step" enable row level security;`);
    this.addSql(`create policy complaint_step_read on "complaint_step" for select using (exists (select 1 from complaint c where c.id = complaint_id));`);
    this.addSql(`create policy complaint_step_write on "complaint_step" for insert with check (
      exists (select 1 from complaint c where c.id = complaint_id) or (actor_id is null and action = 'RECEIVE'));`);
    // Targets: anyone reads them; the federation sets them. 20 working days until it does (no document fixes one;
    // 003 10.2.5 says only 及时).
    this.addSql(`alter table "complaint_target" enable row level security;`);
    this.addSql(`create policy complaint_target_read on "complaint_target" for select using (true);`);
    this.addSql(`create policy complaint_target_write on "complaint_target" for update using ((select app_is_federation())) with check ((select app_is_federation()));`);
    this.addSql(`insert into "complaint_target" ("handler", "working_days") values ('SOCIETY', 20), ('QUALITY_SUPERVISION', 20), ('SECRETARIAT', 20);`);
    this.addSql(`grant select, insert, update on "complaint" to ${APP_ROLE};`);
    this.addSql(`grant select, insert on "complaint_step" to ${APP_ROLE};`);
    this.addSql(`grant select, update on "complaint_target" to ${APP_ROLE};`);
  }
}
