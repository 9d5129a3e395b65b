import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/** Federation roles, as SQL: the grants that make a request's federation flag true. */
const FEDERATION_ROLES = `('FEDERATION_ADMIN', 'FEDERATION_COMMITTEE', 'FEDERATION_SECRETARIAT', 'QUALITY_SUPERVISION')`;

/**
 * Closes the gaps in the third wall (issue 16, docs/security.md):
 * - the federation flag counts only for an account that holds an active federation grant;
 * - every policy asks it once per statement (an InitPlan), not once per row;
 * - row-level security on account (password hashes not readable at all by the application role), enterprise,
 *   registration_sequence and working_day_override, with SECURITY DEFINER look-ups for what must work before any
 *   scope is known (login, "does this email have an account").
 * The SECURITY DEFINER functions are owned by the migration owner, pin their search_path and return only what
 * their caller needs.
 */
export class Migration20261129050000_security_walls extends Migration {
  override async up(): Promise<void> {
    // The account the request proved, and whether it holds a role: read as the owner (no RLS recursion through
    // role_grant's own policy), once per statement where policies wrap them in a sub-select.
    this.addSql(`create function app_holds_role(wanted grant_role) returns boolean
      language sql stable security definer set search_path = public, pg_temp as $$
      select exists (
        select 1 from role_grant g join account a on a.id = g.account_id
        where g.account_id = nullif(current_setting('app.account_id'), '')::uuid
          and g.role = wanted and g.revoked_at is null and a.status = 'ACTIVE'
          and case when g.role in ${FEDERATION_ROLES} then current_setting('app.federation')::boolean
                   else g.society_id = any (current_setting('app.society_ids')::uuid[]) end
      ) $$;`);
    this.addSql(`create or replace function app_is_federation() returns boolean
      language sql stable security definer set search_path = public, pg_temp as $$
      select current_setting('app.federation')::boolean and exists (
        select 1 from role_grant g join account a on a.id = g.account_id
        where g.account_id = nullif(current_setting('app.account_id'), '')::uuid
          and g.role in ${FEDERATION_ROLES} and g.revoked_at is null and a.status = 'ACTIVE'
      ) $$;`);

    // Every existing policy: the (now costlier) flag as an InitPlan, evaluated once per statement.
    this.addSql(`do $$
      declare p record; q text; c text;
      begin
        for p in
          select pol.polname, cls.relname, pg_get_expr(pol.polqual, pol.polrelid) as qual, pg_get_expr(pol.polwithcheck, pol.polrelid) as chk
          from pg_policy pol join pg_class cls on cls.oid = pol.polrelid join pg_namespace n on n.oid = cls.relnamespace
          where n.nspname = current_schema()
        loop
          q := replace(p.qual, 'app_is_federation()', '(select app_is_federation())');
          c := replace(p.chk, 'app_is_federation()', '(select app_is_federation())');
          if q is distinct from p.qual then execute format('alter policy %I on %I using (%s)', p.polname, p.relname, q); end if;
          if c is distinct from p.chk then execute format('alter policy %I on %I with check (%s)', p.polname, p.relname, c); end if;
        end loop;
      end $$;`);

    // Accounts. Login and "has this email an account" come before any scope: two narrow look-ups.
    this.addSql(`create function app_login_account(login_email text)
      returns table (id uuid, password_hash text, status account_status)
      language sql stable security definer set search_path = public, pg_temp as $$
      select a.id, a.password_hash, a.status from account a where a.email = login_email $$;`);
    this.addSql(`create function app_account_id_by_email(lookup_email text) returns uuid
      language sql stable security definer set search_path = public, pg_temp as $$
      select a.id from account a where a.email = lookup_email $$;`);
    // Another person's account: for those who act for a society (staff, examiners) when that person has or had a
    // role there, or is one of the federation's officers (their names stand in histories and access logs).
    this.addSql(`create function app_may_read_account(target uuid) returns boolean
      language sql stable security definer set search_path = public, pg_temp as $$
      select exists (
        select 1 from role_grant r join account a on a.id = r.account_id
        where r.account_id = nullif(current_setting('app.account_id'), '')::uuid and r.revoked_at is null and a.status = 'ACTIVE'
          and r.role in ('SOCIETY_STAFF', 'EXAMINER') and r.society_id = any (current_setting('app.society_ids')::uuid[])
      ) and exists (
        select 1 from role_grant g
        where g.account_id = target and (g.society_id = any (current_setting('app.society_ids')::uuid[]) or g.role in ${FEDERATION_ROLES})
      ) $$;`);
    this.addSql(`alter table "account" enable row level security;`);
    const visibleAccount = `id = app_account_id() or (select app_is_federation()) or app_may_read_account(id)`;
    this.addSql(`create policy account_read on "account" for select using (${visibleAccount});`);
    // Signing up is public: anyone may create an account (its grant still needs the society's scope).
    this.addSql(`create policy account_create on "account" for insert with check (true);`);
    this.addSql(`create policy account_update on "account" for update using (${visibleAccount}) with check (${visibleAccount});`);
    // Password hashes: not even one's own is readable; login gets it through app_login_account. Every other column
    // stays readable (a later column needs its own grant).
    this.addSql(`revoke select on "account" from ${APP_ROLE};`);
    this.addSql(`do $$
      declare columns text;
      begin
        select string_agg(quote_ident(column_name), ', ' order by ordinal_position) into columns
        from information_schema.columns where table_schema = current_schema() and table_name = 'account' and column_name <> 'password_hash';
        execute format('grant select (%s) on "account" to ${APP_ROLE}', columns);
      end $$;`);

    // Enterprises: the federation keeps them; a recommender reads their own (through their visible grant).
    this.addSql(`alter table "enterprise" enable row level security;`);
    this.addSql(`create policy enterprise_read on "enterprise" for select using (
      (select app_is_federation()) or exists (select 1 from role_grant g where g.enterprise_id = enterprise.id));`);
    this.addSql(`create policy enterprise_federation_write on "enterprise" for insert with check ((select app_is_federation()));`);
    this.addSql(`create policy enterprise_federation_update on "enterprise" for update using ((select app_is_federation())) with check ((select app_is_federation()));`);

    // The unified registration number's counter: only those who register (the secretariat; society staff for TRAINEE).
    const registrar = `(select app_holds_role('FEDERATION_SECRETARIAT')) or (select app_holds_role('SOCIETY_STAFF'))`;
    this.addSql(`alter table "registration_sequence" enable row level security;`);
    this.addSql(`create policy registration_sequence_registrar on "registration_sequence" using (${registrar}) with check (${registrar});`);

    // The working-day overrides are public to read (deadlines for everyone); only federation admins change them.
    this.addSql(`alter table "working_day_override" enable row level security;`);
    this.addSql(`create policy working_day_override_read on "working_day_override" for select using (true);`);
    this.addSql(`create policy working_day_override_admin on "working_day_override" for all
      using ((select app_holds_role('FEDERATION_ADMIN'))) with check ((select app_holds_role('FEDERATION_ADMIN')));`);

    this.addSql(`revoke execute on function app_holds_role(grant_role), app_login_account(text), app_account_id_by_email(text), app_may_read_account(uuid) from public;`);
    this.addSql(`grant execute on function app_holds_role(grant_role), app_login_account(text), app_account_id_by_email(text), app_may_read_account(uuid) to ${APP_ROLE};`);
  }
}
