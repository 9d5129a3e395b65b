import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * Status changes of registrations, published (issue 13; seed 000 "证书暂停、恢复、注销、撤销", 003 10.1.4): when and
 * on what kind of reason the status last changed, a suspended member's application to be restored, and the
 * lifelong bar by identity document. barred_identity holds digests only; the API's role may add rows but reads
 * none: app_identity_barred(digest) answers whether one is barred, across every society.
 */
export class Migration20261130061000_registration_status extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "registration_reason_kind" as enum ('NOT_MEETING_REQUIREMENTS', 'REQUIREMENTS_MET', 'NO_REREGISTRATION', 'FALSE_EVIDENCE', 'BREACH_OF_LAW', 'BREACH_OF_CODE_OF_CONDUCT', 'BREACH_OF_ETHICS');`);
    this.addSql(`alter table "registration" add column "status_changed_at" timestamptz null, add column "status_reason_kind" "registration_reason_kind" null, add column "restoration_requested_at" timestamptz null;`);
    this.addSql(`create table "barred_identity" ("id" uuid not null, "id_number_digest" text not null, "account_id" uuid not null, "society_id" uuid not null, "application_id" uuid not null, "reason_kind" "registration_reason_kind" not null, "barred_by_id" uuid not null, "barred_at" timestamptz not null, constraint "barred_identity_pkey" primary key ("id"));`);
    this.addSql(`alter table "barred_identity" add constraint "barred_identity_id_number_digest_unique" unique ("id_number_digest");`);
    this.addSql(`alter table "barred_identity" add constraint "barred_identity_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "barred_identity" add constraint "barred_identity_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "barred_identity" add constraint "barred_identity_application_id_foreign" foreign key ("application_id") references "application" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "barred_identity" add constraint "barred_identity_barred_by_id_foreign" foreign key ("barred_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "barred_identity" enable row level security;`);
    this.addSql(`create policy barred_identity_add on "barred_identity" for insert with check ((select app_is_federation()) or society_id = any (app_society_ids()));`);
    this.addSql(`grant insert on "barred_identity" to ${APP_ROLE};`);
    this.addSql(`create function app_identity_barred(digest text) returns boolean
      language sql stable security definer set search_path = public, pg_temp as $$
      select exists (select 1 from barred_identity b where b.id_number_digest = digest) $$;`);
    this.addSql(`revoke all on function app_identity_barred(text) from public;`);
    this.addSql(`grant execute on function app_identity_barred(text) to ${APP_ROLE};`);
  }
}
