import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';

/**
 * Account administration:
 * - role_grant.revoked_by_id: who revoked a grant (revokeSocietyRole, revokeEnterpriseRole, revokeExaminer), beside
 *   the revocation's time and reason the grant already keeps;
 * - account_status_change: the append-only history of disableAccount / enableAccount (who, when, why), read and
 *   written by the federation only;
 * - society_invitation offers enterprise roles too (an enterprise's admin, its recommenders): exactly one of society
 *   and enterprise, and the invitee's own grant is made from the accepted invitation in either scope. Enterprise
 *   invitations are seen and written by whoever may appoint to the role: the enterprise's admin for recommenders,
 *   society staff and the federation for the admin (the same predicates as role_grant_enterprise*, which already
 *   let the same people revoke those grants). The enterprise's name is kept on the invitation, as the inviter's
 *   is: the invitee may not read the enterprise's row before accepting.
 */
export class Migration20261202030000_account_administration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "role_grant" add column "revoked_by_id" uuid null;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_revoked_by_id_foreign" foreign key ("revoked_by_id") references "account" ("id") on update cascade on delete restrict;`);

    this.addSql(`create table "account_status_change" ("id" uuid not null, "account_id" uuid not null, "status" "account_status" not null,
      "reason" text not null, "changed_by_id" uuid not null, "changed_at" timestamptz not null, constraint "account_status_change_pkey" primary key ("id"));`);
    this.addSql(`create index "account_status_change_account_id_index" on "account_status_change" ("account_id");`);
    this.addSql(`alter table "account_status_change" add constraint "account_status_change_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account_status_change" add constraint "account_status_change_changed_by_id_foreign" foreign key ("changed_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "account_status_change" enable row level security;`);
    this.addSql(`create policy account_status_change_federation on "account_status_change" using ((select app_is_federation())) with check ((select app_is_federation()));`);
    // Append-only: no update or delete for the application role.
    this.addSql(`grant select, insert on "account_status_change" to ${APP_ROLE};`);

    this.addSql(`alter table "society_invitation" alter column "society_id" drop not null;`);
    this.addSql(`alter table "society_invitation" add column "enterprise_id" uuid null, add column "enterprise_name" text null;`);
    this.addSql(`alter table "society_invitation" add constraint "society_invitation_enterprise_id_foreign" foreign key ("enterprise_id") references "enterprise" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "society_invitation" drop constraint "society_invitation_role_check";`);
    this.addSql(`alter table "society_invitation" add constraint "society_invitation_role_check" check ((society_id is not null and enterprise_id is null and role::text = any (array['SOCIETY_STAFF', 'EXAMINER'])) or (enterprise_id is not null and society_id is null and role::text = any (array['ENTERPRISE_ADMIN', 'ENTERPRISE_RECOMMENDER'])));`);
    this.addSql(`drop index "society_invitation_one_open";`);
    this.addSql(`create unique index "society_invitation_one_open" on "society_invitation" ("society_id", "enterprise_id", "account_id", "role") nulls not distinct where "accepted_at" is null and "declined_at" is null;`);
    const appointer = `(role::text = 'ENTERPRISE_RECOMMENDER' and enterprise_id in (select unnest(app_enterprise_ids(true))))
      or (role::text = 'ENTERPRISE_ADMIN' and ((select app_is_federation()) or (select app_holds_role('SOCIETY_STAFF'))))`;
    this.addSql(`create policy society_invitation_enterprise on "society_invitation" using (enterprise_id is not null and (${appointer}))
      with check (enterprise_id is not null and (${appointer}));`);
    this.addSql(`drop policy role_grant_accepted_invitation on "role_grant";`);
    this.addSql(`create policy role_grant_accepted_invitation on "role_grant" for insert with check (
      account_id = app_account_id() and exists (
        select 1 from "society_invitation" i
        where i.grant_id = role_grant.id and i.account_id = role_grant.account_id
          and i.society_id is not distinct from role_grant.society_id and i.enterprise_id is not distinct from role_grant.enterprise_id
          and i.role = role_grant.role and i.accepted_at is not null
          and i.examiner_grade is not distinct from role_grant.examiner_grade and i.field_id is not distinct from role_grant.field_id
          and i.specialty_codes = role_grant.specialty_codes and i.employer is not distinct from role_grant.employer));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop policy role_grant_accepted_invitation on "role_grant";`);
    this.addSql(`create policy role_grant_accepted_invitation on "role_grant" for insert with check (
      account_id = app_account_id() and exists (
        select 1 from "society_invitation" i
        where i.grant_id = role_grant.id and i.account_id = role_grant.account_id and i.society_id = role_grant.society_id
          and i.role = role_grant.role and i.accepted_at is not null
          and i.examiner_grade is not distinct from role_grant.examiner_grade and i.field_id is not distinct from role_grant.field_id
          and i.specialty_codes = role_grant.specialty_codes and i.employer is not distinct from role_grant.employer));`);
    this.addSql(`drop policy society_invitation_enterprise on "society_invitation";`);
    this.addSql(`delete from "society_invitation" where "enterprise_id" is not null;`);
    this.addSql(`drop index "society_invitation_one_open";`);
    this.addSql(`create unique index "society_invitation_one_open" on "society_invitation" ("society_id", "account_id", "role") where "accepted_at" is null and "declined_at" is null;`);
    this.addSql(`alter table "society_invitation" drop constraint "society_invitation_role_check";`);
    this.addSql(`alter table "society_invitation" add constraint "society_invitation_role_check" check (role = 'SOCIETY_STAFF' or role = 'EXAMINER');`);
    this.addSql(`alter table "society_invitation" drop column "enterprise_id", drop column "enterprise_name";`);
    this.addSql(`alter table "society_invitation" alter column "society_id" set not null;`);
    this.addSql(`drop table "account_status_change";`);
    this.addSql(`alter table "role_grant" drop column "revoked_by_id";`);
  }
}
