import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * Foundation: reference data, societies, accounts and grants, the application role's privileges,
 * and the row-level-security helpers every tenant table's policy uses.
 */
export class Migration20261122000000_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = '${APP_ROLE}') then
        create role ${APP_ROLE} nologin nosuperuser nobypassrls noinherit;
      end if;
    end $$;`);

    this.addSql(`create type "account_status" as enum ('ACTIVE', 'DISABLED');`);
    this.addSql(`create type "society_status" as enum ('ACTIVE', 'SUSPENDED');`);
    this.addSql(`create type "grant_role" as enum ('SOCIETY_STAFF', 'EXAMINER', 'APPLICANT', 'ENTERPRISE_RECOMMENDER', 'FEDERATION_ADMIN', 'FEDERATION_COMMITTEE', 'FEDERATION_SECRETARIAT', 'QUALITY_SUPERVISION');`);
    this.addSql(`create type "examiner_grade" as enum ('TRAINEE', 'FORMAL');`);

    this.addSql(`create table "account" ("id" uuid not null, "email" text not null, "password_hash" text not null, "display_name" text not null, "status" "account_status" not null default 'ACTIVE', "created_at" timestamptz not null, "last_login_at" timestamptz null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);

    this.addSql(`create table "competency_area" ("code" text not null, "name_zh" text not null, "name_en" text not null, constraint "competency_area_pkey" primary key ("code"));`);
    this.addSql(`create table "competency_item" ("code" text not null, "area_code" text not null, "professional_zh" text not null, "senior_zh" text not null, "evidence_examples_zh" jsonb not null, "sort_order" int not null, constraint "competency_item_pkey" primary key ("code"));`);

    this.addSql(`create table "engineering_field" ("id" uuid not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "sort_order" int not null, constraint "engineering_field_pkey" primary key ("id"));`);
    this.addSql(`alter table "engineering_field" add constraint "engineering_field_code_unique" unique ("code");`);

    this.addSql(`create table "enterprise" ("id" uuid not null, "name" text not null, "credit_code" text null, "created_at" timestamptz not null, constraint "enterprise_pkey" primary key ("id"));`);
    this.addSql(`alter table "enterprise" add constraint "enterprise_credit_code_unique" unique ("credit_code");`);

    this.addSql(`create table "grade" ("id" uuid not null, "ladder" text not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "rank" int not null, "min_relevant_work_years" int not null, "min_major_work_years" int not null, "education_requirement_zh" text not null, constraint "grade_pkey" primary key ("id"));`);
    this.addSql(`alter table "grade" add constraint "grade_ladder_code_unique" unique ("ladder", "code");`);

    this.addSql(`create table "society" ("id" uuid not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "status" "society_status" not null default 'ACTIVE', "suspension_reason" text null, "suspended_at" timestamptz null, "created_at" timestamptz not null, constraint "society_pkey" primary key ("id"));`);
    this.addSql(`alter table "society" add constraint "society_code_unique" unique ("code");`);

    this.addSql(`create table "role_grant" ("id" uuid not null, "account_id" uuid not null, "role" "grant_role" not null, "society_id" uuid null, "enterprise_id" uuid null, "examiner_grade" "examiner_grade" null, "field_id" uuid null, "specialty_codes" text[] not null default '{}', "employer" text null, "created_at" timestamptz not null, "revoked_at" timestamptz null, constraint "role_grant_pkey" primary key ("id"));`);
    this.addSql(`create index "role_grant_society_id_role_index" on "role_grant" ("society_id", "role");`);
    this.addSql(`create index "role_grant_account_id_index" on "role_grant" ("account_id");`);
    // The scope must match the role: society roles name a society, recommenders an enterprise, federation roles neither.
    this.addSql(`alter table "role_grant" add constraint "role_grant_society_scope_check" check ((society_id is not null) = (role = 'SOCIETY_STAFF' or role = 'EXAMINER' or role = 'APPLICANT'));`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_enterprise_scope_check" check ((enterprise_id is not null) = (role = 'ENTERPRISE_RECOMMENDER'));`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_examiner_check" check ((role = 'EXAMINER') = (examiner_grade is not null and field_id is not null));`);

    this.addSql(`create table "society_field" ("society_id" uuid not null, "field_id" uuid not null, constraint "society_field_pkey" primary key ("society_id", "field_id"));`);
    this.addSql(`create table "specialty" ("id" uuid not null, "field_id" uuid not null, "code" text not null, "name_zh" text not null, "name_en" text not null, "scope_zh" text not null, "sort_order" int not null, constraint "specialty_pkey" primary key ("id"));`);
    this.addSql(`alter table "specialty" add constraint "specialty_field_id_code_unique" unique ("field_id", "code");`);

    this.addSql(`alter table "competency_item" add constraint "competency_item_area_code_foreign" foreign key ("area_code") references "competency_area" ("code") on update cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_field_id_foreign" foreign key ("field_id") references "engineering_field" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "society_field" add constraint "society_field_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "society_field" add constraint "society_field_field_id_foreign" foreign key ("field_id") references "engineering_field" ("id") on update cascade;`);
    this.addSql(`alter table "specialty" add constraint "specialty_field_id_foreign" foreign key ("field_id") references "engineering_field" ("id") on update cascade on delete cascade;`);

    // RLS helpers. The casts are deliberate: an unset or empty setting raises an error instead of matching.
    this.addSql(`create function app_society_ids() returns uuid[] language sql stable as $$ select current_setting('app.society_ids')::uuid[] $$;`);
    this.addSql(`create function app_is_federation() returns boolean language sql stable as $$ select current_setting('app.federation')::boolean $$;`);
    this.addSql(`create function app_account_id() returns uuid language sql stable as $$ select nullif(current_setting('app.account_id'), '')::uuid $$;`);

    // Tenant table: a request sees the grants of its societies and its own account's grants.
    this.addSql(`alter table "role_grant" enable row level security;`);
    this.addSql(`create policy role_grant_tenant on "role_grant"
      using (app_is_federation() or society_id = any (app_society_ids()) or account_id = app_account_id())
      with check (app_is_federation() or society_id = any (app_society_ids()));`);

    // The tenant registry is public to read; only the federation authorizes or suspends societies.
    for (const table of ['society', 'society_field']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`create policy ${table}_read on "${table}" for select using (true);`);
      this.addSql(`create policy ${table}_federation_write on "${table}" for all using (app_is_federation()) with check (app_is_federation());`);
    }

    this.addSql(`grant usage on schema public to ${APP_ROLE};`);
    this.addSql(`grant select on "competency_area", "competency_item", "engineering_field", "specialty", "grade" to ${APP_ROLE};`);
    this.addSql(`grant select, insert, update on "account", "enterprise", "role_grant", "society", "society_field" to ${APP_ROLE};`);
    this.addSql(`grant delete on "society_field" to ${APP_ROLE};`);
    this.addSql(`grant execute on function app_society_ids(), app_is_federation(), app_account_id() to ${APP_ROLE};`);
  }
}
