import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * Issue 14: fewer statements per request.
 * - app_request_principal: the account, its active grants (with their societies) and the requested society in one
 *   statement, before any setting is made. SECURITY DEFINER like app_login_account: the caller names the account the
 *   verified token proved; the role could already read that account's own grants by setting app.account_id.
 * - The access log is one row per request and society (per distinct set of parts shown): the ids of the applications
 *   shown are an array (a page of 100 was 100 rows). `dossier_access` stays as a view with one row per application,
 *   so what read it still reads the same; the old rows move over unchanged.
 * - app_assert_nothing_written: a query's transaction now commits its access-log row instead of rolling back and
 *   opening a second transaction; the row's insert first checks that the query wrote nothing else.
 */
export class Migration20261130050000_request_principal_and_access_log extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function app_request_principal(principal_account uuid, society_code text) returns jsonb
      language sql stable security definer set search_path = public, pg_temp as $$
      select jsonb_build_object(
        'account', (select jsonb_build_object('id', a.id, 'email', a.email, 'displayName', a.display_name, 'status', a.status)
                    from account a where a.id = principal_account),
        'grants', coalesce((select jsonb_agg(jsonb_build_object(
                      'id', g.id, 'role', g.role, 'society', case when s.id is null then null else jsonb_build_object('id', s.id, 'code', s.code, 'status', s.status) end,
                      'enterpriseId', g.enterprise_id, 'examinerGrade', g.examiner_grade, 'fieldId', g.field_id, 'specialtyCodes', g.specialty_codes,
                      'employer', g.employer, 'createdAt', g.created_at) order by g.created_at, g.role, g.id)
                    from role_grant g left join society s on s.id = g.society_id
                    where g.account_id = principal_account and g.revoked_at is null), '[]'::jsonb),
        'society', (select jsonb_build_object('id', s.id, 'code', s.code, 'status', s.status) from society s where s.code = society_code)
      ) $$;`);
    this.addSql(`revoke execute on function app_request_principal(uuid, text) from public;`);
    this.addSql(`grant execute on function app_request_principal(uuid, text) to ${APP_ROLE};`);

    // Raises when the transaction already wrote something (an xid is assigned at the first write); evaluated once,
    // as an InitPlan, before the access-log row that calls it is written.
    this.addSql(`create function app_assert_nothing_written() returns boolean language plpgsql volatile as $$
      begin
        if pg_current_xact_id_if_assigned() is not null then
          raise exception 'a query wrote to the database' using errcode = 'P0001';
        end if;
        return true;
      end $$;`);
    this.addSql(`grant execute on function app_assert_nothing_written() to ${APP_ROLE};`);

    this.addSql(`create table "dossier_access_log" ("id" uuid not null, "society_id" uuid not null, "reader_id" uuid not null, "application_ids" uuid[] not null, "parts" text[] not null, "at" timestamptz not null, constraint "dossier_access_log_pkey" primary key ("id"));`);
    this.addSql(`alter table "dossier_access_log" add constraint "dossier_access_log_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "dossier_access_log" add constraint "dossier_access_log_reader_id_foreign" foreign key ("reader_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "dossier_access_log_application_ids_index" on "dossier_access_log" using gin ("application_ids");`);
    for (const sql of tenantRlsStatements('dossier_access_log')) this.addSql(sql);
    this.addSql(`grant select, insert on "dossier_access_log" to ${APP_ROLE};`);
    this.addSql(`insert into "dossier_access_log" (id, society_id, reader_id, application_ids, parts, at)
      select id, society_id, reader_id, array[application_id], parts, at from "dossier_access";`);
    this.addSql(`drop table "dossier_access";`);
    // security_invoker: the view reads with the caller's rights, so row-level security still applies through it.
    this.addSql(`create view "dossier_access" with (security_invoker = true) as
      select l.id, l.society_id, shown.application_id, l.reader_id, l.parts, l.at
      from "dossier_access_log" l cross join lateral unnest(l.application_ids) as shown(application_id);`);
    this.addSql(`grant select on "dossier_access" to ${APP_ROLE};`);
  }
}
