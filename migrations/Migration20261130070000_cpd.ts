import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * CPD after registration (seed 000 如何保持工程会员身份; T/CAS 919): each society's yearly minimum and audit rate (a
 * tenant row its staff may write), members' activities with evidence files, yearly summaries, and the reproducible
 * yearly audit draw with its audits.
 */
export class Migration20261130070000_cpd extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "cpd_audit_status" as enum ('EVIDENCE_REQUESTED', 'EVIDENCE_SUBMITTED', 'ACCEPTED', 'REJECTED');`);
    this.addSql(`create type "cpd_activity_kind" as enum ('ONLINE_LEARNING', 'TRAINING', 'CONFERENCE', 'TEACHING', 'PUBLICATION', 'SELF_STUDY', 'OTHER');`);
    this.addSql(`create table "cpd_setting" ("id" uuid not null, "society_id" uuid not null, "minimum_hours" int not null, "audit_rate_percent" int not null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, constraint "cpd_setting_pkey" primary key ("id"));`);
    this.addSql(`alter table "cpd_setting" add constraint "cpd_setting_society_id_unique" unique ("society_id");`);
    this.addSql(`create table "cpd_audit_draw" ("id" uuid not null, "society_id" uuid not null, "year" int not null, "rate_percent" int not null, "seed" text not null, "population" jsonb not null, "drawn_by_id" uuid null, "drawn_at" timestamptz not null, constraint "cpd_audit_draw_pkey" primary key ("id"));`);
    this.addSql(`alter table "cpd_audit_draw" add constraint "cpd_audit_draw_society_id_year_unique" unique ("society_id", "year");`);
    this.addSql(`create table "cpd_summary" ("id" uuid not null, "society_id" uuid not null, "registration_id" uuid not null, "year" int not null, "summary" text not null, "updated_at" timestamptz not null, constraint "cpd_summary_pkey" primary key ("id"));`);
    this.addSql(`alter table "cpd_summary" add constraint "cpd_summary_registration_id_year_unique" unique ("registration_id", "year");`);
    this.addSql(`create table "cpd_audit" ("id" uuid not null, "society_id" uuid not null, "registration_id" uuid not null, "draw_id" uuid not null, "year" int not null, "status" "cpd_audit_status" not null default 'EVIDENCE_REQUESTED', "requested_at" timestamptz not null, "evidence_note" text null, "submitted_at" timestamptz null, "decided_by_id" uuid null, "decided_at" timestamptz null, "reasons" text null, constraint "cpd_audit_pkey" primary key ("id"));`);
    this.addSql(`alter table "cpd_audit" add constraint "cpd_audit_registration_id_year_unique" unique ("registration_id", "year");`);
    this.addSql(`create table "cpd_activity" ("id" uuid not null, "society_id" uuid not null, "registration_id" uuid not null, "kind" "cpd_activity_kind" not null, "title" text not null, "provider" text null, "started_on" date not null, "ended_on" date not null, "hours" int not null, "created_at" timestamptz not null, constraint "cpd_activity_pkey" primary key ("id"));`);
    this.addSql(`create index "cpd_activity_registration_id_ended_on_index" on "cpd_activity" ("registration_id", "ended_on");`);
    this.addSql(`create table "cpd_evidence" ("id" uuid not null, "society_id" uuid not null, "activity_id" uuid not null, "file_id" uuid not null, constraint "cpd_evidence_pkey" primary key ("id"));`);
    this.addSql(`alter table "cpd_evidence" add constraint "cpd_evidence_file_id_unique" unique ("file_id");`);
    this.addSql(`alter table "cpd_setting" add constraint "cpd_setting_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cpd_setting" add constraint "cpd_setting_updated_by_id_foreign" foreign key ("updated_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_audit_draw" add constraint "cpd_audit_draw_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_audit_draw" add constraint "cpd_audit_draw_drawn_by_id_foreign" foreign key ("drawn_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_summary" add constraint "cpd_summary_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_summary" add constraint "cpd_summary_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_audit" add constraint "cpd_audit_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_audit" add constraint "cpd_audit_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_audit" add constraint "cpd_audit_draw_id_foreign" foreign key ("draw_id") references "cpd_audit_draw" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cpd_audit" add constraint "cpd_audit_decided_by_id_foreign" foreign key ("decided_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_activity" add constraint "cpd_activity_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_activity" add constraint "cpd_activity_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_evidence" add constraint "cpd_evidence_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "cpd_evidence" add constraint "cpd_evidence_activity_id_foreign" foreign key ("activity_id") references "cpd_activity" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cpd_evidence" add constraint "cpd_evidence_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter type "file_purpose" add value if not exists 'CPD_EVIDENCE' after 'SUPPLEMENT';`);
    for (const sql of tenantRlsStatements('cpd_setting')) this.addSql(sql);
    for (const sql of tenantRlsStatements('cpd_activity')) this.addSql(sql);
    for (const sql of tenantRlsStatements('cpd_evidence')) this.addSql(sql);
    for (const sql of tenantRlsStatements('cpd_summary')) this.addSql(sql);
    for (const sql of tenantRlsStatements('cpd_audit_draw')) this.addSql(sql);
    for (const sql of tenantRlsStatements('cpd_audit')) this.addSql(sql);
    this.addSql(`grant select, insert, update on "cpd_setting", "cpd_activity", "cpd_summary", "cpd_audit_draw", "cpd_audit" to ${APP_ROLE};`);
    this.addSql(`grant select, insert, delete on "cpd_evidence" to ${APP_ROLE};`);
  }
}
