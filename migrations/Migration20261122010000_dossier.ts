import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** Tables of a tenant: row-level security keeps each society's rows to itself. */
const TENANT_TABLES = [
  'application',
  'education_entry',
  'work_history_entry',
  'competency_claim',
  'achievement',
  'stored_file',
  'application_event',
  'application_supplement',
];

/**
 * The dossier and the procedure up to acceptance: applications and their sections, stored files,
 * the append-only event history, supplements, and the admin-extendable working-day calendar.
 */
export class Migration20261122010000_dossier extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "application_channel" as enum ('INDIVIDUAL', 'ENTERPRISE');`);
    this.addSql(`create type "application_stage" as enum ('DRAFT', 'SUBMITTED', 'RETURNED_FOR_COMPLETION', 'FORM_CHECKED', 'RETURNED_FOR_CLARIFICATION', 'BASIC_CONDITIONS_MET', 'ACCEPTED', 'MATERIAL_REVIEW', 'SUPPLEMENT_REQUESTED', 'WRITTEN_EXAM', 'INTERVIEW', 'COMPREHENSIVE_REVIEW', 'PUBLIC_NOTICE', 'FEDERATION_REVIEW', 'AWAITING_REGISTRATION', 'REGISTERED', 'NOT_ACCEPTED', 'NOT_REGISTERED', 'WITHDRAWN', 'LAPSED');`);
    this.addSql(`create type "international_title_kind" as enum ('INT_PE', 'APEC_ENGINEER', 'EUR_ING', 'ACPE', 'OTHER');`);
    this.addSql(`create type "education_level" as enum ('SENIOR_HIGH', 'VOCATIONAL', 'COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR', 'OTHER');`);
    this.addSql(`create type "achievement_category" as enum ('TECHNICAL_REPORT', 'STANDARD', 'PATENT', 'AWARD', 'PAPER_OR_BOOK');`);
    this.addSql(`create type "file_purpose" as enum ('PHOTO', 'ID_COPY', 'DEGREE_EVIDENCE', 'ORG_CHART', 'EVIDENCE', 'PLEDGE', 'TITLE_PROOF', 'SUPPLEMENT');`);
    this.addSql(`create type "major_work_kind" as enum ('SMALL_PROJECT_FULL', 'LARGE_PROJECT_PART', 'EMERGING_COMPLEX');`);
    this.addSql(`create type "day_kind" as enum ('WORKDAY', 'HOLIDAY');`);
    this.addSql(`create table "application" ("id" uuid not null, "society_id" uuid not null, "applicant_id" uuid not null, "field_id" uuid not null, "specialty_id" uuid not null, "grade_id" uuid not null, "channel" "application_channel" not null, "stage" "application_stage" not null default 'DRAFT', "version" int not null default 1, "name" text null, "name_pinyin" text null, "id_number" text null, "birth_date" date null, "membership_number" text null, "mailing_address" text null, "mobile" text null, "email" text null, "employer" text null, "employer_en" text null, "accredited_programme" boolean null, "wants_mutual_recognition" boolean null, "self_statement" text null, "international_title_kind" "international_title_kind" null, "international_title_name" text null, "international_title_number" text null, "category_fields" jsonb not null, "society_member" boolean null, "clarification_returns" int not null default 0, "return_request" jsonb null, "submitted_at" timestamptz(3) null, "accepted_at" timestamptz null, "stage_deadline" date null, "evaluation_deadline" date null, "due_date" date generated always as (coalesce(stage_deadline, evaluation_deadline, '9999-12-31'::date)) stored null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "application_pkey" primary key ("id"));`);
    this.addSql(`create index "application_applicant_id_index" on "application" ("applicant_id");`);
    this.addSql(`create index "application_society_id_stage_deadline_index" on "application" ("society_id", "stage_deadline");`);
    this.addSql(`create index "application_society_id_stage_submitted_at_index" on "application" ("society_id", "stage", "submitted_at");`);
    this.addSql(`create table "education_entry" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "from_date" date not null, "to_date" date not null, "school" text not null, "major" text null, "level" "education_level" not null, "degree" text null, "qualifying" boolean not null default false, constraint "education_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "education_entry_application_id_from_date_index" on "education_entry" ("application_id", "from_date");`);
    this.addSql(`create table "competency_claim" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "position" int not null, "passage" text not null, "item_codes" text[] not null, constraint "competency_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "competency_claim_application_id_index" on "competency_claim" ("application_id");`);
    this.addSql(`create table "application_event" ("id" uuid not null, "seq" bigint generated always as identity, "society_id" uuid not null, "application_id" uuid not null, "actor_id" uuid not null, "action" text not null, "from_stage" "application_stage" not null, "to_stage" "application_stage" not null, "reason" text null, "details" jsonb null, "at" timestamptz not null, constraint "application_event_pkey" primary key ("id"));`);
    this.addSql(`create index "application_event_application_id_seq_index" on "application_event" ("application_id", "seq");`);
    this.addSql(`create table "achievement" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "position" int not null, "category" "achievement_category" not null, "date" date not null, "title" text not null, "role" text not null, "description" text null, constraint "achievement_pkey" primary key ("id"));`);
    this.addSql(`create index "achievement_application_id_index" on "achievement" ("application_id");`);
    this.addSql(`create table "stored_file" ("id" uuid not null, "society_id" uuid not null, "owner_id" uuid not null, "application_id" uuid null, "purpose" "file_purpose" null, "caption" text null, "filename" text not null, "content_type" text not null, "size" int not null, "sha256" text not null, "content" bytea not null, "created_at" timestamptz not null, "attached_at" timestamptz null, constraint "stored_file_pkey" primary key ("id"));`);
    this.addSql(`create index "stored_file_application_id_purpose_index" on "stored_file" ("application_id", "purpose");`);
    this.addSql(`create table "application_supplement" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "author_id" uuid not null, "concerns" text not null, "content" text not null, "file_id" uuid null, "created_at" timestamptz not null, constraint "application_supplement_pkey" primary key ("id"));`);
    this.addSql(`create index "application_supplement_application_id_created_at_index" on "application_supplement" ("application_id", "created_at");`);
    this.addSql(`create table "work_history_entry" ("id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "from_date" date not null, "to_date" date null, "employer" text not null, "department" text null, "position" text not null, "referee_name" text not null, "referee_contact" text not null, "major_engineering_work" boolean not null default false, "major_work_kind" "major_work_kind" null, constraint "work_history_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "work_history_entry_application_id_from_date_index" on "work_history_entry" ("application_id", "from_date");`);
    this.addSql(`create table "working_day_override" ("date" date not null, "kind" "day_kind" not null, "name" text null, "created_at" timestamptz not null, constraint "working_day_override_pkey" primary key ("date"));`);
    this.addSql(`alter table "application" add constraint "application_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_applicant_id_foreign" foreign key ("applicant_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_field_id_foreign" foreign key ("field_id") references "engineering_field" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_specialty_id_foreign" foreign key ("specialty_id") references "specialty" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_grade_id_foreign" foreign key ("grade_id") references "grade" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "education_entry" add constraint "education_entry_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "education_entry" add constraint "education_entry_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competency_claim" add constraint "competency_claim_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "competency_claim" add constraint "competency_claim_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "application_event" add constraint "application_event_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application_event" add constraint "application_event_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "application_event" add constraint "application_event_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "achievement" add constraint "achievement_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "achievement" add constraint "achievement_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_owner_id_foreign" foreign key ("owner_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "application_supplement" add constraint "application_supplement_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application_supplement" add constraint "application_supplement_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "application_supplement" add constraint "application_supplement_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application_supplement" add constraint "application_supplement_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "work_history_entry" add constraint "work_history_entry_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "work_history_entry" add constraint "work_history_entry_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account" add column "barred_at" timestamptz null, add column "barred_reason" text null;`);
    this.addSql(`alter table "society" add column "clarification_working_days" int not null default 10;`);

    // One open application per applicant per society (terminal stages do not count).
    this.addSql(`create unique index "application_one_open_per_society" on "application" ("applicant_id", "society_id") where stage not in ('REGISTERED', 'NOT_ACCEPTED', 'NOT_REGISTERED', 'WITHDRAWN', 'LAPSED');`);
    // Keyset pagination of the work queue: (sort value, id) per society.
    this.addSql(`create index "application_queue_submitted_index" on "application" ("society_id", "submitted_at", "id");`);
    this.addSql(`create index "application_queue_due_index" on "application" ("society_id", "due_date", "id");`);
    this.addSql(`create index "stored_file_owner_id_index" on "stored_file" ("owner_id");`);

    for (const table of TENANT_TABLES) for (const sql of tenantRlsStatements(table)) this.addSql(sql);

    this.addSql(`grant select, insert, update on "application", "stored_file" to ${APP_ROLE};`);
    this.addSql(`grant select, insert, update, delete on "education_entry", "work_history_entry", "competency_claim", "achievement" to ${APP_ROLE};`);
    // History and supplements are append-only for the API.
    this.addSql(`grant select, insert on "application_event", "application_supplement" to ${APP_ROLE};`);
    this.addSql(`grant select, insert, update, delete on "working_day_override" to ${APP_ROLE};`);
  }
}
