import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/** The enterprise roles, compared as text: a value added to an enum in this transaction cannot be used as one yet. */
const ENTERPRISE_ROLES = `('ENTERPRISE_RECOMMENDER', 'ENTERPRISE_ADMIN')`;

/**
 * The enterprise channel (DOMAIN.md §9, seeds 002 and 004): the enterprise's own admin role, its recommending-unit
 * form, the recommendation rights societies open for it, recommendation codes (stored as SHA-256 digests only),
 * pre-applications through both channels, application rounds, the society settings of the channel, and the link
 * of an application to its pre-application and recommending enterprise.
 *
 * The enterprise is a scope of its own: app_enterprise_ids() (the enterprises whose active grant the request's
 * account holds, on an active account) is the row-level-security predicate of every enterprise row; it is not a
 * society id and opens no society's rows.
 */
export class Migration20261201040000_enterprise_channel extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "grant_role" add value if not exists 'ENTERPRISE_ADMIN';`);
    this.addSql(`alter table "role_grant" drop constraint "role_grant_enterprise_scope_check";`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_enterprise_scope_check" check ((enterprise_id is not null) = (role::text = any (array['ENTERPRISE_RECOMMENDER', 'ENTERPRISE_ADMIN'])));`);

    this.addSql(`create function app_enterprise_ids(admin_only boolean default false) returns uuid[]
      language sql stable security definer set search_path = public, pg_temp as $$
      select coalesce(array_agg(distinct g.enterprise_id), '{}'::uuid[]) from role_grant g join account a on a.id = g.account_id
      where g.account_id = nullif(current_setting('app.account_id'), '')::uuid
        and g.enterprise_id is not null and g.revoked_at is null and a.status = 'ACTIVE'
        and (not admin_only or g.role::text = 'ENTERPRISE_ADMIN') $$;`);
    this.addSql(`revoke execute on function app_enterprise_ids(boolean) from public;`);
    this.addSql(`grant execute on function app_enterprise_ids(boolean) to ${APP_ROLE};`);

    // Enterprise grants: the enterprise's admin appoints its staff; society staff and the federation appoint its admin.
    this.addSql(`create policy role_grant_enterprise on "role_grant"
      using (enterprise_id in (select unnest(app_enterprise_ids(true))))
      with check (role::text = 'ENTERPRISE_RECOMMENDER' and enterprise_id in (select unnest(app_enterprise_ids(true))));`);
    this.addSql(`create policy role_grant_enterprise_admin on "role_grant"
      using (role::text = 'ENTERPRISE_ADMIN' and ((select app_is_federation()) or (select app_holds_role('SOCIETY_STAFF'))))
      with check (role::text = 'ENTERPRISE_ADMIN' and ((select app_is_federation()) or (select app_holds_role('SOCIETY_STAFF'))));`);

    // Enterprises: society staff register and look up the enterprises whose forms they review.
    this.addSql(`drop policy enterprise_read on "enterprise";`);
    this.addSql(`create policy enterprise_read on "enterprise" for select using (
      (select app_is_federation()) or (select app_holds_role('SOCIETY_STAFF')) or id in (select unnest(app_enterprise_ids())));`);
    this.addSql(`create policy enterprise_staff_write on "enterprise" for insert with check ((select app_holds_role('SOCIETY_STAFF')));`);

    // The channel's settings are the society's (seed 004: 每批次建议不超过 50 人); the federation sets them.
    this.addSql(`alter table "society" add column "enterprise_batch_limit" int not null default 50, add column "recommendation_code_valid_days" int not null default 60;`);
    this.addSql(`alter table "society" add constraint "society_enterprise_batch_limit_check" check (enterprise_batch_limit >= 1 and enterprise_batch_limit <= 1000);`);
    this.addSql(`alter table "society" add constraint "society_recommendation_code_valid_days_check" check (recommendation_code_valid_days >= 1 and recommendation_code_valid_days <= 366);`);

    // 推荐单位信息表: one current form per enterprise.
    this.addSql(`create table "recommending_unit_form" ("id" uuid not null, "enterprise_id" uuid not null, "contact_name" text not null, "contact_phone" text not null,
      "engineers_per_batch" int not null, "overseas_projects" jsonb not null, "planned_projects" jsonb not null, "submitted_at" timestamptz not null,
      "submitted_by_id" uuid not null, "version" int not null default 1, constraint "recommending_unit_form_pkey" primary key ("id"),
      constraint "recommending_unit_form_enterprise_unique" unique ("enterprise_id"),
      constraint "recommending_unit_form_batch_check" check (engineers_per_batch >= 1));`);
    this.addSql(`alter table "recommending_unit_form" add constraint "recommending_unit_form_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "recommending_unit_form" add constraint "recommending_unit_form_submitted_by_id_foreign" foreign key ("submitted_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "recommending_unit_form" enable row level security;`);
    this.addSql(`create policy recommending_unit_form_enterprise on "recommending_unit_form"
      using (enterprise_id in (select unnest(app_enterprise_ids())) or (select app_is_federation()) or (select app_holds_role('SOCIETY_STAFF')))
      with check (enterprise_id in (select unnest(app_enterprise_ids())));`);

    // A society's recommendation right for one enterprise and one of its fields.
    this.addSql(`create table "recommendation_right" ("id" uuid not null, "society_id" uuid not null, "enterprise_id" uuid not null, "field_id" uuid not null,
      "opened_at" timestamptz not null, "opened_by_id" uuid not null, "withdrawn_at" timestamptz null, "withdrawn_by_id" uuid null, "withdrawal_reason" text null,
      constraint "recommendation_right_pkey" primary key ("id"));`);
    this.addSql(`create unique index "recommendation_right_one_open" on "recommendation_right" ("society_id", "enterprise_id", "field_id") where withdrawn_at is null;`);
    this.addSql(`create index "recommendation_right_enterprise_index" on "recommendation_right" ("enterprise_id");`);
    for (const [column, table] of [['society_id', 'society'], ['enterprise_id', 'enterprise'], ['field_id', 'engineering_field'], ['opened_by_id', 'account'], ['withdrawn_by_id', 'account']]) {
      this.addSql(`alter table "recommendation_right" add constraint "recommendation_right_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete restrict;`);
    }
    for (const sql of tenantRlsStatements('recommendation_right')) this.addSql(sql);
    this.addSql(`create policy recommendation_right_enterprise_read on "recommendation_right" for select using (enterprise_id in (select unnest(app_enterprise_ids())));`);

    // Recommendation codes: only the digest is stored; nobody can read a code back.
    this.addSql(`create table "recommendation_code" ("id" uuid not null, "enterprise_id" uuid not null, "society_id" uuid not null, "field_id" uuid not null,
      "grade_id" uuid not null, "code_digest" text not null, "batch_id" uuid not null, "engineer_name" text not null, "engineer_contact" text not null,
      "current_location" text not null, "experience_summary" text not null, "overseas_project" text not null, "created_at" timestamptz not null,
      "created_by_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_by_id" uuid null,
      "redeemed_at" timestamptz null, "redeemed_by_id" uuid null,
      constraint "recommendation_code_pkey" primary key ("id"), constraint "recommendation_code_digest_unique" unique ("code_digest"),
      constraint "recommendation_code_summary_check" check (char_length(experience_summary) <= 300));`);
    this.addSql(`create index "recommendation_code_enterprise_index" on "recommendation_code" ("enterprise_id", "created_at", "id");`);
    for (const [column, table] of [['enterprise_id', 'enterprise'], ['society_id', 'society'], ['field_id', 'engineering_field'], ['grade_id', 'grade'], ['created_by_id', 'account'], ['revoked_by_id', 'account'], ['redeemed_by_id', 'account']]) {
      this.addSql(`alter table "recommendation_code" add constraint "recommendation_code_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete restrict;`);
    }
    this.addSql(`alter table "recommendation_code" enable row level security;`);
    this.addSql(`create policy recommendation_code_enterprise on "recommendation_code"
      using (enterprise_id in (select unnest(app_enterprise_ids())) or (select app_is_federation()) or society_id = any (app_society_ids()))
      with check (enterprise_id in (select unnest(app_enterprise_ids())));`);

    this.addSql(`create table "application_round" ("id" uuid not null, "society_id" uuid not null, "name" text not null, "closes_on" date not null,
      "created_at" timestamptz not null, constraint "application_round_pkey" primary key ("id"));`);
    this.addSql(`alter table "application_round" add constraint "application_round_society_name_unique" unique ("society_id", "name");`);
    this.addSql(`alter table "application_round" add constraint "application_round_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    for (const sql of tenantRlsStatements('application_round')) this.addSql(sql);
    // Closing dates are announced publicly (seed 004: 4 月 20 日前).
    this.addSql(`create policy application_round_read on "application_round" for select using (true);`);

    this.addSql(`create type "pre_application_status" as enum ('SUBMITTED', 'APPROVED', 'REFUSED');`);
    this.addSql(`create table "pre_application" ("id" uuid not null, "society_id" uuid not null, "applicant_id" uuid not null, "channel" "application_channel" not null,
      "enterprise_id" uuid null, "recommendation_code_id" uuid null, "field_id" uuid not null, "grade_id" uuid not null, "name" text not null, "contact" text not null,
      "current_location" text not null, "experience_summary" text not null, "overseas_project" text null, "round_id" uuid null,
      "status" "pre_application_status" not null default 'SUBMITTED', "screened_at" timestamptz null, "screened_by_id" uuid null, "screening_reason" text null,
      "screened_by_federation" boolean not null default false, "consultation_requested_at" timestamptz null, "consultation_held_on" date null,
      "consultation_note" text null, "consultation_recorded_by_id" uuid null, "created_at" timestamptz not null, "version" int not null default 1,
      constraint "pre_application_pkey" primary key ("id"), constraint "pre_application_code_unique" unique ("recommendation_code_id"),
      constraint "pre_application_channel_check" check ((channel = 'ENTERPRISE') = (recommendation_code_id is not null) and (channel = 'ENTERPRISE') = (enterprise_id is not null)),
      constraint "pre_application_summary_check" check (char_length(experience_summary) <= 300),
      constraint "pre_application_refusal_reason_check" check (status <> 'REFUSED' or screening_reason is not null));`);
    this.addSql(`create index "pre_application_queue_index" on "pre_application" ("society_id", "status", "created_at", "id");`);
    this.addSql(`create index "pre_application_applicant_index" on "pre_application" ("applicant_id");`);
    this.addSql(`create index "pre_application_enterprise_index" on "pre_application" ("enterprise_id", "created_at", "id");`);
    for (const [column, table] of [['society_id', 'society'], ['applicant_id', 'account'], ['enterprise_id', 'enterprise'], ['recommendation_code_id', 'recommendation_code'], ['field_id', 'engineering_field'], ['grade_id', 'grade'], ['round_id', 'application_round'], ['screened_by_id', 'account'], ['consultation_recorded_by_id', 'account']]) {
      this.addSql(`alter table "pre_application" add constraint "pre_application_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete restrict;`);
    }
    for (const sql of tenantRlsStatements('pre_application')) this.addSql(sql);
    this.addSql(`create policy pre_application_applicant on "pre_application" using (applicant_id = app_account_id()) with check (applicant_id = app_account_id());`);
    this.addSql(`create policy pre_application_enterprise_read on "pre_application" for select using (enterprise_id in (select unnest(app_enterprise_ids())));`);

    // The formal application keeps its pre-application and, on the enterprise channel, its recommending enterprise.
    this.addSql(`alter table "application" add column "pre_application_id" uuid null, add column "recommending_enterprise_id" uuid null;`);
    this.addSql(`alter table "application" add constraint "application_pre_application_unique" unique ("pre_application_id");`);
    this.addSql(`alter table "application" add constraint "application_pre_application_id_foreign" foreign key ("pre_application_id") references "pre_application" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "application" add constraint "application_recommending_enterprise_id_foreign" foreign key ("recommending_enterprise_id") references "enterprise" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "application_recommending_enterprise_index" on "application" ("recommending_enterprise_id", "created_at", "id") where recommending_enterprise_id is not null;`);
    this.addSql(`create policy application_enterprise_read on "application" for select using (recommending_enterprise_id in (select unnest(app_enterprise_ids())));`);

    // The access log of an enterprise's reads: its own entries, about its own recommendees only (it acts in no society).
    this.addSql(`create policy dossier_access_log_enterprise on "dossier_access_log" for insert with check (
      reader_id = app_account_id() and not exists (
        select 1 from unnest(application_ids) as shown(id)
        where not exists (select 1 from application a where a.id = shown.id and a.society_id = dossier_access_log.society_id
                            and a.recommending_enterprise_id in (select unnest(app_enterprise_ids())))));`);

    // Redemption, before the redeemer can see any code: the facts of one digest, and the single-use mark.
    this.addSql(`create function app_recommendation_code_by_digest(digest text)
      returns table (id uuid, enterprise_id uuid, society_id uuid, field_id uuid, grade_id uuid, engineer_name text, engineer_contact text,
        current_location text, experience_summary text, overseas_project text, expires_at timestamptz, revoked_at timestamptz, redeemed_at timestamptz)
      language sql stable security definer set search_path = public, pg_temp as $$
      select c.id, c.enterprise_id, c.society_id, c.field_id, c.grade_id, c.engineer_name, c.engineer_contact, c.current_location,
             c.experience_summary, c.overseas_project, c.expires_at, c.revoked_at, c.redeemed_at
      from recommendation_code c where c.code_digest = digest and nullif(current_setting('app.account_id'), '') is not null $$;`);
    this.addSql(`create function app_redeem_recommendation_code(code uuid, at timestamptz) returns boolean
      language sql volatile security definer set search_path = public, pg_temp as $$
      with used as (
        update recommendation_code c set redeemed_at = at, redeemed_by_id = nullif(current_setting('app.account_id'), '')::uuid
        where c.id = code and c.redeemed_at is null and c.revoked_at is null and c.expires_at > at
          and nullif(current_setting('app.account_id'), '') is not null
        returning 1)
      select exists (select 1 from used) $$;`);
    this.addSql(`revoke execute on function app_recommendation_code_by_digest(text), app_redeem_recommendation_code(uuid, timestamptz) from public;`);
    this.addSql(`grant execute on function app_recommendation_code_by_digest(text), app_redeem_recommendation_code(uuid, timestamptz) to ${APP_ROLE};`);

    this.addSql(`grant select, insert, update on "recommending_unit_form", "recommendation_right", "recommendation_code", "application_round", "pre_application" to ${APP_ROLE};`);
  }
}
