import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/** The application stages that end an evaluation: a pre-application whose formal application reached one is finished. */
const ENDED_STAGES = `('REGISTERED', 'NOT_ACCEPTED', 'NOT_REGISTERED', 'WITHDRAWN', 'LAPSED')`;

/**
 * The enterprise channel's remaining walls (issue 11):
 * - the societies an enterprise sends its recommending-unit form to (seed 004: the form is sent to the society):
 *   only they, the societies it holds or held rights with, and the federation read the form — no longer every
 *   society's staff;
 * - a withdrawn recommendation right revokes the society's unredeemed codes under it (who, when, why, and which
 *   right), so the society's staff may revoke their own society's codes;
 * - the accounts behind a recommending enterprise (its grants, and whoever created the redeemed code), for recusal;
 * - whether a person already has an open pre-application of the enterprise channel (one at a time);
 * - the society a pre-application came from when the federation committee allocated it (the rounds report);
 * - the enterprise reads its recommendees' history entries (applicationProgress delivers them; what each entry
 *   shows follows history.policy.ts): without it the enterprise's subscription was admitted and then never fed.
 */
export class Migration20261202020000_enterprise_channel_walls extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "recommending_unit_form_recipient" ("id" uuid not null, "enterprise_id" uuid not null, "society_id" uuid not null,
      "submitted_at" timestamptz not null, "submitted_by_id" uuid not null, constraint "recommending_unit_form_recipient_pkey" primary key ("id"));`);
    this.addSql(`alter table "recommending_unit_form_recipient" add constraint "recommending_unit_form_recipient_enterprise_society_unique" unique ("enterprise_id", "society_id");`);
    for (const [column, table] of [['enterprise_id', 'enterprise'], ['society_id', 'society'], ['submitted_by_id', 'account']]) {
      this.addSql(`alter table "recommending_unit_form_recipient" add constraint "recommending_unit_form_recipient_${column}_foreign" foreign key ("${column}") references "${table}" ("id") on update cascade on delete restrict;`);
    }
    this.addSql(`alter table "recommending_unit_form_recipient" enable row level security;`);
    this.addSql(`create policy recommending_unit_form_recipient_read on "recommending_unit_form_recipient" for select using (
      enterprise_id in (select unnest(app_enterprise_ids())) or (select app_is_federation()) or society_id = any (app_society_ids()));`);
    this.addSql(`create policy recommending_unit_form_recipient_write on "recommending_unit_form_recipient"
      using (enterprise_id in (select unnest(app_enterprise_ids()))) with check (enterprise_id in (select unnest(app_enterprise_ids())));`);

    // The form: its enterprise, the federation, and the staff of a society it was sent to or holds (held) rights with.
    this.addSql(`drop policy recommending_unit_form_enterprise on "recommending_unit_form";`);
    this.addSql(`create policy recommending_unit_form_enterprise on "recommending_unit_form"
      using (enterprise_id in (select unnest(app_enterprise_ids())) or (select app_is_federation())
        or ((select app_holds_role('SOCIETY_STAFF')) and (
          exists (select 1 from recommending_unit_form_recipient r where r.enterprise_id = recommending_unit_form.enterprise_id and r.society_id = any (app_society_ids()))
          or exists (select 1 from recommendation_right rr where rr.enterprise_id = recommending_unit_form.enterprise_id and rr.society_id = any (app_society_ids())))))
      with check (enterprise_id in (select unnest(app_enterprise_ids())));`);

    // Withdrawing a right revokes the unredeemed codes under it, in the same transaction, with its trace.
    this.addSql(`alter table "recommendation_code" add column "revocation_reason" text null, add column "revoked_with_right_id" uuid null;`);
    this.addSql(`alter table "recommendation_code" add constraint "recommendation_code_revoked_with_right_id_foreign" foreign key ("revoked_with_right_id") references "recommendation_right" ("id") on update cascade on delete restrict;`);
    this.addSql(`create policy recommendation_code_society_revoke on "recommendation_code" for update
      using ((select app_is_federation()) or ((select app_holds_role('SOCIETY_STAFF')) and society_id = any (app_society_ids())))
      with check ((select app_is_federation()) or ((select app_holds_role('SOCIETY_STAFF')) and society_id = any (app_society_ids())));`);

    // Recusal: the accounts of the enterprise that recommended an application (its grants, revoked or not, and the
    // code's creator); society staff cannot read enterprise grants, so this answers for the applications they see.
    this.addSql(`create function app_recommending_accounts(application uuid) returns uuid[]
      language sql stable security definer set search_path = public, pg_temp as $$
      select coalesce(array_agg(distinct x.account_id), '{}'::uuid[]) from (
        select g.account_id from application a join role_grant g on g.enterprise_id = a.recommending_enterprise_id
         where a.id = application
        union
        select c.created_by_id from application a join pre_application p on p.id = a.pre_application_id
          join recommendation_code c on c.id = p.recommendation_code_id
         where a.id = application) x
      where exists (select 1 from application a where a.id = application
                      and (app_is_federation() or a.society_id = any (current_setting('app.society_ids')::uuid[]))) $$;`);
    this.addSql(`revoke execute on function app_recommending_accounts(uuid) from public;`);
    this.addSql(`grant execute on function app_recommending_accounts(uuid) to ${APP_ROLE};`);

    // One open enterprise-channel pre-application per person: awaiting screening, or approved and its formal
    // application not started or not ended. The person's own only (the application may be outside the scope).
    this.addSql(`create function app_open_enterprise_pre_applications(account uuid) returns int
      language sql stable security definer set search_path = public, pg_temp as $$
      select count(*)::int from pre_application p left join application a on a.pre_application_id = p.id
      where p.applicant_id = account and account = nullif(current_setting('app.account_id'), '')::uuid and p.channel = 'ENTERPRISE'
        and (p.status = 'SUBMITTED' or (p.status = 'APPROVED' and (a.id is null or a.stage::text not in ${ENDED_STAGES}))) $$;`);
    this.addSql(`revoke execute on function app_open_enterprise_pre_applications(uuid) from public;`);
    this.addSql(`grant execute on function app_open_enterprise_pre_applications(uuid) to ${APP_ROLE};`);

    this.addSql(`alter table "pre_application" add column "allocated_from_id" uuid null;`);
    this.addSql(`alter table "pre_application" add constraint "pre_application_allocated_from_id_foreign" foreign key ("allocated_from_id") references "society" ("id") on update cascade on delete restrict;`);

    // Measured (bench/enterprise-history-rls.ts, 54,000 entries): a society staff member's history reads pay for this
    // policy too (every permissive policy is asked); a once-per-statement enterprise-scope test in front of it made
    // no measurable difference, so it is left out.
    this.addSql(`create policy application_event_enterprise_read on "application_event" for select using (exists (
      select 1 from application a where a.id = application_event.application_id and a.recommending_enterprise_id in (select unnest(app_enterprise_ids()))));`);

    this.addSql(`grant select, insert, update on "recommending_unit_form_recipient" to ${APP_ROLE};`);
  }
}
