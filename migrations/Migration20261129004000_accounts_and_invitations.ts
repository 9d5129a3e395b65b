import { Migration } from '@mikro-orm/migrations';
import { APP_ROLE } from '../src/db/app-role';
import { tenantRlsStatements } from '../src/db/rls';

/**
 * One active grant per person, role and scope; invitations to a society.
 *
 * Before the unique index, concurrent grants could give one person several active grants of one role in one society
 * (and two of them counted as two reviewers). The oldest active grant stays; the others end with the reason
 * DUPLICATE_GRANT. Their standing assignments move to the kept grant, unless it already stands on the same
 * application and kind (then they end too); their conflict declarations move to it unless it has its own.
 */
export class Migration20261129004000_accounts_and_invitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create temporary table "duplicate_grant" as
      select g.id as duplicate_id, k.id as kept_id
      from "role_grant" g
      join lateral (
        select k.id from "role_grant" k
        where k.account_id = g.account_id and k.role = g.role and k.revoked_at is null
          and k.society_id is not distinct from g.society_id and k.enterprise_id is not distinct from g.enterprise_id
        order by k.created_at, k.id limit 1
      ) k on true
      where g.revoked_at is null and g.id <> k.id;`);
    this.addSql(`update "assignment" a set "removed_at" = now(), "removal_reason" = 'DUPLICATE_GRANT'
      from "duplicate_grant" d
      where a.examiner_id = d.duplicate_id and a.removed_at is null
        and exists (select 1 from "assignment" o where o.examiner_id = d.kept_id and o.application_id = a.application_id and o.kind = a.kind and o.removed_at is null);`);
    this.addSql(`update "assignment" a set "examiner_id" = d.kept_id
      from "duplicate_grant" d where a.examiner_id = d.duplicate_id and a.removed_at is null;`);
    this.addSql(`update "conflict_declaration" c set "examiner_id" = d.kept_id
      from "duplicate_grant" d
      where c.examiner_id = d.duplicate_id
        and not exists (select 1 from "conflict_declaration" o where o.examiner_id = d.kept_id and o.application_id = c.application_id);`);
    this.addSql(`update "role_grant" g set "revoked_at" = now(), "revocation_reason" = 'DUPLICATE_GRANT'
      from "duplicate_grant" d where g.id = d.duplicate_id;`);
    this.addSql(`drop table "duplicate_grant";`);
    // NULLS NOT DISTINCT: federation roles have neither society nor enterprise, and are one per person too.
    this.addSql(`create unique index "role_grant_one_active_per_scope" on "role_grant" ("account_id", "role", "society_id", "enterprise_id") nulls not distinct where "revoked_at" is null;`);

    this.addSql(`create table "society_invitation" (
      "id" uuid not null, "society_id" uuid not null, "account_id" uuid not null, "email" text not null, "role" "grant_role" not null,
      "examiner_grade" "examiner_grade" null, "field_id" uuid null, "specialty_codes" text[] not null default '{}', "employer" text null,
      "invited_by_id" uuid not null, "invited_by_name" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null,
      "accepted_at" timestamptz null, "declined_at" timestamptz null, "grant_id" uuid null,
      constraint "society_invitation_pkey" primary key ("id"),
      constraint "society_invitation_role_check" check (role = 'SOCIETY_STAFF' or role = 'EXAMINER'),
      constraint "society_invitation_examiner_check" check ((role = 'EXAMINER') = (examiner_grade is not null and field_id is not null)),
      constraint "society_invitation_answer_check" check (accepted_at is null or declined_at is null),
      constraint "society_invitation_grant_check" check ((grant_id is not null) = (accepted_at is not null)));`);
    this.addSql(`create unique index "society_invitation_one_open" on "society_invitation" ("society_id", "account_id", "role") where "accepted_at" is null and "declined_at" is null;`);
    this.addSql(`create index "society_invitation_account_id_index" on "society_invitation" ("account_id");`);
    this.addSql(`alter table "society_invitation" add constraint "society_invitation_society_id_foreign" foreign key ("society_id") references "society" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "society_invitation" add constraint "society_invitation_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "society_invitation" add constraint "society_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "account" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "society_invitation" add constraint "society_invitation_field_id_foreign" foreign key ("field_id") references "engineering_field" ("id") on update cascade on delete restrict;`);
    // Accepting names the grant before it is inserted (the grant's RLS check reads the accepted invitation): checked at commit.
    this.addSql(`alter table "society_invitation" add constraint "society_invitation_grant_id_foreign" foreign key ("grant_id") references "role_grant" ("id") on update cascade on delete restrict deferrable initially deferred;`);

    // The inviting society sees and writes its invitations; the invitee reads and answers their own, from any scope.
    for (const sql of tenantRlsStatements('society_invitation')) this.addSql(sql);
    this.addSql(`create policy society_invitation_invitee_read on "society_invitation" for select using (account_id = app_account_id());`);
    this.addSql(`create policy society_invitation_invitee_answer on "society_invitation" for update
      using (account_id = app_account_id()) with check (account_id = app_account_id());`);
    // The invitee's own grant in the inviting society, exactly as the invitation they accepted names it.
    this.addSql(`create policy role_grant_accepted_invitation on "role_grant" for insert with check (
      account_id = app_account_id() and exists (
        select 1 from "society_invitation" i
        where i.grant_id = role_grant.id and i.account_id = role_grant.account_id and i.society_id = role_grant.society_id
          and i.role = role_grant.role and i.accepted_at is not null
          and i.examiner_grade is not distinct from role_grant.examiner_grade and i.field_id is not distinct from role_grant.field_id
          and i.specialty_codes = role_grant.specialty_codes and i.employer is not distinct from role_grant.employer));`);
    this.addSql(`grant select, insert, update on "society_invitation" to ${APP_ROLE};`);
  }
}
